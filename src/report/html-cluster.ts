// One cluster on the report page: the original, a table of its copies, a side-by-side view per copy
// (copied passages marked, added boilerplate struck through), and the related independent reports.
import { formatLag, formatPercent, formatScore, formatTime } from './format.js';
import { escapeHtml, toDomId } from './html-escape.js';
import { renderHighlightedText, type HighlightSpan } from './highlight.js';
import { cell, renderKind } from './html-parts.js';
import type { ReportCluster, ReportCopy, ReportItem, ReportPassage, ReportRelated } from './model.js';
import { toSafeHref } from './safe-href.js';

const REASONS: Record<string, string> = {
  attribution: 'copies credit it',
  'earliest-published': 'published first',
  'role-original': 'source is a known original',
  containment: 'its text contains the others’ shared text',
  'first-seen': 'seen first',
  'lowest-id': 'stored first',
};

/** Renders one cluster as an <article>. */
export function renderCluster(cluster: ReportCluster, shown: ReadonlyMap<string, ReportCluster> = new Map()): string {
  const o = cluster.original;
  const reason = REASONS[cluster.reason] ?? cluster.reason;
  const rows = cluster.copies.map((c) => renderCopyRow(c)).join('');
  const pairs = cluster.copies.map((c, i) => renderPair(cluster, c, i === 0)).join('');
  return (
    `<article class="cluster" id="${toDomId('cluster', cluster.id)}" data-cluster="${escapeHtml(cluster.id)}">` +
    `<h3>${renderTitle(o)}</h3>` +
    `<p class="meta">Original: <b>${escapeHtml(o.sourceTitle)}</b> · ${formatTime(o.appearedAt)} · ` +
    `chosen because ${escapeHtml(reason)} · ${cluster.copies.length} ${cluster.copies.length === 1 ? 'copy' : 'copies'}</p>` +
    '<div class="scroll"><table class="copies stack"><thead><tr><th>Copy</th><th>Kind</th><th class="num">Lag</th>' +
    '<th class="num">Score</th><th class="num">Copied</th><th>Credits original</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>${pairs}${renderRelated(cluster, shown)}</article>`
  );
}

/** A title, linked when the item has a safe http(s) link. */
export function renderTitle(item: Pick<ReportItem, 'title' | 'link'>): string {
  const title = escapeHtml(item.title || '(untitled)');
  const href = toSafeHref(item.link);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${title}</a>` : title;
}

function renderCopyRow(c: ReportCopy): string {
  return (
    `<tr><td class="head"><b>${escapeHtml(c.sourceTitle)}</b><br>${renderTitle(c)}</td>` +
    `<td data-label="Kind">${renderKind(c.kind)}</td>` +
    cell('Lag', formatLag(c.lagSeconds)) +
    cell('Score', formatScore(c.score)) +
    cell('Copied', formatPercent(c.copiedShare)) +
    `<td data-label="Credits original">${c.credits ? 'yes' : '<b>no</b>'}</td></tr>`
  );
}

function renderPair(cluster: ReportCluster, copy: ReportCopy, open: boolean): string {
  const basis = basisOf(cluster, copy);
  const leftSpans: HighlightSpan[] = sortPassages(copy.passages).map(({ p, i }) => markSpan(p, i, p.originalFrom, p.originalTo));
  const rightSpans: HighlightSpan[] = [
    ...sortPassages(copy.passages).map(({ p, i }) => markSpan(p, i, p.copyFrom, p.copyTo)),
    ...copy.boilerplate.map((b) => ({
      from: b.from,
      to: b.to,
      tag: 'del' as const,
      className: 'boilerplate',
      attrs: { title: `added boilerplate: ${b.why}` },
    })),
  ];
  const leftLabel = basis.itemId === cluster.original.itemId ? 'Original' : 'Matched copy';
  return (
    `<details class="pair"${open ? ' open' : ''} data-copy="${copy.itemId}">` +
    `<summary>${escapeHtml(copy.sourceTitle)}: ${renderKind(copy.kind)}, ` +
    `${formatLag(copy.lagSeconds)} after, ${formatPercent(copy.copiedShare)} of the original copied</summary>` +
    '<div class="sbs">' +
    `<section class="pane original"><h4>${leftLabel} · ${escapeHtml(basis.sourceTitle)}</h4>` +
    `<div class="text">${renderHighlightedText(basis.text, leftSpans)}</div></section>` +
    `<section class="pane copy"><h4>Copy · ${escapeHtml(copy.sourceTitle)}</h4>` +
    `<div class="text">${renderHighlightedText(copy.text, rightSpans)}</div></section>` +
    '</div></details>'
  );
}

/** The item the copy's passages index on the left: the original, or the member it was matched against. */
function basisOf(cluster: ReportCluster, copy: ReportCopy): { itemId: number; sourceTitle: string; text: string } {
  if (copy.basisItemId === cluster.original.itemId) return cluster.original;
  return cluster.copies.find((c) => c.itemId === copy.basisItemId) ?? cluster.original;
}

/** Verbatim passages win overlaps, then quotes, then paraphrases; the index keeps the passage number. */
function sortPassages(passages: ReportPassage[]): Array<{ p: ReportPassage; i: number }> {
  const rank = { verbatim: 0, quote: 1, paraphrase: 2 } as const;
  return passages.map((p, i) => ({ p, i })).sort((x, y) => rank[x.p.kind] - rank[y.p.kind] || x.i - y.i);
}

function markSpan(p: ReportPassage, index: number, from: number, to: number): HighlightSpan {
  const title = p.kind === 'verbatim' ? 'copied word for word' : p.kind === 'quote' ? 'shared quotation' : `paraphrased (similarity ${formatScore(p.score)})`;
  return { from, to, tag: 'mark', className: p.kind, attrs: { 'data-p': String(index), title } };
}

function renderRelated(cluster: ReportCluster, shown: ReadonlyMap<string, ReportCluster>): string {
  if (cluster.related.length === 0) return '';
  const entries: Array<{ at: number; html: string }> = [];
  const groups = new Map<string, ReportRelated[]>();
  for (const r of cluster.related) {
    if (r.clusterId === undefined) entries.push({ at: r.appearedAt, html: renderRelatedItem(r, '') });
    else groups.set(r.clusterId, [...(groups.get(r.clusterId) ?? []), r]);
  }
  // Copies of another story are one entry: that story's original (or its earliest member) stands for them.
  for (const [id, items] of groups) {
    const home = shown.get(id);
    const lead = items.find((r) => r.itemId === home?.original.itemId) ?? items[0];
    const others = items.length - 1;
    let extra = others > 0 ? ` and ${others} more in its cluster` : '';
    if (home) extra += ` · <a href="#${toDomId('cluster', id)}">see that cluster</a>`;
    entries.push({ at: lead.appearedAt, html: renderRelatedItem(lead, extra) });
  }
  const list = entries.sort((a, b) => a.at - b.at).map((e) => e.html).join('');
  return `<div class="related"><h4>Related: independent reports of the same event (not copies)</h4><ul>${list}</ul></div>`;
}

function renderRelatedItem(r: ReportRelated, extra: string): string {
  return `<li><b>${escapeHtml(r.sourceTitle)}</b>: ${renderTitle(r)} <span class="muted">· ${formatTime(r.appearedAt)}${extra}</span></li>`;
}
