import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../eval/harness.js';
import { exportClusters } from '../../src/cli/commands/clusters.js';
import { DEFAULT_SETTINGS, rebuildAll } from '../../src/dedup/index.js';
import { compositeAB, EDITED_A, paddedCopy, REWRITE_A, TITLE_A, TITLE_B, WIRE_A, WIRE_B } from '../fixtures/dedup/stories.js';
import { article, at, clusterOf, feed, newHarness } from './helpers.js';

let harness: Harness;
afterEach(() => harness?.close());

const story = () => [
  article('wire-a', 'atlantic-wire', WIRE_A, 0, { title: TITLE_A, sourceRole: 'original', sourceTitle: 'Atlantic Wire' }),
  article('wire-b', 'sahara-press', WIRE_B, 15, { title: TITLE_B, sourceRole: 'original' }),
  article('padded', 'copy-site', paddedCopy(), 40),
  article('edited', 'desk-site', EDITED_A, 55),
  article('composite', 'digest-blog', compositeAB(), 70),
  article('rewrite', 'rewriter', REWRITE_A, 90),
];

describe('clusters', () => {
  it('never chains two originals together through a composite of both', async () => {
    harness = await newHarness();
    const ids = await feed(harness, [
      article('wire-a', 'atlantic-wire', WIRE_A, 0),
      article('wire-b', 'sahara-press', WIRE_B, 5),
      article('composite-1', 'blog-one', compositeAB(), 30),
      article('composite-2', 'blog-two', compositeAB().replace('Mauritania', 'Mauritania,'), 35),
      article('b-copy', 'mirror', WIRE_B, 40),
    ]);
    const clusters = await clusterOf(harness, ids);
    expect(clusters.get('wire-a')).not.toBe(clusters.get('wire-b'));
    expect(clusters.get('b-copy')).toBe(clusters.get('wire-b'));
  });

  it('puts every item in exactly one cluster, singletons included', async () => {
    harness = await newHarness();
    const ids = await feed(harness, story());
    const all = await harness.store.clusters.list({});
    const members = all.flatMap((c) => c.members.map((m) => m.itemId)).sort((x, y) => x - y);
    expect(members).toEqual([...ids.values()].sort((x, y) => x - y));
    expect(all.filter((c) => c.members.length > 1)).toHaveLength(1);
  });

  it('names the original with a reason, sorts members by lag, and keeps the composite and rewrite in', async () => {
    harness = await newHarness();
    const ids = await feed(harness, story());
    const [cluster] = await harness.store.clusters.list({ minSize: 2 });
    expect(cluster.originalItemId).toBe(ids.get('wire-a'));
    expect(cluster.reason).toBe('attribution');
    expect(cluster.members.map((m) => m.itemId)).toEqual(['wire-a', 'padded', 'edited', 'composite', 'rewrite'].map((n) => ids.get(n)));
    const padded = cluster.members.find((m) => m.itemId === ids.get('padded'))!;
    expect(padded).toMatchObject({ kind: 'boilerplate', credits: true, lagSeconds: 40 * 60 });
  });

  it('keeps cluster ids, kinds and originals across a rebuild, and copy events keep their first time', async () => {
    harness = await newHarness();
    await feed(harness, story());
    const before = await harness.store.clusters.list({});
    const events = await harness.store.clusters.copyEvents({});
    expect(events).toHaveLength(4);
    const result = await rebuildAll(harness.store, DEFAULT_SETTINGS, { now: at(500), roles: harness.roles });
    expect(result).toMatchObject({ items: 6, copies: 4 });
    const after = await harness.store.clusters.list({});
    const shape = (cs: typeof before) => cs.map((c) => [c.id, c.originalItemId, c.reason, c.members.map((m) => [m.itemId, m.kind]).sort()]).sort();
    expect(shape(after)).toEqual(shape(before));
    expect(await harness.store.clusters.copyEvents({})).toEqual(events);
  });

  it('serves the read API: get, edges with related items, copy events, last change, export', async () => {
    harness = await newHarness();
    const ids = await feed(harness, story());
    const [cluster] = await harness.store.clusters.list({ minSize: 2 });
    expect(await harness.store.clusters.get(cluster.id)).toEqual(cluster);
    expect(await harness.store.clusters.get('nope')).toBeUndefined();
    const edges = await harness.store.clusters.edges(cluster.id);
    expect(edges.some((e) => e.kind === 'related' && (e.b === ids.get('wire-b') || e.a === ids.get('wire-b')))).toBe(true);
    expect(await harness.store.clusters.lastChangeAt()).toBe(at(90));
    const events = await harness.store.clusters.copyEvents({ limit: 2 });
    expect(events.map((e) => e.copyItemId)).toEqual([ids.get('rewrite'), ids.get('composite')]);
    expect(events[0]).toMatchObject({ clusterId: cluster.id, originalItemId: ids.get('wire-a'), kind: 'rewrite', foundAt: at(90) });
    const exported = exportClusters(await harness.store.clusters.list({ minSize: 2 }));
    expect(exported.clusters).toHaveLength(1);
    expect(Object.keys(exported.clusters[0])).toEqual(['id', 'original', 'members']);
    expect(exported.clusters[0].original).toEqual({ link: 'https://atlantic-wire.example/wire-a', source: 'atlantic-wire' });
    expect(Object.keys(exported.clusters[0].members[1])).toEqual(['link', 'source', 'kind', 'lagSeconds', 'score']);
  });

  it('merges two clusters when a late original links them, the older id surviving', async () => {
    harness = await newHarness();
    const ids = await feed(harness, [
      article('trim', 'brief-site', WIRE_A.split('\n\n').slice(0, 2).join('\n\n'), 0),
      article('tail', 'other-site', WIRE_A.split('\n\n').slice(3).join('\n\n'), 5),
      article('wire-a', 'atlantic-wire', WIRE_A, 10, { publishedAt: at(-30) }),
    ]);
    const clusters = await clusterOf(harness, ids);
    expect(new Set(clusters.values()).size).toBe(1);
    const [cluster] = await harness.store.clusters.list({ minSize: 2 });
    expect(cluster.originalItemId).toBe(ids.get('wire-a'));
    expect(cluster.createdAt).toBe(at(0));
  });
});
