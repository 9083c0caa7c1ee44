import { expect, it } from 'vitest';
import { describeBackends, edge, item, openTempStore, source } from './temp-store.js';

const T0 = 1_700_000_000_000;

describeBackends('store.onChange', (backend) => {
  it('fires after commits that add or change items, not for unchanged re-polls', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    let calls = 0;
    const off = store.onChange(() => (calls += 1));
    await store.items.saveBatch('a', [item('1')], T0);
    expect(calls).toBe(1);
    await store.items.saveBatch('a', [item('1')], T0 + 1);
    await store.items.saveBatch('a', [item('1', { title: 'Changed' })], T0 + 2);
    expect(calls).toBe(2);
    off();
    await store.items.saveBatch('a', [item('2')], T0 + 3);
    expect(calls).toBe(2);
  });

  it('fires once after an outer transaction commits, and not at all when it rolls back', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    const seen: Array<Promise<number>> = [];
    // Listeners run after the commit: a read started by the listener sees the new rows.
    store.onChange(() => seen.push(store.items.count()));
    await store.transaction(async (tx) => {
      await tx.items.saveBatch('a', [item('1')], T0);
      await tx.items.saveBatch('a', [item('2')], T0);
      expect(seen).toEqual([]);
    });
    expect(await Promise.all(seen)).toEqual([2]);
    await expect(
      store.transaction(async (tx) => {
        await tx.items.saveBatch('a', [item('3')], T0);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(seen).toHaveLength(1);
    expect(await store.items.count()).toBe(2);
  });

  it('fires for cluster and edge writes, not for sources, poll runs or postings', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    const [x, y] = (await store.items.saveBatch('a', [item('x'), item('y')], T0)).newIds;
    let calls = 0;
    store.onChange(() => (calls += 1));
    await store.sources.recordSuccess('a', { now: T0 });
    await store.pollRuns.record({ sourceId: 'a', startedAt: T0, finishedAt: T0, outcome: 'unchanged', itemsSeen: 0, itemsNew: 0, itemsOffTopic: 0, bytes: 0 });
    await store.dedup.addPostings(1, x, [5], [0]);
    await store.dedup.endBatch();
    expect(calls).toBe(0);
    await store.clusters.save({ id: 'c1', originalItemId: x, reason: 'first-seen', size: 1, createdAt: T0, updatedAt: T0 }, [
      { itemId: x, isOriginal: true, lagSeconds: 0, score: 1, credits: false, joinedAt: T0 },
    ]);
    expect(calls).toBe(1);
    await store.dedup.saveEdge(edge(x, y, 'related', T0));
    expect(calls).toBe(2);
    await store.clusters.remove('c1');
    expect(calls).toBe(3);
  });
});
