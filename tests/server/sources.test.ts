import { describe, it, expect } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { prefersJson } from '../../src/server/routes/sources.js';
import { buildSourceViews, classifySource, describeOffset, type SourceView } from '../../src/server/sources-view.js';
import type { SourceRecord } from '../../src/model.js';
import { fixedScheduler, makeConfig, openTestStore, sourceConfig, T0 } from './helpers.js';

const SOURCES = [
  sourceConfig('good', { title: 'Good <b>wire</b>' }),
  sourceConfig('broken'),
  sourceConfig('gone'),
  sourceConfig('self', { url: 'http://127.0.0.1:8080/feed.xml' }),
  sourceConfig('fresh'),
  sourceConfig('off', { enabled: false }),
];

async function storeWithHistory() {
  const { store } = await openTestStore(SOURCES);
  await store.sources.recordSuccess('good', { now: T0 - 5000 });
  await store.sources.setNextDueAt('good', T0 + 30 * 60_000);
  for (let i = 0; i < 3; i++) await store.sources.recordFailure('broken', { now: T0 - 1000, code: 'PARSE_NOT_A_FEED', message: 'an HTML page, not a feed' });
  await store.sources.recordFailure('gone', { now: T0, code: 'FETCH_HTTP_410', message: 'Gone' });
  await store.sources.disable('gone', 'HTTP 410 Gone at 2023-11-14T12:00:00.000Z');
  await store.sources.recordFailure('self', { now: T0, code: 'SELF_FEED_REFUSED', message: 'this is our own merged feed' });
  return store;
}

describe('GET /sources', () => {
  it('renders an HTML table with health, last error, errors in a row, next poll and disable reason', async () => {
    const store = await storeWithHistory();
    const app = createApp({ config: makeConfig(SOURCES), store, now: () => T0, scheduler: fixedScheduler({ inFlight: ['fresh'] }) });
    const res = await app.request('/sources');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('Good &#60;b&#62;wire&#60;/b&#62;');
    expect(html).not.toContain('<b>wire</b>');
    expect(html).toMatch(/<tr id="source-broken">[\s\S]*?<td class="failing">failing<\/td>[\s\S]*?PARSE_NOT_A_FEED<\/code> an HTML page, not a feed[\s\S]*?<td>3<\/td>/);
    expect(html).toMatch(/<tr id="source-gone">[\s\S]*?disabled: HTTP 410 Gone/);
    expect(html).toMatch(/<tr id="source-self">[\s\S]*?SELF_FEED_REFUSED/);
    expect(html).toMatch(/<tr id="source-good">[\s\S]*?<td class="ok">ok<\/td>[\s\S]*?5 s ago[\s\S]*?<time datetime="2023-11-14T12:30:00.000Z"[^>]*>2023-11-14 12:30 UTC<\/time><br><small>in 30 min<\/small>/);
    expect(html).toMatch(/<tr id="source-fresh">[\s\S]*?polling now/);
    expect(html).toMatch(/<tr id="source-off">[\s\S]*?turned off in the config/);
  });

  it.each([
    ['/sources.json', undefined],
    ['/sources', 'application/json'],
    ['/sources', 'application/json, text/html;q=0.5'],
  ])('answers JSON at %s with Accept %s', async (url, accept) => {
    const store = await storeWithHistory();
    const app = createApp({ config: makeConfig(SOURCES), store, now: () => T0 });
    const res = await app.request(url, { headers: accept ? { Accept: accept } : {} });
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { sources: SourceView[] };
    const byId = Object.fromEntries(body.sources.map((s) => [s.id, s]));
    expect(Object.keys(byId)).toEqual(['good', 'broken', 'gone', 'self', 'fresh', 'off']);
    expect(byId.broken).toMatchObject({ health: 'failing', consecutiveErrors: 3, lastError: { code: 'PARSE_NOT_A_FEED', message: 'an HTML page, not a feed' } });
    expect(byId.gone).toMatchObject({ health: 'disabled', disabledReason: expect.stringMatching(/410 Gone/) });
    expect(byId.gone.nextPollAt).toBeUndefined();
    expect(byId.self).toMatchObject({ health: 'warning', lastError: { code: 'SELF_FEED_REFUSED' } });
    expect(byId.good).toMatchObject({ health: 'ok', nextPollAt: '2023-11-14T12:30:00.000Z', lastSuccessAt: '2023-11-14T11:59:55.000Z' });
    expect(byId.fresh).toMatchObject({ health: 'pending', nextPollAt: 'next cycle' });
  });

  it('lists sources removed from the config last', async () => {
    const store = await storeWithHistory();
    await store.sources.sync([sourceConfig('fresh'), sourceConfig('good', { title: 'Good <b>wire</b>' })], T0 + 1);
    const views = buildSourceViews(await store.sources.list(), [], ['fresh', 'good']);
    expect(views.map((v) => [v.id, v.health])).toEqual([
      ['fresh', 'pending'], ['good', 'ok'],
      ['broken', 'removed'], ['gone', 'removed'], ['off', 'removed'], ['self', 'removed'],
    ]);
  });
});

describe('classifySource', () => {
  const base: SourceRecord = { id: 'x', url: 'http://x/', title: 'X', role: 'unknown', enabled: true, consecutiveErrors: 0, consecutive404s: 0 };
  it.each<[string, Partial<SourceRecord>, string]>([
    ['never polled', {}, 'pending'],
    ['polled fine', { lastPolledAt: T0 }, 'ok'],
    ['one error', { lastPolledAt: T0, consecutiveErrors: 1 }, 'warning'],
    ['three errors', { lastPolledAt: T0, consecutiveErrors: 3 }, 'failing'],
    ['disabled by the service', { enabled: false, disabledReason: '410' }, 'disabled'],
    ['off in config', { enabled: false }, 'off'],
    ['removed', { removedAt: T0, enabled: false }, 'removed'],
  ])('%s → %s', (_name, extra, health) => {
    expect(classifySource({ ...base, ...extra })).toBe(health);
  });
});

describe('prefersJson', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['*/*', false],
    ['text/html', false],
    ['application/json', true],
    ['text/html, application/json', false],
    ['text/html;q=0.9, application/json', true],
    ['application/json;q=0', false],
    ['APPLICATION/JSON', true],
  ])('%s → %s', (accept, expected) => {
    expect(prefersJson(accept)).toBe(expected);
  });
});

describe('describeOffset', () => {
  it.each<[number, string]>([
    [0, 'now'],
    [-40_000, '40 s ago'],
    [5 * 60_000, 'in 5 min'],
    [-(2 * 3_600_000 + 5 * 60_000), '2 h 5 min ago'],
    [3 * 86_400_000 + 3_600_000 + 60_000, 'in 3 d 1 h'],
  ])('%i ms → %s', (ms, text) => {
    expect(describeOffset(ms)).toBe(text);
  });
});
