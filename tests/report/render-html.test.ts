import { describe, expect, it } from 'vitest';
import { buildReport, renderReportHtml, type ReportModel } from '../../src/report/index.js';
import { createFixtureStore, EVIL_TITLE, FIXTURE_NOW } from '../fixtures/report/fixture-store.js';
import { loadFixedModel } from './golden.js';
import { findElements, textOf } from './html-helpers.js';

const model = loadFixedModel();
const html = renderReportHtml(model);

/** The HTML of one copy's side-by-side pair, split into its two panes. */
function pairPanes(page: string, copyItemId: number): { left: string; right: string } {
  const start = page.indexOf(`<details class="pair"`, page.indexOf(`data-copy="${copyItemId}"`) - 40);
  const pair = page.slice(start, page.indexOf('</details>', start));
  const right = pair.indexOf('<section class="pane copy">');
  return { left: pair.slice(0, right), right: pair.slice(right) };
}

describe('renderReportHtml', () => {
  it('is one self-contained page: no script, no external resource, inline CSS, a CSP meta tag', () => {
    expect(findElements(html, 'script', 'link', 'iframe', 'object', 'embed')).toEqual([]);
    expect(findElements(html, 'style')).toHaveLength(1);
    expect(html).not.toMatch(/\burl\(|@import/);
    for (const el of findElements(html)) expect(el.attrs.src).toBeUndefined();
    const csp = findElements(html, 'meta').find((m) => m.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs.content).toContain("default-src 'none'");
  });

  it('escapes every feed-provided string: titles, source names, text, links', () => {
    expect(findElements(html, 'img', 'b').filter((e) => e.tag === 'img')).toEqual([]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    const page = textOf(html);
    expect(page).toContain(EVIL_TITLE);
    expect(page).toContain('<script>alert(1)</script> News');
    expect(page).toContain('<script>document.title="pwned"</script> & <b>more</b>');
    expect(page).toContain('Blog Y & Friends');
    expect(page).toContain("Mali's army retakes Kidal <test>");
  });

  it('links only http(s) URLs, with rel noopener', () => {
    const links = findElements(html, 'a').filter((a) => !a.attrs.href.startsWith('#'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.attrs.href).toMatch(/^https?:\/\//);
      expect(a.attrs.rel).toContain('noopener');
    }
    expect(links.map((a) => a.attrs.href)).toContain('https://wire-a.example/kidal?x=1&y=2');
  });

  it('marks the copied passages at the engine offsets on both sides', () => {
    const { left, right } = pairPanes(html, 2);
    const expected = [
      ['verbatim', "Mali's army said on Tuesday it had taken control of Kidal, the northern town held for a decade by Tuareg-led separatist groups."],
      ['quote', '"Our armed forces have seized Kidal,"'],
      ['verbatim', 'The separatist alliance said its fighters had withdrawn from the town to avoid civilian casualties.'],
    ];
    for (const side of [left, right]) {
      expect(findElements(side, 'mark').map((m) => [m.attrs.class, m.text])).toEqual(expected);
    }
    expect(textOf(left)).toContain('BAMAKO, Nov 14 (Wire A) - ');
    expect(findElements(left, 'mark')[0].text).not.toContain('BAMAKO');
  });

  it('marks paraphrases with their own class', () => {
    const { right } = pairPanes(html, 6);
    const marks = findElements(right, 'mark');
    expect(marks.map((m) => m.attrs.class)).toEqual(['paraphrase', 'paraphrase']);
    expect(marks[0].text).toBe('Rebel fighters left Kidal ahead of the arrival of government troops');
  });

  it('strikes added boilerplate through on the copy side only', () => {
    const { left, right } = pairPanes(html, 3);
    expect(findElements(left, 'del')).toEqual([]);
    const dels = findElements(right, 'del');
    expect(dels.map((d) => d.text)).toEqual(['Share this article on social media. Subscribe to our newsletter for daily updates.']);
    expect(dels[0].attrs.class).toBe('boilerplate');
  });

  it('renders the matrix as a heat map with rows copying from columns', () => {
    const heatAt = html.indexOf('<table class="heat"');
    const heat = html.slice(heatAt, html.indexOf('</table>', heatAt));
    const { rows, columns } = model.matrix;
    expect(findElements(heat, 'th').filter((th) => th.attrs.scope === 'col' && th.attrs.class === 'col').map((th) => th.text)).toEqual(columns);
    expect(findElements(heat, 'th').filter((th) => th.attrs.scope === 'row').map((th) => th.text)).toEqual(rows);
    const cells = findElements(heat, 'td');
    expect(cells).toHaveLength(rows.length * columns.length);
    const at = (row: string, col: string) => cells[rows.indexOf(row) * columns.length + columns.indexOf(col)];
    expect(at('daily-z', 'wire-a').text).toBe('1');
    expect(at('daily-z', 'wire-a').attrs.style).toMatch(/background:rgba\(213,94,0,1\.000\)/);
    expect(at('daily-z', 'wire-b').text).toBe('');
    expect(at('daily-z', 'wire-b').attrs.style).toBeUndefined();
  });

  it('plots the lag timeline as SVG: one dot per copy, coloured by kind, with axis labels', () => {
    const svgs = findElements(html, 'svg');
    expect(svgs).toHaveLength(2);
    for (const part of html.split('<svg').slice(1)) {
      const svg = part.slice(0, part.indexOf('</svg>'));
      const dots = findElements(svg, 'circle');
      expect(dots).toHaveLength(model.timeline.length);
      expect(dots.map((d) => d.attrs['data-kind']).sort()).toEqual(model.timeline.map((p) => p.kind).sort());
      expect(new Set(dots.map((d) => d.attrs.fill)).size).toBe(new Set(model.timeline.map((p) => p.kind)).size);
      expect(textOf(svg)).toContain('Lag after the original (log scale)');
      expect(textOf(svg)).toContain('1h');
    }
  });

  it('lists related reports apart from copies, one line per other cluster', () => {
    const start = html.indexOf('<div class="related">', html.indexOf('data-cluster="c-wire-a-1"'));
    const items = findElements(html.slice(start, html.indexOf('</ul>', start)), 'li').map((li) => li.text);
    expect(items).toEqual([
      'Wire Agency B: Calm in Kidal after army arrival · 2023-11-14 12:00 UTC',
      'Wire Agency B: Separatists pull out of Kidal · 2023-11-15 09:00 UTC and 1 more in its cluster · see that cluster',
    ]);
    expect(html.slice(start, html.indexOf('</ul>', start))).toContain('href="#cluster-c-wire-b-5"');
    expect(html.match(/data-copy="9"/)).toBeNull();
  });

  it('puts the summary first and is responsive', () => {
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="sources"'));
    expect(textOf(html.slice(html.indexOf('id="summary"'), html.indexOf('id="sources"')))).toContain('5copies found');
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/@media \(max-width:700px\)\{[^]*\.sbs\{grid-template-columns:1fr\}/);
  });

  it('renders an empty report with notes instead of charts', async () => {
    const empty: ReportModel = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW }, { kinds: ['exact'] });
    const page = renderReportHtml(empty);
    expect(findElements(page, 'svg')).toEqual([]);
    expect(textOf(page)).toContain('No copied articles match these filters.');
    expect(textOf(page)).toContain('Filters: kind exact');
  });
});
