// parseFeed behaviour beyond the golden fixtures: refusing non-feeds, entity attacks (XXE, billion laughs),
// recovery from broken XML, format variants, languages, identities and duplicates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { parseFeed } from '../../src/parse/index.js';

const URL = 'https://news.example/feed.xml';
const rss = (items: string, channel = '') => `<rss version="2.0"><channel><title>T</title>${channel}${items}</channel></rss>`;

async function codeOf(text: string): Promise<string> {
  try {
    await parseFeed(text, URL);
    return 'parsed';
  } catch (error) {
    return error instanceof ParseError ? error.code : `other: ${String(error)}`;
  }
}

describe('documents that are not feeds', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t '],
    ['plain text', 'Service temporarily unavailable'],
    ['HTML page', '<!DOCTYPE html><html><head><title>Kidal</title></head><body><p>x</p></body></html>'],
    ['XHTML page', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'],
    ['other XML', '<?xml version="1.0"?><sitemapindex><sitemap/></sitemapindex>'],
    ['random JSON object', '{"status":"ok","data":[1,2,3]}'],
    ['JSON array', '[{"title":"x"}]'],
    ['JSON with an unknown version', '{"version":"https://example.org/v2","items":[]}'],
  ])('%s → PARSE_NOT_A_FEED', async (_name, text) => {
    expect(await codeOf(text)).toBe('PARSE_NOT_A_FEED');
  });

  it.each([
    ['broken JSON', '{"version":"https://jsonfeed.org/version/1.1","items":[}'],
    ['unterminated comment swallowing the feed', '<rss version="2.0"><channel><!-- open <item><title>x</title></item></channel></rss>'],
  ])('%s → PARSE_MALFORMED', async (_name, text) => {
    expect(await codeOf(text)).toBe('PARSE_MALFORMED');
  });
});

describe('entity attacks', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-parse-'));
  const secretFile = path.join(dir, 'secret.txt');
  fs.writeFileSync(secretFile, 'TOP-SECRET-CONTENT-42');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses an external entity (XXE) with PARSE_UNSAFE and never reads the file', async () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secretFile}">]>${rss('<item><title>&xxe;</title></item>')}`;
    await expect(parseFeed(doc, URL)).rejects.toMatchObject({ code: 'PARSE_UNSAFE' });
  });

  it('drops external parameter entities without loading them', async () => {
    const doc = `<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file://${secretFile}"> %ext;]>${rss('<item><title>Kidal &ext; x</title><description>d</description></item>')}`;
    const feed = await parseFeed(doc, URL);
    expect(JSON.stringify(feed)).not.toContain('TOP-SECRET');
    expect(feed.items[0].title).toContain('Kidal');
  });

  it('refuses billion laughs (nested entities) with PARSE_UNSAFE', async () => {
    const decls = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [${decls.join('')}]>${rss('<item><title>&lol9;</title></item>')}`;
    await expect(parseFeed(doc, URL)).rejects.toMatchObject({ code: 'PARSE_UNSAFE' });
  });

  it('refuses quadratic blow-up (one large entity referenced many times) with PARSE_UNSAFE', async () => {
    const doc = `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(50_000)}">]>${rss(`<item><title>${'&big;'.repeat(100)}</title></item>`)}`;
    await expect(parseFeed(doc, URL)).rejects.toMatchObject({ code: 'PARSE_UNSAFE' });
  });

  it('expands a plain internal entity', async () => {
    const doc = `<!DOCTYPE rss [<!ENTITY org "Armée malienne">]>${rss('<item><title>&org; à Kidal</title></item>')}`;
    expect((await parseFeed(doc, URL)).items[0].title).toBe('Armée malienne à Kidal');
  });
});

describe('recovery from broken documents', () => {
  it('keeps the complete items of a truncated feed', async () => {
    const full = rss('<item><title>One</title><guid>1</guid></item><item><title>Two</title><guid>2</guid></item>');
    const cut = full.slice(0, full.indexOf('<guid>2') + 4);
    const feed = await parseFeed(cut, URL);
    expect(feed.items.map((i) => i.title)).toEqual(['One']);
  });

  it.each([
    ['bare ampersands and undeclared HTML entities', rss('<item><title>Gao &amp; Kidal &mdash; r&eacute;cit & photos</title></item>'), 'Gao & Kidal — récit & photos'],
    ['a stray "<" in text', rss('<item><title>x < y</title></item>'), 'x < y'],
    ['an upper-case document', '<RSS version="2.0"><CHANNEL><ITEM><TITLE>Loud</TITLE></ITEM></CHANNEL></RSS>', 'Loud'],
    ['junk printed before the XML', `Warning: notice\n<?xml version="1.0"?>${rss('<item><title>After junk</title></item>')}`, 'After junk'],
    ['a BOM and indentation', `\ufeff   \n  ${rss('<item><title>Indented</title></item>')}`, 'Indented'],
  ])('reads %s', async (_name, doc, title) => {
    expect((await parseFeed(doc, URL)).items[0].title).toBe(title);
  });

  it('keeps an Atom entry whose dates are garbage (rss-parser alone would throw)', async () => {
    const doc = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><title>E</title><published>yesterday</published><updated>soon</updated><link>https://news.example/e1</link></entry></feed>';
    const [entry] = (await parseFeed(doc, URL)).items;
    expect(entry).toMatchObject({ guid: 'e1', link: 'https://news.example/e1' });
    expect(entry.publishedAt).toBeUndefined();
  });

  // Guessing a structure for mismatched tags garbles text (sax's loose mode reorders it), so it is an error.
  it('reports mismatched end tags as PARSE_MALFORMED instead of guessing', async () => {
    await expect(parseFeed(rss('<item><title>a</item>'), URL)).rejects.toMatchObject({ code: 'PARSE_MALFORMED' });
  });

  it('reads an <rss> without a channel as an empty feed', async () => {
    expect(await parseFeed('<rss version="2.0"></rss>', URL)).toEqual({ format: 'rss', items: [] });
  });
});

describe('formats and fields', () => {
  it('reads RSS 0.91 behind a Netscape DOCTYPE', async () => {
    const doc = `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>Item</title><link>http://news.example/1</link></item></channel></rss>`;
    expect((await parseFeed(doc, URL)).items[0].link).toBe('http://news.example/1');
  });

  it('reads Atom 0.3 (issued/modified, escaped content)', async () => {
    const doc = '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>E</title><link rel="alternate" type="text/html" href="http://news.example/e"/><id>tag:e</id><issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-13T18:30:02Z</modified><content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>';
    const [entry] = (await parseFeed(doc, URL)).items;
    expect(entry).toMatchObject({ publishedAt: Date.parse('2003-12-13T12:29:29Z'), updatedAt: Date.parse('2003-12-13T18:30:02Z'), contentHtml: '<p>Hi</p>', text: 'Hi' });
  });

  it('reads Atom with a namespace prefix', async () => {
    const doc = '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:entry><a:title>E</a:title><a:link href="https://news.example/p"/><a:id>p1</a:id></a:entry></a:feed>';
    expect(await parseFeed(doc, URL)).toMatchObject({ format: 'atom', title: 'P', items: [{ title: 'E', link: 'https://news.example/p' }] });
  });

  it('takes the video description from media:group (YouTube-style Atom)', async () => {
    const doc = '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><entry><id>yt:video:1</id><title>V</title><link rel="alternate" href="https://www.youtube.com/watch?v=1"/><media:group><media:description>Convoy reaches Kidal</media:description></media:group></entry></feed>';
    expect((await parseFeed(doc, URL)).items[0]).toMatchObject({ summary: 'Convoy reaches Kidal', text: 'Convoy reaches Kidal' });
  });

  it('prefers feedburner:origLink over the proxy link', async () => {
    const doc = '<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><item><title>F</title><link>http://feedproxy.google.com/~r/x/~3/abc/</link><feedburner:origLink>https://real.example/story</feedburner:origLink></item></channel></rss>';
    expect((await parseFeed(doc, URL)).items[0].link).toBe('https://real.example/story');
  });

  it('uses a permalink guid as the link when <link> is missing', async () => {
    const feed = await parseFeed(rss('<item><title>G</title><guid>https://news.example/g?utm_source=rss</guid></item>'), URL);
    expect(feed.items[0]).toMatchObject({ guid: 'https://news.example/g?utm_source=rss', link: 'https://news.example/g' });
  });

  it('resolves relative item links against the site link, as readers do', async () => {
    const feed = await parseFeed(rss('<item><title>R</title><link>/2023/kidal</link></item>', '<link>https://www.site.example/</link>'), 'https://feeds.host.example/site/rss');
    expect(feed.items[0].link).toBe('https://www.site.example/2023/kidal');
  });

  it.each([
    ['item language wins', rss('<item><title>x</title><dc:language>fr</dc:language></item>', '<language>en</language>').replace('<rss ', '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" '), 'de', 'fr'],
    ['feed language next', rss('<item><title>x</title></item>', '<language>en-gb</language>'), 'de', 'en-GB'],
    ['defaultLanguage last', rss('<item><title>x</title></item>'), 'de', 'de'],
    ['nothing at all', rss('<item><title>x</title></item>'), undefined, undefined],
  ])('language: %s', async (_name, doc, defaultLanguage, language) => {
    expect((await parseFeed(doc, URL, { defaultLanguage })).items[0].language).toBe(language);
  });

  it('keeps items apart when a guid is reused, and drops an item listed twice', async () => {
    const items = '<item><title>A</title><guid>same</guid><link>https://news.example/a</link></item>'
      + '<item><title>B</title><guid>same</guid><link>https://news.example/b</link></item>'
      + '<item><title>A</title><guid>same</guid><link>https://news.example/a</link></item>';
    const feed = await parseFeed(rss(items), URL);
    expect(feed.items.map((i) => i.title)).toEqual(['A', 'B']);
    expect(new Set(feed.items.map((i) => i.identity)).size).toBe(2);
  });

  it('gives the same identities when the same document is parsed twice', async () => {
    const doc = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/parse/rss2.xml'), 'utf8');
    const [a, b] = [await parseFeed(doc, URL), await parseFeed(doc, URL)];
    expect(a.items.map((i) => i.identity)).toEqual(b.items.map((i) => i.identity));
  });

  it('never reports "now" for an unreadable date', async () => {
    const feed = await parseFeed(rss('<item><title>x</title><pubDate>sometime last week</pubDate></item>'), URL);
    expect(feed.items[0].publishedAt).toBeUndefined();
  });

  it('removes control characters from the body HTML', async () => {
    const feed = await parseFeed(rss('<item><title>x</title><description>don&#146;t&#1; stop</description></item>'), URL);
    expect(feed.items[0].contentHtml).toBe('don’t stop');
  });
});
