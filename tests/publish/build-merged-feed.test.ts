import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../src/model.js';
import { buildCopyDigest } from '../../src/publish/build-copy-digest.js';
import { buildMergedFeed } from '../../src/publish/build-merged-feed.js';
import type { FeedModel } from '../../src/publish/feed-model.js';
import { HOUR, T0, makeClusters, makeConfig, makeCopyEvents, makeItems } from '../fixtures/publish/kidal-story.js';
import { createFakeStore } from './fake-store.js';

const config = makeConfig();

function build(clusters: Cluster[] = makeClusters(), limit?: number) {
  return buildMergedFeed(createFakeStore(clusters, makeItems(), makeCopyEvents()), limit === undefined ? config : makeConfig({ limit }), { now: T0 + 100 * HOUR });
}

describe('buildMergedFeed', () => {
  it('has one entry per cluster, singletons included, newest activity first', async () => {
    const model = await build();
    expect(model.entries.map((e) => e.id)).toEqual([
      'tag:feeds.example.org,2024:feedfold/kidal/cluster/c-bamako-5',
      'tag:feeds.example.org,2024:feedfold/kidal/cluster/c-afp-8841',
      'tag:feeds.example.org,2024:feedfold/kidal/cluster/c-wire-5521',
    ]);
    expect(model.updated).toBe(T0 + 30 * HOUR);
    expect(model.selfUrls).toEqual({
      rss: 'https://feeds.example.org/kidal/feed.xml',
      atom: 'https://feeds.example.org/kidal/feed.atom',
      json: 'https://feeds.example.org/kidal/feed.json',
    });
  });

  it('presents the original with its copies: published stays at the original, updated is the last copy joining', async () => {
    const entry = (await build()).entries[1];
    expect(entry).toMatchObject({
      title: "Mali's army says it has retaken Kidal",
      link: 'https://agency.example/africa/2023/11/14/mali-kidal',
      author: 'Jean Exemple',
      published: T0,
      updated: T0 + 27 * HOUR,
      categories: ['Mali', 'Conflict'],
      source: { title: 'Agence Example', url: 'https://agency.example/feeds/africa.xml' },
      related: [
        { href: 'https://saheldaily.example/2023/11/kidal-retaken', title: 'Sahel Daily: verbatim copy, 3 h later' },
        { href: 'https://bamako-news.example/kidal?utm=x&id=7', title: 'Bamako News & Views: edited copy, 26 h later, uncredited' },
      ],
    });
    expect(entry.contentHtml).toContain('<p>Also published by:</p>');
    expect(entry.contentHtml).toContain('<a href="https://saheldaily.example/2023/11/kidal-retaken" rel="noopener nofollow">Sahel Daily</a>: verbatim copy, 3 h later</li>');
    expect(entry.contentHtml).toContain('Bamako News &amp; Views</a>: edited copy, 26 h later, uncredited</li>');
    expect(entry.contentHtml).toContain('<a href="https://agency.example/africa/mali-timeline" rel="noopener nofollow">our timeline</a>');
    expect(entry.contentHtml).not.toMatch(/script|onclick|onerror|data:/);
    expect(entry.extension).toMatchObject({ cluster_id: 'c-afp-8841', copies: [{ source_id: 'sahel-daily', kind: 'verbatim', lag_seconds: 10800, credits: true }, { source_id: 'bamako-news', kind: 'edited', credits: false }] });
  });

  it('gives a singleton a "Published by" footer and no copies', async () => {
    const entry = (await build()).entries[2];
    expect(entry.related).toEqual([]);
    expect(entry.updated).toBe(entry.published);
    expect(entry.contentHtml).toContain('<p>Published by <a href="https://wire.example/world/africa/malian-troops-enter-kidal" rel="noopener nofollow">World Wire</a>.</p>');
    expect(entry.contentHtml).not.toContain('Also published by');
  });

  it('cleans a hostile title and body, and falls back to the feed home when the item has no link', async () => {
    const entry = (await build()).entries[0];
    expect(entry.title).toBe('Kidal: army says < 10 dead & "calm" returns alert(1)');
    expect(entry.link).toBe('https://feeds.example.org/kidal/');
    expect(entry.published).toBe(T0 + 30 * HOUR);
    expect(entry.contentHtml).not.toMatch(/iframe|javascript:/);
  });

  it('honours config.publish.limit', async () => {
    expect((await build(makeClusters(), 2)).entries).toHaveLength(2);
  });

  it('keeps the id and published time of a story as the cluster grows', async () => {
    const before = (await build()).entries[1];
    const grown = makeClusters();
    grown[0].updatedAt = T0 + 50 * HOUR;
    grown[0].members.push({ itemId: 6, sourceId: 'wire', link: 'https://wire.example/copy', title: 'x', kind: 'rewrite', isOriginal: false, lagSeconds: 49 * 3600, score: 0.7, credits: true, joinedAt: T0 + 50 * HOUR });
    const after = (await build(grown)).entries[0];
    expect(after.id).toBe(before.id);
    expect(after.published).toBe(before.published);
    expect(after.updated).toBe(T0 + 50 * HOUR);
    expect(after.related).toHaveLength(3);
  });

  it('still lists a cluster whose original item is missing from the store', async () => {
    const orphan: Cluster = { id: 'c-gone', originalItemId: 99, reason: 'first-seen', createdAt: T0, updatedAt: T0 + 99 * HOUR, members: [{ itemId: 99, sourceId: 'wire', title: 'Gone', link: 'https://wire.example/gone', isOriginal: true, lagSeconds: 0, score: 1, credits: false, joinedAt: T0 }] };
    const entry = (await build([orphan])).entries[0];
    expect(entry).toMatchObject({ title: 'Gone', link: 'https://wire.example/gone', published: T0, author: 'World Wire' });
  });

  it('uses the clock for the updated time of an empty feed', async () => {
    expect((await build([])).updated).toBe(T0 + 100 * HOUR);
  });
});

describe('buildCopyDigest', () => {
  let digest: FeedModel;
  beforeAll(async () => {
    digest = await buildCopyDigest(createFakeStore(makeClusters(), makeItems(), makeCopyEvents()), config, { now: T0 });
  });

  it('has one entry per copy event, newest first, with stable ids and the detection time as dates', () => {
    expect(digest.entries.map((e) => [e.id, e.published, e.updated])).toEqual([
      ['tag:feeds.example.org,2024:feedfold/kidal/copy/ev-3', T0 + 27 * HOUR, T0 + 27 * HOUR],
      ['tag:feeds.example.org,2024:feedfold/kidal/copy/ev-2', T0 + 3 * HOUR + 10 * 60_000, T0 + 3 * HOUR + 10 * 60_000],
    ]);
    expect(digest.selfUrls).toEqual({ rss: 'https://feeds.example.org/kidal/copies.xml', atom: 'https://feeds.example.org/kidal/copies.atom' });
  });

  it('says who republished whose story, how and how late, linking the copy and the original', () => {
    const entry = digest.entries[1];
    expect(entry.title).toBe('Sahel Daily republished Agence Example\'s story "Mali\'s army says it has retaken Kidal", verbatim, 3 h later');
    expect(entry.link).toBe('https://saheldaily.example/2023/11/kidal-retaken');
    expect(entry.related).toEqual([{ href: 'https://agency.example/africa/2023/11/14/mali-kidal', title: "Original by Agence Example: Mali's army says it has retaken Kidal" }]);
    expect(entry.extension).toMatchObject({ event_id: 'ev-2', cluster_id: 'c-afp-8841', kind: 'verbatim', lag_seconds: 10800 });
    expect(digest.entries[0].contentHtml).toContain('The copy is titled “Army back in Kidal after eleven years”.');
  });
});
