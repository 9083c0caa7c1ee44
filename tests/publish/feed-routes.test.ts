import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedCache } from '../../src/publish/feed-cache.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { feedRoutes } from '../../src/server/routes/feeds.js';
import { HOUR, T0, makeClusters, makeConfig, makeCopyEvents, makeItems } from '../fixtures/publish/kidal-story.js';
import { createFakeStore } from './fake-store.js';
import { request } from './http-client.js';

const store = createFakeStore(makeClusters(), makeItems(), makeCopyEvents());
const config = makeConfig();
const cache = createFeedCache({ store, config, now: () => T0 + 100 * HOUR });
let server: Listening;

beforeAll(async () => {
  // createApp mounts feedRoutes the same way; a bare app keeps this test to the feed routes.
  const app = new Hono();
  app.route('/', feedRoutes({ config, store, now: () => T0 + 100 * HOUR }, { cache }));
  server = await listen(app, { host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server.close();
  cache.close();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => request(`${server.url}${path}`, { method, headers });

describe('feed routes', () => {
  it.each([
    ['/feed.xml', 'application/rss+xml; charset=utf-8', '<rss version="2.0"'],
    ['/feed.atom', 'application/atom+xml; charset=utf-8', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'],
    ['/feed.json', 'application/feed+json; charset=utf-8', '"version": "https://jsonfeed.org/version/1.1"'],
    ['/copies.xml', 'application/rss+xml; charset=utf-8', 'copies found'],
    ['/copies.atom', 'application/atom+xml; charset=utf-8', 'copies found'],
  ])('GET %s: body, Content-Type, validators and caching headers', async (path, type, marker) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body.toString('utf8')).toContain(marker);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(res.headers['last-modified']).toMatch(/ GMT$/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-length']).toBe(String(res.body.byteLength));
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('answers If-None-Match and If-Modified-Since with 304 from memory, without reading the store or rendering', async () => {
    const first = await get('/feed.xml');
    const calls = { ...store.calls };
    const renders = cache.stats().renders;
    const byTag = await get('/feed.xml', { 'If-None-Match': first.headers.etag as string });
    const byDate = await get('/feed.xml', { 'If-Modified-Since': first.headers['last-modified'] as string });
    for (const res of [byTag, byDate]) {
      expect(res.status).toBe(304);
      expect(res.body.byteLength).toBe(0);
      expect(res.headers.etag).toBe(first.headers.etag);
      expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    }
    expect(store.calls).toEqual(calls);
    expect(cache.stats().renders).toBe(renders);
  });

  it('serves 200 for a stale validator', async () => {
    const res = await get('/feed.atom', { 'If-None-Match': '"stale"', 'If-Modified-Since': 'Mon, 13 Nov 2023 00:00:00 GMT' });
    expect(res.status).toBe(200);
  });

  it('answers HEAD with the GET headers and no body', async () => {
    const full = await get('/feed.json');
    const head = await get('/feed.json', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers['content-length']).toBe(String(full.body.byteLength));
    expect(head.headers.etag).toBe(full.headers.etag);
    expect(head.headers['content-type']).toBe(full.headers['content-type']);
  });

  it('gzips when asked, with its own strong ETag that also revalidates', async () => {
    const plain = await get('/feed.atom');
    const zipped = await get('/feed.atom', { 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.byteLength).toBeLessThan(plain.body.byteLength);
    expect(zipped.headers.etag).toBe(`${(plain.headers.etag as string).slice(0, -1)}-gz"`);
    const again = await get('/feed.atom', { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.etag as string });
    expect(again.status).toBe(304);
  });

  it('renders a changed feed once after store.onChange, then serves it from memory', async () => {
    const old = await get('/feed.xml');
    const clusters = makeClusters();
    clusters.push({ id: 'c-new', originalItemId: 4, reason: 'first-seen', createdAt: T0 + 90 * HOUR, updatedAt: T0 + 90 * HOUR, members: [{ itemId: 4, sourceId: 'wire', title: 't', isOriginal: true, lagSeconds: 0, score: 1, credits: false, joinedAt: T0 + 90 * HOUR }] });
    store.commit({ clusters });
    const renders = cache.stats().renders;
    const fresh = await get('/feed.xml', { 'If-None-Match': old.headers.etag as string });
    expect(fresh.status).toBe(200);
    expect(fresh.body.toString('utf8')).toContain('/cluster/c-new</guid>');
    for (let i = 0; i < 3; i += 1) await get('/feed.xml');
    expect(cache.stats().renders).toBe(renders + 1);
    expect((await get('/feed.xml', { 'If-None-Match': fresh.headers.etag as string })).status).toBe(304);
  });
});
