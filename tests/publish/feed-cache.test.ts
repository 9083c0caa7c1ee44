import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFeedCache } from '../../src/publish/feed-cache.js';
import { HOUR, T0, makeClusters, makeConfig, makeCopyEvents, makeItems } from '../fixtures/publish/kidal-story.js';
import { createFakeStore } from './fake-store.js';

function setup() {
  const store = createFakeStore(makeClusters(), makeItems(), makeCopyEvents());
  let now = T0 + 100 * HOUR;
  const cache = createFeedCache({ store, config: makeConfig(), now: () => now });
  return { store, cache, setNow: (t: number) => (now = t) };
}

describe('createFeedCache', () => {
  it('renders lazily, once per format, sharing one model build and one store read per feed', async () => {
    const { store, cache } = setup();
    expect(cache.stats()).toMatchObject({ modelBuilds: 0, renders: 0 });
    const first = await cache.get('feed', 'rss');
    for (let i = 0; i < 5; i += 1) expect(await cache.get('feed', 'rss')).toBe(first);
    await cache.get('feed', 'atom');
    await cache.get('feed', 'json');
    expect(cache.stats()).toMatchObject({ modelBuilds: 1, renders: 3 });
    expect(store.calls).toEqual({ list: 1, copyEvents: 0, getMany: 1 });
    await cache.get('copies', 'rss');
    expect(store.calls).toEqual({ list: 1, copyEvents: 1, getMany: 2 });
  });

  it('keeps validators with the body: strong ETag, Last-Modified = newest entry update', async () => {
    const { cache } = setup();
    const rendered = await cache.get('feed', 'atom');
    expect(rendered.contentType).toBe('application/atom+xml; charset=utf-8');
    expect(rendered.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(rendered.lastModified).toBe(T0 + 30 * HOUR);
  });

  it('compresses once, on demand', async () => {
    const { cache } = setup();
    const rendered = await cache.get('feed', 'rss');
    expect(cache.stats().gzips).toBe(0);
    const gz = rendered.gzipped();
    expect(rendered.gzipped()).toBe(gz);
    expect(gunzipSync(gz.body).equals(rendered.body)).toBe(true);
    expect(gz.etag).toBe(`${rendered.etag.slice(0, -1)}-gz"`);
    expect(cache.stats().gzips).toBe(1);
  });

  it('re-renders after store.onChange, once, and only when asked', async () => {
    const { store, cache } = setup();
    const before = await cache.get('feed', 'rss');
    const clusters = makeClusters();
    clusters[1].updatedAt = T0 + 60 * HOUR;
    clusters[1].members.push({ itemId: 3, sourceId: 'bamako-news', title: 'x', kind: 'rewrite', isOriginal: false, lagSeconds: 3600, score: 0.6, credits: true, joinedAt: T0 + 60 * HOUR });
    store.commit({ clusters });
    store.commit({ clusters });
    expect(cache.stats()).toMatchObject({ invalidations: 2, renders: 1 });
    const after = await cache.get('feed', 'rss');
    await cache.get('feed', 'rss');
    expect(cache.stats()).toMatchObject({ renders: 2, modelBuilds: 2 });
    expect(after.etag).not.toBe(before.etag);
    expect(after.lastModified).toBe(T0 + 60 * HOUR);
  });

  it('keeps the previous rendering (same ETag and Last-Modified) when a change leaves the body identical', async () => {
    const { store, cache } = setup();
    const before = await cache.get('feed', 'json');
    store.commit({});
    expect(await cache.get('feed', 'json')).toBe(before);
  });

  it('moves Last-Modified forward when the body changes but no entry got newer', async () => {
    const { store, cache, setNow } = setup();
    const before = await cache.get('feed', 'rss');
    const items = makeItems();
    items[3].title = 'Malian troops enter Kidal (corrected)';
    setNow(T0 + 200 * HOUR + 234);
    store.commit({ items });
    const after = await cache.get('feed', 'rss');
    expect(after.etag).not.toBe(before.etag);
    expect(after.lastModified).toBe(T0 + 200 * HOUR);
  });

  it('stops listening when closed', () => {
    const { store, cache } = setup();
    expect(store.listenerCount()).toBe(1);
    cache.close();
    expect(store.listenerCount()).toBe(0);
  });

  it('lets an abandoned cache (an app rebuilt on config reload) be collected and unsubscribe itself', async () => {
    const script = `
      const { createFeedCache } = await import('./src/publish/feed-cache.ts');
      const { createFakeStore } = await import('./tests/publish/fake-store.ts');
      const { makeConfig } = await import('./tests/fixtures/publish/kidal-story.ts');
      const store = createFakeStore([], [], []);
      await (async () => { await createFeedCache({ store, config: makeConfig(), now: () => 0 }).get('feed', 'rss'); })();
      const before = store.listenerCount();
      await new Promise((resolve) => setTimeout(resolve, 10));
      globalThis.gc();
      store.commit({});
      console.log(JSON.stringify([before, store.listenerCount()]));`;
    const cwd = path.resolve(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { cwd });
    expect(JSON.parse(stdout)).toEqual([1, 0]);
  });
});
