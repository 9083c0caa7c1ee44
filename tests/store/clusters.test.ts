import { expect, it } from 'vitest';
import type { MemberRecord } from '../../src/dedup/port.js';
import { describeBackends, edge, item, openTempStore, source } from './temp-store.js';

const T0 = 1_700_000_000_000;

const member = (itemId: number, extra: Partial<MemberRecord> = {}): MemberRecord => ({
  itemId, isOriginal: false, kind: 'verbatim', lagSeconds: 60, score: 0.95, credits: false, joinedAt: T0, ...extra,
});

describeBackends('clusters', (backend) => {
  const setup = async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('wire'), source('copy')], T0);
    const [w1, w2] = (await store.items.saveBatch('wire', [item('w1', { link: 'https://wire.example/1' }), item('w2')], T0)).newIds;
    const [c1, c2] = (await store.items.saveBatch('copy', [item('c1'), item('c2')], T0 + 1)).newIds;
    return { store, w1, w2, c1, c2 };
  };

  it('saves clusters with members and reads them back by id, item and list', async () => {
    const { store, w1, w2, c1, c2 } = await setup();
    await store.clusters.save({ id: 'story-1', originalItemId: w1, reason: 'earliest-published', size: 3, createdAt: T0, updatedAt: T0 + 10 }, [
      member(c2, { lagSeconds: 300, credits: true }),
      member(w1, { isOriginal: true, kind: undefined, lagSeconds: 0, score: 1 }),
      member(c1, { lagSeconds: 60 }),
    ]);
    await store.clusters.save({ id: 'story-2', originalItemId: w2, reason: 'lowest-id', size: 1, createdAt: T0, updatedAt: T0 + 5 }, [
      member(w2, { isOriginal: true, kind: undefined, lagSeconds: 0, score: 1 }),
    ]);
    expect(await store.clusters.record('story-1')).toEqual({ id: 'story-1', originalItemId: w1, reason: 'earliest-published', size: 3, createdAt: T0, updatedAt: T0 + 10 });
    expect(await store.clusters.record('nope')).toBeUndefined();
    expect(await store.clusters.clusterOf([w1, c1, w2, 999])).toEqual(new Map([[w1, 'story-1'], [c1, 'story-1'], [w2, 'story-2']]));
    expect(await store.clusters.clusterOf([c2])).toEqual(new Map([[c2, 'story-1']]));
    expect(await store.clusters.clusterOf([])).toEqual(new Map());
    expect((await store.clusters.memberRecords('story-1')).map((m) => m.itemId)).toEqual([w1, c1, c2]);
    expect((await store.clusters.memberRecords('story-1'))[2]).toEqual(member(c2, { lagSeconds: 300, credits: true }));
    expect(await store.clusters.memberRecords('nope')).toEqual([]);
    const one = await store.clusters.get('story-1');
    expect(one?.members.map((m) => [m.itemId, m.isOriginal, m.sourceId])).toEqual([[w1, true, 'wire'], [c1, false, 'copy'], [c2, false, 'copy']]);
    expect(one?.members[0]).toMatchObject({ link: 'https://wire.example/1', title: 'Title w1', kind: undefined });
    expect(await store.clusters.get('nope')).toBeUndefined();
    expect((await store.clusters.list()).map((c) => c.id)).toEqual(['story-1', 'story-2']);
    expect((await store.clusters.list({ minSize: 2 })).map((c) => c.id)).toEqual(['story-1']);
    expect((await store.clusters.list({ since: T0 + 6 })).map((c) => c.id)).toEqual(['story-1']);
    expect((await store.clusters.list({ limit: 1 })).map((c) => c.id)).toEqual(['story-1']);
    expect(await store.clusters.lastChangeAt()).toBe(T0 + 10);
  });

  it('updates a cluster in place, moves members, and removes it', async () => {
    const { store, w1, w2, c1 } = await setup();
    expect(await store.clusters.lastChangeAt()).toBe(0);
    await store.clusters.save({ id: 'a', originalItemId: w1, reason: 'first-seen', size: 1, createdAt: T0, updatedAt: T0 }, [member(w1, { isOriginal: true })]);
    await store.clusters.save({ id: 'b', originalItemId: w2, reason: 'first-seen', size: 2, createdAt: T0, updatedAt: T0 }, [member(w2, { isOriginal: true }), member(c1)]);
    await store.clusters.save({ id: 'a', originalItemId: w1, reason: 'attribution', size: 2, createdAt: T0 + 99, updatedAt: T0 + 20 }, [member(c1, { kind: 'edited' })]);
    expect(await store.clusters.record('a')).toMatchObject({ reason: 'attribution', size: 2, createdAt: T0, updatedAt: T0 + 20 });
    expect(await store.clusters.clusterOf([c1])).toEqual(new Map([[c1, 'a']]));
    expect((await store.clusters.memberRecords('b')).map((m) => m.itemId)).toEqual([w2]);
    await store.clusters.save({ id: 'empty', originalItemId: w2, reason: 'lowest-id', size: 0, createdAt: T0, updatedAt: T0 }, []);
    expect(await store.clusters.get('empty')).toMatchObject({ id: 'empty', members: [] });
    // Detection moves members before it removes a cluster: `remove` deletes the cluster row only.
    await store.clusters.save({ id: 'a', originalItemId: w1, reason: 'attribution', size: 3, createdAt: T0, updatedAt: T0 + 30 }, [member(w2)]);
    await store.clusters.remove('b');
    expect(await store.clusters.record('b')).toBeUndefined();
    expect((await store.clusters.list()).map((c) => c.id)).toEqual(['a']);
    expect((await store.clusters.list({ minSize: 0 })).map((c) => c.id)).toEqual(['a', 'empty']);
    await store.clusters.clearAll();
    expect(await store.clusters.list()).toEqual([]);
    expect(await store.clusters.clusterOf([w1, c1, w2])).toEqual(new Map());
  });

  it('lists the edges touching a cluster, related ones to outside items included', async () => {
    const { store, w1, w2, c1, c2 } = await setup();
    await store.clusters.save({ id: 'a', originalItemId: w1, reason: 'first-seen', size: 2, createdAt: T0, updatedAt: T0 }, [member(w1, { isOriginal: true }), member(c1)]);
    await store.dedup.saveEdge(edge(w1, c1, 'verbatim', T0 + 2));
    await store.dedup.saveEdge(edge(w2, w1, 'related', T0 + 1, 0.2));
    await store.dedup.saveEdge(edge(w2, c2, 'exact', T0));
    expect((await store.clusters.edges('a')).map((e) => [e.a, e.b, e.kind])).toEqual([[w2, w1, 'related'], [w1, c1, 'verbatim']]);
    expect(await store.clusters.edges('nope')).toEqual([]);
  });

  it('logs copy events once each, newest first, and prunes those whose copy left its cluster', async () => {
    const { store, w1, c1, c2 } = await setup();
    await store.clusters.save({ id: 'a', originalItemId: w1, reason: 'first-seen', size: 2, createdAt: T0, updatedAt: T0 }, [member(w1, { isOriginal: true }), member(c1)]);
    const event = { id: 'e1', clusterId: 'a', copyItemId: c1, originalItemId: w1, kind: 'verbatim' as const, lagSeconds: 60, foundAt: T0 + 1 };
    await store.clusters.addCopyEvent(event);
    await store.clusters.addCopyEvent({ ...event, lagSeconds: 999 });
    await store.clusters.addCopyEvent({ ...event, id: 'e2', copyItemId: c2, foundAt: T0 + 2 });
    await store.clusters.addCopyEvent({ ...event, id: 'E0', foundAt: T0 + 2 });
    expect((await store.clusters.copyEvents()).map((e) => e.id)).toEqual(['E0', 'e2', 'e1']);
    expect(await store.clusters.copyEvents({ since: T0 + 2, limit: 1 })).toEqual([{ ...event, id: 'E0', foundAt: T0 + 2 }]);
    expect((await store.clusters.copyEvents({ since: T0 }))[2]).toEqual(event);
    expect(await store.clusters.pruneCopyEvents()).toBe(1);
    expect((await store.clusters.copyEvents()).map((e) => e.id)).toEqual(['E0', 'e1']);
  });
});
