import { expect, it } from 'vitest';
import type { DedupItemRecord } from '../../src/dedup/port.js';
import type { Store } from '../../src/store/index.js';
import { describeBackends, edge, item, openTempStore, openTracked, source, tempTarget, type Backend } from './temp-store.js';

const T0 = 1_700_000_000_000;
// Posting keys as src/dedup/keys.ts makes them: kind and band above a 32-bit hash, up to 2^48.
const KEY = (n: number) => 4 * 4096 * 4294967296 + n;
const BIG_HASH = 0xfedcba98;

async function withItems(backend: Backend, n: number): Promise<{ store: Store; ids: number[] }> {
  const store = await openTempStore(backend);
  await store.sources.sync([source('s'), source('t')], T0);
  const ids = (await store.items.saveBatch('s', Array.from({ length: n }, (_, i) => item(`i${i}`)), T0 + 0)).newIds;
  return { store, ids };
}

function record(itemId: number, extra: Partial<DedupItemRecord> = {}): DedupItemRecord {
  return {
    itemId, sourceId: 's', firstSeenAt: T0 + itemId, seg: 19676, coreHash: BIG_HASH, tokens: 120,
    wordSketch: Uint32Array.from([0, 1, 0xffffffff, BIG_HASH]), boilerplate: [{ from: 0, to: 5, why: 'share' }],
    credits: [{ name: 'AFP', kind: 'agency', from: 1, to: 4 }], processedAt: T0, ...extra,
  };
}

describeBackends('dedup postings', (backend) => {
  it('finds buffered postings before the batch is written, and written ones after', async () => {
    const store = await openTempStore(backend);
    await store.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      await tx.dedup.addPostings(11, 1, [KEY(1), KEY(2)], [0, 7]);
      expect((await tx.dedup.lookup([KEY(2), KEY(3)], 10, 12, 200)).hits).toEqual([{ key: KEY(2), itemId: 1, pos: 7 }]);
      expect((await tx.dedup.lookup([KEY(2)], 12, 13, 200)).hits).toEqual([]);
      await tx.dedup.endBatch();
    });
    expect((await store.dedup.lookup([KEY(1)], 0, 20, 200)).hits).toEqual([{ key: KEY(1), itemId: 1, pos: 0 }]);
    expect((await store.dedup.lookup([], 0, 20, 200)).hits).toEqual([]);
  });

  it('reports keys with more than the cap in the window as saturated instead of returning them', async () => {
    const store = await openTempStore(backend);
    await store.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      for (let item = 1; item <= 4; item++) await tx.dedup.addPostings(item < 4 ? 1 : 9, item, [KEY(9), KEY(item + 100)], [0, 0]);
      await tx.dedup.endBatch();
    });
    const found = await store.dedup.lookup([KEY(9), KEY(101)], 0, 5, 2);
    expect([...found.saturated]).toEqual([KEY(9)]);
    expect(found.hits).toEqual([{ key: KEY(101), itemId: 1, pos: 0 }]);
    // The fourth posting is outside this window: three postings, within a cap of 3.
    const windowed = await store.dedup.lookup([KEY(9)], 0, 5, 3);
    expect(windowed.saturated.size).toBe(0);
    expect(windowed.hits.map((h) => h.itemId).sort()).toEqual([1, 2, 3]);
    expect((await store.dedup.lookup([KEY(9)], 0, 9, 3)).saturated).toEqual(new Set([KEY(9)]));
  });

  it('counts buffered and written postings together against the cap', async () => {
    const store = await openTempStore(backend);
    await store.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      await tx.dedup.addPostings(3, 1, [KEY(7)], [0]);
      await tx.dedup.addPostings(3, 2, [KEY(7)], [0]);
      await tx.dedup.endBatch();
      await tx.dedup.beginBatch();
      await tx.dedup.addPostings(3, 3, [KEY(7)], [5]);
      expect((await tx.dedup.lookup([KEY(7)], 3, 3, 3)).hits).toHaveLength(3);
      expect((await tx.dedup.lookup([KEY(7)], 3, 3, 2)).saturated).toEqual(new Set([KEY(7)]));
      await tx.dedup.endBatch();
    });
  });

  it('drops an unwritten batch at the next beginBatch, and keeps the first position of a repeated posting', async () => {
    const store = await openTempStore(backend);
    await store.dedup.beginBatch();
    await store.dedup.addPostings(2, 1, [KEY(4)], [0]);
    await store.dedup.beginBatch();
    expect((await store.dedup.lookup([KEY(4)], 0, 9, 200)).hits).toEqual([]);
    await store.dedup.addPostings(2, 5, [KEY(4), KEY(4)], [3, 8]);
    await store.dedup.endBatch();
    expect((await store.dedup.lookup([KEY(4)], 0, 9, 200)).hits).toEqual([{ key: KEY(4), itemId: 5, pos: 3 }]);
  });

  it('sees postings another connection wrote, and prunes old segments', async () => {
    const target = await tempTarget(backend);
    const reader = await openTracked(target);
    const writer = await openTracked(target);
    await reader.dedup.beginBatch();
    expect((await reader.dedup.lookup([KEY(5)], 0, 10, 200)).hits).toEqual([]);
    await writer.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      await tx.dedup.addPostings(3, 42, [KEY(5)], [0]);
      await tx.dedup.addPostings(8, 43, [KEY(5)], [0]);
      await tx.dedup.endBatch();
    });
    await reader.dedup.beginBatch();
    expect((await reader.dedup.lookup([KEY(5)], 0, 10, 200)).hits.map((h) => h.itemId).sort()).toEqual([42, 43]);
    expect(await writer.dedup.pruneBefore(5)).toBe(1);
    expect(await writer.dedup.pruneBefore(5)).toBe(0);
    await reader.dedup.beginBatch();
    expect((await reader.dedup.lookup([KEY(5)], 0, 10, 200)).hits.map((h) => h.itemId)).toEqual([43]);
  });

  it('holds a large batch', async () => {
    const store = await openTempStore(backend);
    const keys = Array.from({ length: 100 }, (_, i) => KEY(1000 + i));
    await store.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      for (let item = 1; item <= 600; item++) await tx.dedup.addPostings(20 + (item % 3), item, keys, keys.map((_, i) => i));
      await tx.dedup.endBatch();
    });
    const found = await store.dedup.lookup([KEY(1000), KEY(1099)], 20, 22, 1000);
    expect(found.hits).toHaveLength(1200);
    expect(await store.dedup.memoryBytes()).toBeGreaterThanOrEqual(0);
  });
});

describeBackends('dedup records', (backend) => {
  it('keeps the signature parameters', async () => {
    const store = await openTempStore(backend);
    expect(await store.dedup.getParams()).toBeUndefined();
    await store.dedup.setParams('{"k":5}', T0);
    await store.dedup.setParams('{"k":6}', T0 + 1);
    expect(await store.dedup.getParams()).toBe('{"k":6}');
  });

  it('saves and reads item records with 32-bit hashes, sketches and JSON exactly', async () => {
    const { store, ids } = await withItems(backend, 3);
    await store.dedup.saveItem(record(ids[0]));
    await store.dedup.saveItem(record(ids[1], { wordSketch: new Uint32Array(0), boilerplate: [], credits: [] }));
    await store.dedup.saveItem(record(ids[1], { tokens: 7, wordSketch: new Uint32Array(0), boilerplate: [], credits: [] }));
    const items = await store.dedup.getItems([ids[0], ids[1], ids[2]]);
    expect([...items.keys()].sort()).toEqual([ids[0], ids[1]]);
    expect(items.get(ids[0])).toEqual(record(ids[0]));
    expect(items.get(ids[1])).toMatchObject({ tokens: 7, wordSketch: new Uint32Array(0) });
    expect((await store.dedup.getItems([ids[0]])).get(ids[0])?.coreHash).toBe(BIG_HASH);
    expect(await store.dedup.getItems([])).toEqual(new Map());
    const meta = await store.dedup.getMeta([ids[0], 999]);
    expect(meta).toEqual(new Map([[ids[0], { itemId: ids[0], sourceId: 's', firstSeenAt: T0 + ids[0], wordSketch: record(ids[0]).wordSketch }]]));
    expect(await store.dedup.getMeta([])).toEqual(new Map());
    expect(await store.dedup.boilerplateSpans(ids[0])).toEqual([{ from: 0, to: 5, why: 'share' }]);
    expect(await store.dedup.boilerplateSpans(999)).toEqual([]);
  });

  it('learns boilerplate per source and globally, the source first', async () => {
    const store = await openTempStore(backend);
    await store.dedup.learnBoilerplate('s', BIG_HASH, 3, T0);
    await store.dedup.learnBoilerplate('s', BIG_HASH, 2, T0 + 1);
    await store.dedup.learnBoilerplate('*', BIG_HASH, 9, T0);
    await store.dedup.learnBoilerplate('*', 17, 9, T0);
    expect(await store.dedup.learnedBoilerplate('s', [BIG_HASH, 17, 18])).toEqual(new Map([[BIG_HASH, 'learned-source'], [17, 'learned-global']]));
    expect(await store.dedup.learnedBoilerplate('t', [BIG_HASH])).toEqual(new Map([[BIG_HASH, 'learned-global']]));
    expect(await store.dedup.learnedBoilerplate('t', [])).toEqual(new Map());
  });

  it('adds up document frequencies and the document count', async () => {
    const store = await openTempStore(backend);
    expect(await store.dedup.docCount()).toBe(0);
    await store.dedup.addDocFrequencies(new Map([[BIG_HASH, 1], [2, 0.5]]), 2);
    await store.dedup.addDocFrequencies(new Map([[BIG_HASH, 2]]), 0);
    await store.dedup.addDocFrequencies(new Map(), 1.5);
    expect(await store.dedup.docFrequencies([BIG_HASH, 2, 3])).toEqual(new Map([[BIG_HASH, 3], [2, 0.5]]));
    expect(await store.dedup.docFrequencies([])).toEqual(new Map());
    expect(await store.dedup.docCount()).toBe(3.5);
  });

  it('saves, replaces, lists and deletes edges', async () => {
    const { store, ids } = await withItems(backend, 4);
    const [a, b, c, d] = ids;
    await store.dedup.saveEdge(edge(a, b, 'verbatim', T0 + 2));
    await store.dedup.saveEdge(edge(c, a, 'related', T0 + 1, 0.3));
    await store.dedup.saveEdge(edge(c, d, 'edited', T0 + 3));
    await store.dedup.saveEdge({ ...edge(a, b, 'edited', T0 + 9, 0.75) });
    expect(await store.dedup.edgesOf([a])).toEqual([{ ...edge(a, b, 'edited', T0 + 2, 0.75) }, edge(c, a, 'related', T0 + 1, 0.3)]);
    expect(await store.dedup.edgesOf([])).toEqual([]);
    expect((await store.dedup.allEdges()).map((e) => [e.a, e.b])).toEqual([[c, a], [a, b], [c, d]]);
    await store.dedup.deleteEdge(c, a);
    expect((await store.dedup.edgesOf([a, c])).map((e) => [e.a, e.b])).toEqual([[a, b], [c, d]]);
  });

  it('pages item ids in first-seen order', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('s')], T0);
    const late = (await store.items.saveBatch('s', [item('late')], T0 + 5)).newIds[0];
    const early = (await store.items.saveBatch('s', [item('e1'), item('e2')], T0)).newIds;
    expect(await store.dedup.itemIdsInOrder(undefined, 2)).toEqual([{ id: early[0], firstSeenAt: T0 }, { id: early[1], firstSeenAt: T0 }]);
    expect(await store.dedup.itemIdsInOrder({ firstSeenAt: T0, id: early[0] }, 5)).toEqual([{ id: early[1], firstSeenAt: T0 }, { id: late, firstSeenAt: T0 + 5 }]);
  });

  it('clears everything derived (rebuild), postings included', async () => {
    const { store, ids } = await withItems(backend, 2);
    await store.dedup.saveItem(record(ids[0]));
    await store.dedup.saveEdge(edge(ids[0], ids[1], 'exact', T0));
    await store.dedup.learnBoilerplate('s', 1, 3, T0);
    await store.dedup.addDocFrequencies(new Map([[1, 1]]), 1);
    await store.dedup.addPostings(1, ids[0], [KEY(1)], [0]);
    await store.dedup.endBatch();
    await store.dedup.setParams('p', T0);
    await store.dedup.clearDerived();
    expect(await store.dedup.getItems([ids[0]])).toEqual(new Map());
    expect(await store.dedup.allEdges()).toEqual([]);
    expect(await store.dedup.learnedBoilerplate('s', [1])).toEqual(new Map());
    expect(await store.dedup.docCount()).toBe(0);
    expect((await store.dedup.lookup([KEY(1)], 0, 9, 9)).hits).toEqual([]);
    expect(await store.dedup.getParams()).toBe('p');
  });
});
