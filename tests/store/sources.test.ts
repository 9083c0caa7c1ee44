import { expect, it } from 'vitest';
import { describeBackends, openTempStore, source } from './temp-store.js';

const T0 = 1_700_000_000_000;

describeBackends('sources.sync', (backend) => {
  it('adds, updates and disables (keeps) sources removed from the config', async () => {
    const store = await openTempStore(backend);
    expect(await store.sources.sync([source('a'), source('b', { role: 'original', language: 'fr' })], T0)).toEqual({
      added: ['a', 'b'],
      updated: [],
      removed: [],
    });
    expect(await store.sources.get('b')).toMatchObject({ role: 'original', language: 'fr', enabled: true, consecutiveErrors: 0 });
    const report = await store.sources.sync([source('b', { title: 'Renamed', role: 'original', language: 'fr' })], T0 + 1);
    expect(report).toEqual({ added: [], updated: ['b'], removed: ['a'] });
    expect(await store.sources.get('a')).toMatchObject({ enabled: false, removedAt: T0 + 1 });
    expect(await store.sources.sync([source('b', { title: 'Renamed', role: 'original', language: 'fr' })], T0 + 2)).toEqual({
      added: [],
      updated: [],
      removed: [],
    });
    const back = await store.sources.sync([source('a'), source('b', { title: 'Renamed', role: 'original', language: 'fr' })], T0 + 3);
    expect(back.updated).toEqual(['a']);
    expect(await store.sources.get('a')).toMatchObject({ enabled: true, removedAt: undefined });
  });

  it('reports in config order and lists oldest first, ids in byte order (as SQLite compares text)', async () => {
    const store = await openTempStore(backend);
    const report = await store.sources.sync([source('b'), source('a'), source('Z'), source('é')], T0);
    expect(report.added).toEqual(['b', 'a', 'Z', 'é']);
    await store.sources.sync([source('zz')], T0 + 1);
    expect((await store.sources.list()).map((s) => s.id)).toEqual(['Z', 'a', 'b', 'é', 'zz']);
    const again = await store.sources.sync([source('é'), source('b'), source('zz')], T0 + 2);
    expect(again).toEqual({ added: [], updated: ['é', 'b'], removed: [] });
    expect(await store.sources.sync([source('a')], T0 + 3)).toEqual({ added: [], updated: ['a'], removed: ['b', 'é', 'zz'] });
  });

  it('keeps a redirected url across syncs until the operator edits the url', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    await store.sources.recordSuccess('a', { now: T0, etag: '"v1"', movedTo: 'https://example.org/new.xml' });
    await store.sources.sync([source('a')], T0 + 1);
    expect(await store.sources.get('a')).toMatchObject({ url: 'https://example.org/new.xml', etag: '"v1"' });
    await store.sources.sync([source('a', { url: 'https://elsewhere.example/feed' })], T0 + 2);
    expect(await store.sources.get('a')).toMatchObject({ url: 'https://elsewhere.example/feed', etag: undefined });
  });

  it('lets a new source take the url of a removed one', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a', { url: 'https://x.example/feed' })], T0);
    await store.sources.sync([source('b', { url: 'https://x.example/feed' })], T0 + 1);
    expect((await store.sources.list()).map((s) => [s.id, s.enabled])).toEqual([['a', false], ['b', true]]);
  });

  it('keeps a service-made disable through syncs until the operator enables it', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    await store.sources.disable('a', 'HTTP 410 Gone');
    await store.sources.sync([source('a')], T0 + 1);
    expect(await store.sources.get('a')).toMatchObject({ enabled: false, disabledReason: 'HTTP 410 Gone' });
    await store.sources.setEnabled('a', true);
    expect(await store.sources.get('a')).toMatchObject({ enabled: true, disabledReason: undefined });
    await store.sources.sync([source('a', { enabled: false })], T0 + 2);
    expect((await store.sources.get('a'))?.enabled).toBe(false);
  });

  it('is one transaction: a failing source leaves the table as it was', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    const broken = { ...source('b'), title: null as unknown as string };
    await expect(store.sources.sync([source('c'), broken], T0 + 1)).rejects.toThrow();
    expect((await store.sources.list()).map((s) => [s.id, s.enabled])).toEqual([['a', true]]);
  });
});

describeBackends('sources fetch state', (backend) => {
  it('counts failures and 404s, remembers Retry-After, and resets on success', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a')], T0);
    await store.sources.recordFailure('a', { now: T0, code: 'FETCH_HTTP_404', message: 'HTTP 404' });
    const second = await store.sources.recordFailure('a', { now: T0 + 1, code: 'FETCH_HTTP_404', message: 'HTTP 404' });
    expect(second).toMatchObject({ consecutiveErrors: 2, consecutive404s: 2, lastErrorCode: 'FETCH_HTTP_404', lastErrorAt: T0 + 1 });
    const limited = await store.sources.recordFailure('a', { now: T0 + 2, code: 'FETCH_RATE_LIMITED', message: 'HTTP 429', retryAfterSeconds: 120, nextDueAt: T0 + 500 });
    expect(limited).toMatchObject({ consecutiveErrors: 3, consecutive404s: 0, retryAfterUntil: T0 + 2 + 120_000, nextDueAt: T0 + 500 });
    const ok = await store.sources.recordSuccess('a', { now: T0 + 3, etag: '"e"', lastModified: 'Tue, 28 Nov 2023 10:00:00 GMT', ttlMinutes: 60, maxAgeSeconds: 300 });
    expect(ok).toMatchObject({
      consecutiveErrors: 0,
      consecutive404s: 0,
      retryAfterUntil: undefined,
      etag: '"e"',
      lastModified: 'Tue, 28 Nov 2023 10:00:00 GMT',
      ttlMinutes: 60,
      maxAgeSeconds: 300,
      lastSuccessAt: T0 + 3,
      lastPolledAt: T0 + 3,
      nextDueAt: T0 + 500,
    });
    await store.sources.setNextDueAt('a', T0 + 9);
    expect((await store.sources.get('a'))?.nextDueAt).toBe(T0 + 9);
    await store.sources.setNextDueAt('a', undefined);
    expect((await store.sources.get('a'))?.nextDueAt).toBeUndefined();
  });

  it('returns undefined for an unknown source', async () => {
    const store = await openTempStore(backend);
    expect(await store.sources.get('nope')).toBeUndefined();
    expect(await store.sources.recordSuccess('nope', { now: T0 })).toBeUndefined();
    expect(await store.sources.recordFailure('nope', { now: T0, code: 'FETCH_TIMEOUT', message: 'x' })).toBeUndefined();
  });
});

describeBackends('pollRuns', (backend) => {
  it('records runs and lists the latest per source', async () => {
    const store = await openTempStore(backend);
    await store.sources.sync([source('a'), source('b')], T0);
    const base = { itemsSeen: 3, itemsNew: 1, itemsOffTopic: 2, bytes: 100 };
    const first = await store.pollRuns.record({ ...base, sourceId: 'a', startedAt: T0, finishedAt: T0 + 5, outcome: 'new', status: 200 });
    expect(typeof first).toBe('number');
    await store.pollRuns.record({ ...base, sourceId: 'a', startedAt: T0 + 10, finishedAt: T0 + 15, outcome: 'failed', errorCode: 'FETCH_TIMEOUT', errorMessage: 'timed out' });
    await store.pollRuns.record({ ...base, sourceId: 'b', startedAt: T0 + 20, finishedAt: T0 + 25, outcome: 'unchanged', status: 304 });
    const latest = await store.pollRuns.latestBySource();
    expect([...latest.keys()]).toEqual(['a', 'b']);
    expect(latest.get('a')).toMatchObject({ outcome: 'failed', errorCode: 'FETCH_TIMEOUT', status: undefined });
    expect(latest.get('b')).toMatchObject({ outcome: 'unchanged', status: 304, startedAt: T0 + 20, bytes: 100 });
    expect((await store.pollRuns.list({ sourceId: 'a' })).map((r) => r.outcome)).toEqual(['failed', 'new']);
    expect((await store.pollRuns.list({ since: T0 + 10, limit: 1 })).map((r) => r.sourceId)).toEqual(['b']);
    expect(await store.pollRuns.prune(T0 + 10)).toBe(1);
    expect(await store.pollRuns.list()).toHaveLength(2);
  });
});
