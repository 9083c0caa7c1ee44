import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildCopyDigest } from '../../src/publish/build-copy-digest.js';
import { GENERATOR, buildMergedFeed } from '../../src/publish/build-merged-feed.js';
import type { FeedModel } from '../../src/publish/feed-model.js';
import { contentTypes, renderers } from '../../src/publish/renderers.js';
import { HOUR, T0, makeClusters, makeConfig, makeCopyEvents, makeItems } from '../fixtures/publish/kidal-story.js';
import { createFakeStore } from './fake-store.js';

const store = createFakeStore(makeClusters(), makeItems(), makeCopyEvents());
const merged = await buildMergedFeed(store, makeConfig(), { now: T0 });
const digest = await buildCopyDigest(store, makeConfig(), { now: T0 });
// rss-parser parses with xml2js in strict mode: malformed XML throws.
const parser = new Parser({ customFields: { item: [['atom:link', 'atomLinks', { keepArray: true }], ['source', 'source'], ['atom:updated', 'atomUpdated']] } });
type LinkAttrs = { $: { rel: string; href: string; title: string } };
type SeenItem = Parser.Item & { id?: string; atomLinks: LinkAttrs[]; source: string; atomUpdated: string; 'content:encoded'?: string };

function withTitle(model: FeedModel, title: string): FeedModel {
  return { ...model, entries: model.entries.map((e, i) => (i === 0 ? { ...e, title } : e)) };
}

describe('registry', () => {
  it('has one renderer and one media type per format', () => {
    expect(Object.keys(renderers).sort()).toEqual(['atom', 'json', 'rss']);
    expect(contentTypes).toEqual({ rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8', json: 'application/feed+json; charset=utf-8' });
  });

  it.each(['rss', 'atom', 'json'] as const)('%s is a pure function of the model', (format) => {
    expect(renderers[format](merged)).toBe(renderers[format](structuredClone(merged)));
  });
});

describe('renderRss', () => {
  it('writes channel metadata, guids, dates and copies as atom:link rel="related"', async () => {
    const xml = renderers.rss(merged);
    expect(xml).toContain('<atom:link href="https://feeds.example.org/kidal/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain(`<generator>feedfold ${GENERATOR.version}</generator>`);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('Kidal, one feed');
    expect(feed.lastBuildDate).toBe('Wed, 15 Nov 2023 21:00:00 GMT');
    const item = feed.items[1] as SeenItem;
    expect(item).toMatchObject({ guid: merged.entries[1].id, title: "Mali's army says it has retaken Kidal", link: 'https://agency.example/africa/2023/11/14/mali-kidal', pubDate: 'Tue, 14 Nov 2023 15:00:00 GMT', creator: 'Jean Exemple', source: 'Agence Example', atomUpdated: '2023-11-15T18:00:00.000Z' });
    expect(item.atomLinks.map((l) => l.$)).toEqual([
      { rel: 'related', href: 'https://saheldaily.example/2023/11/kidal-retaken', title: 'Sahel Daily: verbatim copy, 3 h later' },
      { rel: 'related', href: 'https://bamako-news.example/kidal?utm=x&id=7', title: 'Bamako News & Views: edited copy, 26 h later, uncredited' },
    ]);
    expect(item['content:encoded']).toContain('Also published by');
  });
});

describe('renderAtom', () => {
  it('writes xml:lang, generator version, plain-text titles, published/updated and related links', async () => {
    const xml = renderers.atom(merged);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain(`<generator version="${GENERATOR.version}">feedfold</generator>`);
    expect(xml).toContain('<link rel="self" href="https://feeds.example.org/kidal/feed.atom"/>');
    expect(xml).toContain('<title type="text">Kidal: army says &lt; 10 dead &amp; &quot;calm&quot; returns alert(1)</title>');
    expect(xml).toContain('<link rel="related" href="https://bamako-news.example/kidal?utm=x&amp;id=7" title="Bamako News &amp; Views: edited copy, 26 h later, uncredited"/>');
    expect(xml).not.toContain('feedfold-related-links');
    const feed = await parser.parseString(xml);
    expect((feed.items as SeenItem[]).map((i) => [i.id, i.title, i.link, i.pubDate])).toEqual([
      [merged.entries[0].id, 'Kidal: army says < 10 dead & "calm" returns alert(1)', 'https://feeds.example.org/kidal/', '2023-11-15T21:00:00.000Z'],
      [merged.entries[1].id, "Mali's army says it has retaken Kidal", 'https://agency.example/africa/2023/11/14/mali-kidal', '2023-11-14T15:00:00.000Z'],
      [merged.entries[2].id, 'Malian troops enter rebel stronghold of Kidal', 'https://wire.example/world/africa/malian-troops-enter-kidal', '2023-11-14T17:00:00.000Z'],
    ]);
    expect(xml.match(/<updated>2023-11-15T18:00:00.000Z<\/updated>/g)).toHaveLength(1);
  });

  it('renders an empty feed', async () => {
    const empty = { ...merged, entries: [], updated: T0 };
    const feed = await parser.parseString(renderers.atom(empty));
    expect(feed.items).toEqual([]);
  });
});

describe('renderJson', () => {
  it('writes JSON Feed 1.1 with authors, language and the _feedfold extension', () => {
    const doc = JSON.parse(renderers.json(merged));
    expect(doc).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Kidal, one feed', home_page_url: 'https://feeds.example.org/kidal/', feed_url: 'https://feeds.example.org/kidal/feed.json', language: 'en' });
    expect(doc.items[1]).toMatchObject({
      id: merged.entries[1].id,
      url: 'https://agency.example/africa/2023/11/14/mali-kidal',
      title: "Mali's army says it has retaken Kidal",
      date_published: '2023-11-14T15:00:00.000Z',
      date_modified: '2023-11-15T18:00:00.000Z',
      authors: [{ name: 'Jean Exemple' }],
      tags: ['Mali', 'Conflict'],
      _feedfold: { cluster_id: 'c-afp-8841', copies: [{ url: 'https://saheldaily.example/2023/11/kidal-retaken', label: 'verbatim copy, 3 h later' }, { kind: 'edited' }] },
    });
    for (const item of doc.items) {
      expect(item).not.toHaveProperty('author');
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
    }
  });
});

describe('hostile titles', () => {
  it.each([
    ['CDATA terminators', 'Kidal ]]> retaken ]]> twice'],
    ['markup-like text', 'Kidal <b>not bold</b> & "quoted" \'single\''],
    ['entity-like text', 'AT&amp;T &lt;not&gt; decoded'],
    ['non-Latin text', 'كيدال: الجيش المالي يستعيد المدينة 😀'],
  ])('%s survives RSS and Atom as the same plain text', async (_name, title) => {
    for (const format of ['rss', 'atom'] as const) {
      const feed = await parser.parseString(renderers[format](withTitle(merged, title)));
      expect(feed.items[0].title).toBe(title);
    }
    expect(JSON.parse(renderers.json(withTitle(merged, title))).items[0].title).toBe(title);
  });
});

describe('copy digest', () => {
  it.each(['rss', 'atom'] as const)('renders as %s with the copy link and a related link to the original', async (format) => {
    const feed = await parser.parseString(renderers[format](digest));
    expect(feed.title).toBe('Kidal, one feed: copies found');
    expect(feed.items.map((i) => i.link)).toEqual(['https://bamako-news.example/kidal?utm=x&id=7', 'https://saheldaily.example/2023/11/kidal-retaken']);
    expect(feed.items[1].title).toBe('Sahel Daily republished Agence Example\'s story "Mali\'s army says it has retaken Kidal", verbatim, 3 h later');
    expect(renderers[format](digest)).toContain('rel="related" href="https://agency.example/africa/2023/11/14/mali-kidal"');
  });

  it('keeps the digest dates at detection time', () => {
    expect(renderers.atom(digest)).toContain(`<published>${new Date(T0 + 27 * HOUR).toISOString()}</published>`);
  });
});
