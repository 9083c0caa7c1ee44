import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../eval/harness.js';
import { DEFAULT_SETTINGS, detectCopies } from '../../src/dedup/index.js';
import { DedupParamsError } from '../../src/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { WIRE_A, WIRE_B } from '../fixtures/dedup/stories.js';
import { article, feed, newHarness } from './helpers.js';

const KEY = (n: number) => 4 * 4096 * 4294967296 + n;

describe('posting index', () => {
  let dir: string;
  const stores: Store[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const open = async (): Promise<Store> => {
    const store = await openStore(path.join(dir, 'db.sqlite'));
    stores.push(store);
    return store;
  };
  const seedItems = async (store: Store, n: number): Promise<number[]> => {
    await store.sources.sync([{ id: 's', url: 'http://127.0.0.1/s.xml', title: 'S', role: 'unknown', enabled: true }], 0);
    const saved = await store.items.saveBatch('s', Array.from({ length: n }, (_, i) => ({ identity: `i${i}`, title: `t${i}`, text: `x${i}`, categories: [], textHash: `h${i}` })), 0);
    return saved.newIds;
  };

  it('finds buffered postings before the batch is written, and written ones after', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-postings-'));
    const store = await open();
    await store.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      await tx.dedup.addPostings(11, 1, [KEY(1), KEY(2)], [0, 7]);
      expect((await tx.dedup.lookup([KEY(2), KEY(3)], 10, 12, 200)).hits).toEqual([{ key: KEY(2), itemId: 1, pos: 7 }]);
      expect((await tx.dedup.lookup([KEY(2)], 12, 13, 200)).hits).toEqual([]);
      await tx.dedup.endBatch();
    });
    expect((await store.dedup.lookup([KEY(1)], 0, 20, 200)).hits).toEqual([{ key: KEY(1), itemId: 1, pos: 0 }]);
  });

  it('reports keys with more than maxPostings items as saturated instead of returning them', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-postings-'));
    const store = await open();
    await store.transaction(async (tx) => {
      await tx.dedup.beginBatch();
      for (let item = 1; item <= 4; item++) await tx.dedup.addPostings(1, item, [KEY(9), KEY(item + 100)], [0, 0]);
      await tx.dedup.endBatch();
    });
    const found = await store.dedup.lookup([KEY(9), KEY(101)], 0, 1, 3);
    expect([...found.saturated]).toEqual([KEY(9)]);
    expect(found.hits).toEqual([{ key: KEY(101), itemId: 1, pos: 0 }]);
  });

  it('sees postings another connection wrote (its filters are refreshed), and prunes old segments', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-postings-'));
    const reader = await open();
    const writer = await open();
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
    await reader.dedup.beginBatch();
    expect((await reader.dedup.lookup([KEY(5)], 0, 10, 200)).hits.map((h) => h.itemId)).toEqual([43]);
    expect(await seedItems(writer, 1)).toHaveLength(1);
  });
});

describe('detection parameters and boilerplate learning', () => {
  let harness: Harness;
  afterEach(() => harness?.close());

  it('refuses to mix signatures built with other parameters: run `feedfold dedup rebuild`', async () => {
    harness = await newHarness();
    await feed(harness, [article('a', 'site', WIRE_A, 0)]);
    const [id] = await harness.add([article('b', 'site', WIRE_B, 10)]);
    const changed = { ...DEFAULT_SETTINGS, shingleSize: 4 };
    await expect(detectCopies(harness.store, [id], changed, { now: 0, roles: new Map() })).rejects.toThrow(DedupParamsError);
    await expect(detectCopies(harness.store, [id], changed, { now: 0, roles: new Map() })).rejects.toThrow(/feedfold dedup rebuild/);
    await expect(detectCopies(harness.store, [id], { ...DEFAULT_SETTINGS, thresholds: { nope: 1 } }, { now: 0, roles: new Map() })).rejects.toThrow(/unknown name/);
  });

  it('learns a paragraph a source repeats in 3 items as its boilerplate, and leaves it out of later items', async () => {
    harness = await newHarness();
    const footer = 'Daily Sahel brings you the stories that matter from across the region, every single day of the week.';
    const texts = [WIRE_A, WIRE_B, 'A third, unrelated story about a new bridge over the river at Rosso.', 'A fourth story on fishing licences.'];
    const ids = await feed(harness, texts.map((text, i) => article(`item-${i}`, 'daily-sahel', `${text}\n\n${footer}`, i * 10)));
    const spans = async (name: string) => (await harness.store.dedup.boilerplateSpans(ids.get(name)!)).map((s) => s.why);
    expect(await spans('item-1')).toEqual([]);
    expect(await spans('item-2')).toEqual(['learned-source']);
    expect(await spans('item-3')).toEqual(['learned-source']);
  });
});
