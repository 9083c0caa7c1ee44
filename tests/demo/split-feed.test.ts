import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { decodeBody } from '../../src/fetch/index.js';
import { parseFeed } from '../../src/parse/index.js';
import { contentTypeFor } from '../../src/demo/serve-directory.js';
import { splitFeed } from '../../src/demo/split-feed.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/demo/replay');
const read = (name: string): Buffer => fs.readFileSync(path.join(DIR, name));

async function titlesOf(name: string, body: Buffer): Promise<string[]> {
  const { text } = decodeBody(body, contentTypeFor(name));
  return (await parseFeed(text, `http://127.0.0.1/${name}`)).items.map((i) => i.title);
}

describe('splitFeed', () => {
  it.each([
    ['echos-cp1252.xml', 'xml', 3],
    ['wire.atom', 'xml', 2],
    ['brief.json', 'json', 2],
  ])('cuts %s into its items (%s, %i items)', (name, format, count) => {
    const split = splitFeed(read(name));
    expect(split?.format).toBe(format);
    expect(split?.count).toBe(count);
  });

  it.each(['echos-cp1252.xml', 'wire.atom'])('gives %s back byte for byte when every item is kept', (name) => {
    expect(splitFeed(read(name))!.render(() => true)).toEqual(read(name));
  });

  it.each([
    ['echos-cp1252.xml', [0, 2], ["Kidal : l'armée malienne entre dans la ville", 'Kidal : la colonne quitte Anéfis']],
    ['echos-cp1252.xml', [1], ['Kidal : la CMA évoque un retrait tactique']],
    ['echos-cp1252.xml', [], []],
    ['wire.atom', [1], ['Drones strike around Kidal']],
    ['brief.json', [1], ['Kidal: army enters the town']],
  ])('serves %s with items %j only, still parseable', async (name, keep, titles) => {
    const body = splitFeed(read(name))!.render((i) => keep.includes(i));
    expect(await titlesOf(name, body)).toEqual(titles);
  });

  it('keeps the windows-1252 bytes, the header and the comment of a cut document', () => {
    const original = read('echos-cp1252.xml');
    const body = splitFeed(original)!.render((i) => i === 1);
    const head = original.subarray(0, original.indexOf('<item>'));
    expect(body.subarray(0, head.length)).toEqual(head);
    expect(body.includes(Buffer.from('évoque', 'latin1'))).toBe(true);
    expect(body.includes(Buffer.from('évoque', 'utf8'))).toBe(false);
    expect(body.toString('latin1')).toMatch(/<\/description>\n {2}<\/item>\n<\/channel>\n<\/rss>\n$/);
    expect(body.toString('latin1')).not.toContain('echos-3');
  });

  it.each([
    ['broken.xml', read('broken.xml')],
    ['no items', Buffer.from('<rss version="2.0"><channel><title>t</title></channel></rss>')],
    ['close before open', Buffer.from('<rss><channel></item><item></item></channel></rss>')],
    ['JSON without items', Buffer.from('{"version":"https://jsonfeed.org/version/1.1","title":"t"}')],
    ['JSON with empty items', Buffer.from('{"version":"https://jsonfeed.org/version/1.1","items":[]}')],
    ['broken JSON', Buffer.from('{"items":[')],
  ])('leaves %s uncut (served as it is)', (_what, body) => {
    expect(splitFeed(body)).toBeUndefined();
  });

  it('ignores markup-like text in CDATA and comments, and lookalike elements', () => {
    const doc = '<rss><channel><!-- <item> --><items/><item><description><![CDATA[</item>]]></description></item><item/></channel></rss>';
    const split = splitFeed(Buffer.from(doc))!;
    expect(split.count).toBe(2);
    expect(split.render((i) => i === 1).toString()).toBe('<rss><channel><!-- <item> --><items/><item/></channel></rss>');
  });
});
