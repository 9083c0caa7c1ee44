import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, it, expect } from 'vitest';
import { hashText, isOwnFeed, pollAll, pollSource, type DetectCopies } from '../../src/pipeline.js';
import type { SqliteStore } from '../../src/store/index.js';
import { makeConfig, makeStore, onCleanup, serveFixtures } from './harness.js';

const T0 = Date.parse('2023-11-14T14:00:00Z');
const clock = () => T0;

describe('pollAll', () => {
  it('stores on-topic items per source, counts off-topic ones, records failures without stopping the others', async () => {
    const { server } = await serveFixtures();
    const config = makeConfig({
      wire: `${server.url}/wire.xml`,
      copier: `${server.url}/copier.xml`,
      gone: `${server.url}/missing.xml`,
      html: `${server.url}/not-a-feed.html`,
    });
    const store = await makeStore(config, T0);
    const outcomes = await pollAll({ store, config, now: clock }, { detect: false });
    expect(outcomes.map((o) => [o.sourceId, o.outcome, o.newItems, o.seen, o.offTopic, o.code])).toEqual([
      ['wire', 'new', 2, 3, 1, undefined],
      ['copier', 'new', 1, 1, 0, undefined],
      ['gone', 'failed', 0, 0, 0, 'FETCH_HTTP_404'],
      ['html', 'failed', 0, 0, 0, 'PARSE_NOT_A_FEED'],
    ]);
    expect(outcomes.reduce((sum, o) => sum + o.exactDuplicates, 0)).toBe(1);
    expect((await store.items.list({ sourceId: 'wire' })).map((i) => i.title)).toEqual([
      'Rebels say they left Kidal to spare civilians',
      'Malian army enters Kidal',
    ]);
    const copy = (await store.items.list({ sourceId: 'copier' }))[0];
    expect(copy.link).toBe('https://copier.example/news/malian-army-enters-kidal');
    expect((await store.items.exactDuplicateOf(copy.id))?.reason).toBe('same-text');
    expect(copy.textHash).toBe(hashText(copy.text));
    expect(await store.sources.get('wire')).toMatchObject({ ttlMinutes: 45, lastSuccessAt: T0, consecutiveErrors: 0 });
    expect((await store.sources.get('wire'))?.etag).toMatch(/^".+"$/);
    expect(await store.sources.get('gone')).toMatchObject({ consecutiveErrors: 1, consecutive404s: 1, lastErrorCode: 'FETCH_HTTP_404' });
    expect((await store.sources.get('html'))?.lastErrorCode).toBe('PARSE_NOT_A_FEED');
    const runs = await store.pollRuns.latestBySource();
    expect(runs.get('wire')).toMatchObject({ outcome: 'new', status: 200, itemsSeen: 3, itemsNew: 2, itemsOffTopic: 1 });
    expect(runs.get('html')).toMatchObject({ outcome: 'failed', errorCode: 'PARSE_NOT_A_FEED' });
  });

  it('answers the second cycle from 304s, then sees an edited item as updated', async () => {
    const { dir, server } = await serveFixtures();
    const config = makeConfig({ wire: `${server.url}/wire.xml`, copier: `${server.url}/copier.xml` });
    const store = await makeStore(config, T0);
    await pollAll({ store, config, now: clock }, { detect: false });
    const second = await pollAll({ store, config, now: () => T0 + 60_000 }, { detect: false });
    expect(second.map((o) => [o.outcome, o.status, o.newItems])).toEqual([['unchanged', 304, 0], ['unchanged', 304, 0]]);
    expect((await store.pollRuns.latestBySource()).get('wire')).toMatchObject({ outcome: 'unchanged', status: 304 });
    const file = path.join(dir, 'wire.xml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Malian army enters Kidal', 'Malian army enters Kidal, officials say'));
    const third = await pollAll({ store, config, now: () => T0 + 120_000 }, { sourceIds: ['wire'], detect: false });
    expect(third).toMatchObject([{ sourceId: 'wire', outcome: 'unchanged', newItems: 0, updatedItems: 1, status: 200 }]);
    expect(await store.items.count({ sourceId: 'wire' })).toBe(2);
  });

  it('skips disabled sources unless asked for by id, and notifies change listeners after storing', async () => {
    const { server } = await serveFixtures();
    const config = makeConfig({ wire: `${server.url}/wire.xml`, copier: `${server.url}/copier.xml` });
    const store = await makeStore(config, T0);
    await store.sources.setEnabled('copier', false);
    let changes = 0;
    store.onChange(() => (changes += 1));
    const quiet = await pollAll({ store, config: makeConfig({ wire: `${server.url}/wire.xml` }), now: clock }, { detect: false });
    expect(quiet.map((o) => o.sourceId)).toEqual(['wire']);
    expect(changes).toBe(1);
    const asked = await pollAll({ store, config, now: clock }, { sourceIds: ['copier'], detect: false });
    expect(asked.map((o) => [o.sourceId, o.outcome])).toEqual([['copier', 'new']]);
    expect(changes).toBe(2);
  });

  it('keeps at most config.fetch.concurrency polls in flight', async () => {
    let active = 0;
    let peak = 0;
    const server = http.createServer((_req, res) => {
      active += 1;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active -= 1;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>x</title></channel></rss>');
      }, 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onCleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const sources = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`s${i}`, `${base}/f${i}.xml`]));
    const config = makeConfig(sources, 'fetch: { concurrency: 3 }\n');
    const store = await makeStore(config, T0);
    const outcomes = await pollAll({ store, config, now: clock }, { detect: false });
    expect(outcomes.every((o) => o.outcome === 'unchanged')).toBe(true);
    expect(peak).toBe(3);
  });
});

describe('pollSource', () => {
  it('shares one poll between two simultaneous calls for the same source', async () => {
    const { server } = await serveFixtures();
    const config = makeConfig({ wire: `${server.url}/wire.xml` });
    const store = await makeStore(config, T0);
    const source = (await store.sources.get('wire'))!;
    const [a, b] = await Promise.all([pollSource({ store, config, now: clock }, source, { detect: false }), pollSource({ store, config, now: clock }, source, { detect: false })]);
    expect(a).toBe(b);
    expect(await store.pollRuns.list({ sourceId: 'wire' })).toHaveLength(1);
  });

  it('refuses this instance\'s own published feed without fetching it', async () => {
    const config = makeConfig({ loop: 'http://localhost:8080/feed.xml' });
    const store = await makeStore(config, T0);
    const outcome = await pollSource({ store, config, now: clock }, (await store.sources.get('loop'))!);
    expect(outcome).toMatchObject({ outcome: 'failed', code: 'SELF_FEED_REFUSED' });
    expect((await store.sources.get('loop'))?.lastErrorCode).toBe('SELF_FEED_REFUSED');
  });

  it.each([
    [301, true],
    [302, false],
  ])('after a %i redirect, stores the new url: %s', async (status, moved) => {
    const { server: files } = await serveFixtures();
    const redirector = http.createServer((_req, res) => res.writeHead(status, { location: `${files.url}/wire.xml` }).end());
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    onCleanup(() => new Promise<void>((resolve) => redirector.close(() => resolve())));
    const oldUrl = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/old.xml`;
    const config = makeConfig({ wire: oldUrl });
    const store = await makeStore(config, T0);
    const outcome = await pollSource({ store, config, now: clock }, (await store.sources.get('wire'))!, { detect: false });
    expect(outcome.newItems).toBe(2);
    expect((await store.sources.get('wire'))?.url).toBe(moved ? `${files.url}/wire.xml` : oldUrl);
  });

  it('remembers Retry-After from a 429', async () => {
    const limiter = http.createServer((_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'));
    await new Promise<void>((resolve) => limiter.listen(0, '127.0.0.1', resolve));
    onCleanup(() => new Promise<void>((resolve) => limiter.close(() => resolve())));
    const config = makeConfig({ busy: `http://127.0.0.1:${(limiter.address() as AddressInfo).port}/feed.xml` });
    const store = await makeStore(config, T0);
    const outcome = await pollSource({ store, config, now: clock }, (await store.sources.get('busy'))!);
    expect(outcome).toMatchObject({ outcome: 'failed', code: expect.stringMatching(/^FETCH_(HTTP_429|RATE_LIMITED)$/), retryAfterSeconds: 120 });
    expect((await store.sources.get('busy'))?.retryAfterUntil).toBe(T0 + 120_000);
    const later = await pollAll({ store, config, now: () => T0 + 60_000 });
    expect(later).toMatchObject([{ sourceId: 'busy', outcome: 'unchanged', skipped: 'retry-after' }]);
    expect(later[0].message).toBe('not polled: the publisher asked to wait until 2023-11-14T14:02:00.000Z (Retry-After)');
    expect(await store.pollRuns.list({ sourceId: 'busy' })).toHaveLength(1);
    const asked = await pollAll({ store, config, now: () => T0 + 60_000 }, { sourceIds: ['busy'] });
    expect(asked[0].outcome).toBe('failed');
  });
});

describe('copy detection step', () => {
  it('clusters a copy under its original with the real detector, one change signal per source', async () => {
    const { server } = await serveFixtures();
    const config = makeConfig({ wire: `${server.url}/wire.xml`, copier: `${server.url}/copier.xml` });
    const store = await makeStore(config, T0);
    let changes = 0;
    store.onChange(() => (changes += 1));
    const outcomes = await pollAll({ store, config, now: clock });
    expect(outcomes.map((o) => o.dedupError)).toEqual([undefined, undefined]);
    expect(changes).toBe(2);
    const clusters = await store.clusters.list({ minSize: 2 });
    expect(clusters).toHaveLength(1);
    const original = await store.items.get(clusters[0].originalItemId);
    expect(original).toMatchObject({ sourceId: 'wire', title: 'Malian army enters Kidal' });
    expect(clusters[0].members.map((m) => [m.sourceId, m.isOriginal])).toEqual([['wire', true], ['copier', false]]);
    expect(clusters[0].members[1].lagSeconds).toBe(75 * 60);
  });

  it('runs the detector on the new item ids inside the source\'s transaction and reports copies', async () => {
    const { server } = await serveFixtures();
    const config = makeConfig({ wire: `${server.url}/wire.xml`, copier: `${server.url}/copier.xml` });
    const store = await makeStore(config, T0);
    const calls: Array<{ ids: number[]; inTransaction: boolean; roles: string[]; now: number }> = [];
    const detector: DetectCopies = async (s, ids, settings, context) => {
      expect(settings).toBe(config.dedup);
      calls.push({ ids, inTransaction: (s as SqliteStore).db.inTransaction, roles: [...context.roles].map(([id, role]) => `${id}:${role}`), now: context.now });
      return { copies: ids.length === 1 ? { verbatim: 1 } : {} };
    };
    const outcomes = await pollAll({ store, config, now: clock }, { detector });
    const bySource = async (id: string) => (await store.items.list({ sourceId: id })).map((i) => i.id).sort((a, b) => a - b);
    // The two sources are polled at once: compare the calls whatever order they finished in.
    expect([...calls].sort((a, b) => b.ids.length - a.ids.length)).toEqual([
      { ids: await bySource('wire'), inTransaction: true, roles: ['wire:original', 'copier:copier'], now: T0 },
      { ids: await bySource('copier'), inTransaction: true, roles: ['wire:original', 'copier:copier'], now: T0 },
    ]);
    expect(outcomes[1].copies).toEqual({ verbatim: 1 });
    await pollAll({ store, config, now: clock }, { detector });
    expect(calls).toHaveLength(2);
  });

  it('keeps the items when the detector fails, and says so', async () => {
    const { server } = await serveFixtures();
    const config = makeConfig({ wire: `${server.url}/wire.xml` });
    const store = await makeStore(config, T0);
    const detector: DetectCopies = async (s) => {
      (s as SqliteStore).db.prepare("UPDATE sources SET title = 'changed by a failing detector'").run();
      throw new Error('signature parameters differ');
    };
    const [outcome] = await pollAll({ store, config, now: clock }, { detector });
    expect(outcome).toMatchObject({ outcome: 'new', newItems: 2, dedupError: 'signature parameters differ' });
    expect(await store.items.count()).toBe(2);
    expect((await store.sources.get('wire'))?.title).toBe('wire');
  });
});

describe('isOwnFeed', () => {
  const server = { host: '127.0.0.1', port: 8080, baseUrl: 'https://news.example.org/kidal' };
  it.each([
    ['https://news.example.org/kidal/feed.xml', true],
    ['https://news.example.org/kidal/copies.atom', true],
    ['https://NEWS.example.org:443/kidal/feed.json', true],
    ['http://localhost:8080/feed.atom', true],
    ['http://127.0.0.1:8080/copies.xml', true],
    ['https://news.example.org/kidal/report', false],
    ['https://news.example.org/other/feed.xml', false],
    ['http://127.0.0.1:8081/feed.xml', false],
    ['https://www.rfi.fr/fr/afrique/rss', false],
    ['not a url', false],
  ])('%s → %s', (url, own) => {
    expect(isOwnFeed(url, server)).toBe(own);
  });
});
