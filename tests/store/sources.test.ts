import { describe, it, expect } from 'vitest';
import { openTempStore, source } from './temp-store.js';

const T0 = 1_700_000_000_000;

describe('sources.sync', () => {
  it('adds, updates and disables (keeps) sources removed from the config', () => {
    const store = openTempStore();
    expect(store.sources.sync([source('a'), source('b', { role: 'original', language: 'fr' })], T0)).toEqual({
      added: ['a', 'b'],
      updated: [],
      removed: [],
    });
    expect(store.sources.get('b')).toMatchObject({ role: 'original', language: 'fr', enabled: true, consecutiveErrors: 0 });
    const report = store.sources.sync([source('b', { title: 'Renamed', role: 'original', language: 'fr' })], T0 + 1);
    expect(report).toEqual({ added: [], updated: ['b'], removed: ['a'] });
    expect(store.sources.get('a')).toMatchObject({ enabled: false, removedAt: T0 + 1 });
    expect(store.sources.sync([source('b', { title: 'Renamed', role: 'original', language: 'fr' })], T0 + 2)).toEqual({
      added: [],
      updated: [],
      removed: [],
    });
    const back = store.sources.sync([source('a'), source('b', { title: 'Renamed', role: 'original', language: 'fr' })], T0 + 3);
    expect(back.updated).toEqual(['a']);
    expect(store.sources.get('a')).toMatchObject({ enabled: true, removedAt: undefined });
  });

  it('keeps a redirected url across syncs until the operator edits the url', () => {
    const store = openTempStore();
    store.sources.sync([source('a')], T0);
    store.sources.recordSuccess('a', { now: T0, etag: '"v1"', movedTo: 'https://example.org/new.xml' });
    store.sources.sync([source('a')], T0 + 1);
    expect(store.sources.get('a')).toMatchObject({ url: 'https://example.org/new.xml', etag: '"v1"' });
    store.sources.sync([source('a', { url: 'https://elsewhere.example/feed' })], T0 + 2);
    expect(store.sources.get('a')).toMatchObject({ url: 'https://elsewhere.example/feed', etag: undefined });
  });

  it('lets a new source take the url of a removed one', () => {
    const store = openTempStore();
    store.sources.sync([source('a', { url: 'https://x.example/feed' })], T0);
    store.sources.sync([source('b', { url: 'https://x.example/feed' })], T0 + 1);
    expect(store.sources.list().map((s) => [s.id, s.enabled])).toEqual([['a', false], ['b', true]]);
  });

  it('keeps a service-made disable through syncs until the operator enables it', () => {
    const store = openTempStore();
    store.sources.sync([source('a')], T0);
    store.sources.disable('a', 'HTTP 410 Gone');
    store.sources.sync([source('a')], T0 + 1);
    expect(store.sources.get('a')).toMatchObject({ enabled: false, disabledReason: 'HTTP 410 Gone' });
    store.sources.setEnabled('a', true);
    expect(store.sources.get('a')).toMatchObject({ enabled: true, disabledReason: undefined });
    store.sources.sync([source('a', { enabled: false })], T0 + 2);
    expect(store.sources.get('a')?.enabled).toBe(false);
  });
});

describe('sources fetch state', () => {
  it('counts failures and 404s, remembers Retry-After, and resets on success', () => {
    const store = openTempStore();
    store.sources.sync([source('a')], T0);
    store.sources.recordFailure('a', { now: T0, code: 'FETCH_HTTP_404', message: 'HTTP 404' });
    const second = store.sources.recordFailure('a', { now: T0 + 1, code: 'FETCH_HTTP_404', message: 'HTTP 404' });
    expect(second).toMatchObject({ consecutiveErrors: 2, consecutive404s: 2, lastErrorCode: 'FETCH_HTTP_404', lastErrorAt: T0 + 1 });
    const limited = store.sources.recordFailure('a', { now: T0 + 2, code: 'FETCH_RATE_LIMITED', message: 'HTTP 429', retryAfterSeconds: 120, nextDueAt: T0 + 500 });
    expect(limited).toMatchObject({ consecutiveErrors: 3, consecutive404s: 0, retryAfterUntil: T0 + 2 + 120_000, nextDueAt: T0 + 500 });
    const ok = store.sources.recordSuccess('a', { now: T0 + 3, etag: '"e"', lastModified: 'Tue, 28 Nov 2023 10:00:00 GMT', ttlMinutes: 60, maxAgeSeconds: 300 });
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
    store.sources.setNextDueAt('a', T0 + 9);
    expect(store.sources.get('a')?.nextDueAt).toBe(T0 + 9);
  });
});

describe('pollRuns', () => {
  it('records runs and lists the latest per source', () => {
    const store = openTempStore();
    store.sources.sync([source('a'), source('b')], T0);
    const base = { itemsSeen: 3, itemsNew: 1, itemsOffTopic: 2, bytes: 100 };
    store.pollRuns.record({ ...base, sourceId: 'a', startedAt: T0, finishedAt: T0 + 5, outcome: 'new', status: 200 });
    store.pollRuns.record({ ...base, sourceId: 'a', startedAt: T0 + 10, finishedAt: T0 + 15, outcome: 'failed', errorCode: 'FETCH_TIMEOUT', errorMessage: 'timed out' });
    store.pollRuns.record({ ...base, sourceId: 'b', startedAt: T0 + 20, finishedAt: T0 + 25, outcome: 'unchanged', status: 304 });
    const latest = store.pollRuns.latestBySource();
    expect(latest.get('a')).toMatchObject({ outcome: 'failed', errorCode: 'FETCH_TIMEOUT', status: undefined });
    expect(latest.get('b')).toMatchObject({ outcome: 'unchanged', status: 304 });
    expect(store.pollRuns.list({ sourceId: 'a' }).map((r) => r.outcome)).toEqual(['failed', 'new']);
    expect(store.pollRuns.list({ since: T0 + 10, limit: 1 }).map((r) => r.sourceId)).toEqual(['b']);
    expect(store.pollRuns.prune(T0 + 10)).toBe(1);
  });
});
