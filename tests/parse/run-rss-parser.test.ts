// runRssParser: raw `x:` nodes for the elements a document has (field lists filled while parsing), and
// strict errors that still carry sax's line and column (strict parses run without position counting).
import { describe, expect, it } from 'vitest';
import { runRssParser } from '../../src/parse/run-rss-parser.js';

const options = (strict: boolean) => ({ strict, atom: false, namespaces: new Map([['dc', 'http://purl.org/dc/elements/1.1/']]) });

const feed = `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kidal desk</title>
<item><title>Army enters Kidal</title><dc:creator>Desk</dc:creator><guid isPermaLink="false">k-1</guid></item>
<item><title>Second</title><category>Mali</category><category>Sahel</category></item>
</channel></rss>`;

describe('runRssParser', () => {
  it('copies the raw nodes of the elements present, item by item', async () => {
    const out = await runRssParser(feed, options(true));
    expect(out.items).toHaveLength(2);
    expect(out.items[0]['x:dc:creator']).toEqual(['Desk']);
    expect(out.items[0]['x:guid']).toEqual([{ _: 'k-1', $: { isPermaLink: 'false' } }]);
    expect(out.items[1]['x:category']).toEqual(['Mali', 'Sahel']);
    expect(out.items[1]['x:dc:creator']).toBeUndefined();
    expect(out['x:title']).toEqual(['Kidal desk']);
  });

  it.each([
    ['<rss version="2.0"><channel><item><title>a &nope b</title></item></channel></rss>'],
    ['<rss version="2.0"><channel><item><title>open</item></channel></rss>'],
    ['<rss version="2.0"><channel>\n\n<item>x < y</item></channel></rss>'],
  ])('rejects malformed %j with the line and column of the error', async (xml) => {
    await expect(runRssParser(xml, options(true))).rejects.toThrow(/\nLine: \d+\nColumn: \d+/);
  });

  it('reads the same document alike in strict and loose mode', async () => {
    const strict = await runRssParser(feed, options(true));
    const loose = await runRssParser(feed, options(false));
    expect(loose.items.map((i) => i['x:title'])).toEqual(strict.items.map((i) => i['x:title']));
  });
});
