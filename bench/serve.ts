// Serve benchmark: requests/s over loopback for a full /feed.xml (50 entries, identity and gzip) and for the
// 304 path, and what one re-render costs after a change (a copy stored and detected in a real SQLite store).
// The server runs in a child process so the load loop (node:http, keep-alive Agent) has its own event loop.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/model.js';
import { buildMergedFeed, renderRss, type FeedCache, type FeedStoreReader } from '../src/publish/index.js';

const CHILD_FLAG = '--serve-bench-child';
const DURATION_MS = 3_000;
const WARMUP_MS = 500;
const CONCURRENCY = 16;

type LoadResult = { requests: number; seconds: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; bytesPerResponse: number; statuses: Record<string, number> };

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function hit(agent: http.Agent, url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
    });
    req.on('error', reject);
  });
}

async function load(url: string, headers: Record<string, string>): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const warmEnd = performance.now() + WARMUP_MS;
  while (performance.now() < warmEnd) await hit(agent, url, headers);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const start = performance.now();
  const end = start + DURATION_MS;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const res = await hit(agent, url, headers);
      latencies.push(performance.now() - t0);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      bytes += res.bytes;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    seconds: round(seconds),
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    bytesPerResponse: Math.round(bytes / Math.max(1, latencies.length)),
    statuses,
  };
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string; data: T }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message.data);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

/** Runs the benchmark and returns its numbers (bench/run-all.ts writes them to bench/results/serve.json). */
export async function runServeBench(): Promise<Record<string, unknown>> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { url, entries, copies } = await ask<{ url: string; entries: number; copies: number }>(child, 'ready');
    const first = await new Promise<http.IncomingMessage>((resolve) => http.get(`${url}/feed.xml`, resolve));
    first.resume();
    const etag = String(first.headers.etag);
    const full = await load(`${url}/feed.xml`, {});
    const fullGzip = await load(`${url}/feed.xml`, { 'Accept-Encoding': 'gzip' });
    const statsBefore304 = await ask<Record<string, number>>(child, 'stats');
    const notModified = await load(`${url}/feed.xml`, { 'If-None-Match': etag });
    const statsAfter304 = await ask<Record<string, number>>(child, 'stats');
    const rerender = await ask<Record<string, number>>(child, 'rerender');
    return {
      setup: { entries, copiesListed: copies, concurrency: CONCURRENCY, durationMs: DURATION_MS, client: 'node:http keep-alive Agent, server in a child process', store: 'SQLite (temp file), clusters from the real dedup' },
      fullFeedXml: full,
      fullFeedXmlGzip: fullGzip,
      notModified304: notModified,
      workDuringLoad: {
        rendersForAllFullRequests: statsBefore304.renders,
        storeReadsDuring304Load: statsAfter304.storeReads - statsBefore304.storeReads,
        rendersDuring304Load: statsAfter304.renders - statsBefore304.renders,
      },
      rerenderAfterChange: rerender,
    };
  } finally {
    // The child removes its temp database on 'close'; kill it only if it does not exit by itself.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send({ type: 'close' });
    const timer = setTimeout(() => child.kill(), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

async function runChild(): Promise<void> {
  const { Hono } = await import('hono');
  const { listen } = await import('../src/server/listen.js');
  const { feedRoutes } = await import('../src/server/routes/feeds.js');
  const { createFeedCache } = await import('../src/publish/feed-cache.js');
  const story = await createBenchStory({ stories: 60, seed: 20231114 });
  const cache = createFeedCache({ store: story.store, config: story.config, now: () => story.now });
  const app = new Hono();
  app.route('/', feedRoutes({ config: story.config, store: story.store, now: () => story.now }, { cache }));
  const server = await listen(app, { host: '127.0.0.1', port: 0 });
  const stats = () => ({ ...cache.stats(), storeReads: story.reads() });
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'ready') {
      const model = await buildMergedFeed(story.store, story.config, { now: story.now });
      const copies = model.entries.reduce((n, e) => n + e.related.length, 0);
      process.send?.({ type: 'ready', data: { url: server.url, entries: model.entries.length, copies } });
    }
    if (message.type === 'stats') process.send?.({ type: 'stats', data: stats() });
    if (message.type === 'rerender') process.send?.({ type: 'rerender', data: await measureRerender(story, cache) });
    if (message.type === 'close') {
      await server.close();
      await story.close();
      process.exit(0);
    }
  });
}

async function measureRerender(story: BenchStory, cache: FeedCache): Promise<Record<string, number>> {
  const runs = 30;
  const timings: Record<string, number[]> = { rss: [], atom: [], json: [], gzipRss: [], model: [], rssOnly: [] };
  for (let i = 0; i < runs; i += 1) {
    await story.addCopy(i);
    let t0 = performance.now();
    const model = await buildMergedFeed(story.store, story.config, { now: story.now });
    timings.model.push(performance.now() - t0);
    t0 = performance.now();
    renderRss(model);
    timings.rssOnly.push(performance.now() - t0);
    t0 = performance.now();
    const rss = await cache.get('feed', 'rss');
    timings.rss.push(performance.now() - t0);
    t0 = performance.now();
    rss.gzipped();
    timings.gzipRss.push(performance.now() - t0);
    t0 = performance.now();
    await cache.get('feed', 'atom');
    timings.atom.push(performance.now() - t0);
    t0 = performance.now();
    await cache.get('feed', 'json');
    timings.json.push(performance.now() - t0);
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] * 1000) / 1000;
  return {
    runs,
    modelBuildMs: median(timings.model),
    rssRenderOnlyMs: median(timings.rssOnly),
    firstFormatMsIncludingModelBuild: median(timings.rss),
    gzipMs: median(timings.gzipRss),
    atomMsSharedModel: median(timings.atom),
    jsonMsSharedModel: median(timings.json),
    rssBytes: (await cache.get('feed', 'rss')).body.byteLength,
  };
}

const SYLLABLES = 'ka di la ma li to ru se na bo ke gu ta mi sa fa no ze ri do'.split(' ');

/** The story in a real SQLite store (temp file), clusters made by the real dedup; reads counted. */
interface BenchStory {
  store: FeedStoreReader;
  config: Config;
  now: number;
  reads(): number;
  /** Stores one more copy of story `i` and runs detection on it, like a poll that finds a copy. */
  addCopy(i: number): Promise<void>;
  close(): Promise<void>;
}

async function createBenchStory(options: { stories: number; seed: number }): Promise<BenchStory> {
  const { openStore } = await import('../src/store/index.js');
  const { detectCopies } = await import('../src/dedup/index.js');
  const { hashText } = await import('../src/pipeline.js');
  const { loadConfig } = await import('../src/config/index.js');
  let state = options.seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = () => SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick() + pick() + (random() < 0.5 ? pick() : '')).join(' ');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-bench-serve-'));
  const sources = Array.from({ length: 12 }, (_, i) => `  - { id: s${i}, url: "https://source${i}.example/feed.xml", title: "Source ${i}", role: ${i < 4 ? 'original' : 'copier'} }`);
  const config = loadConfig({ text: ['topic: { name: Kidal, strong: [Kidal], include: {}, minMatches: 1 }', 'sources:', ...sources, `database: { path: "${path.join(dir, 'bench.db')}" }`, 'server: { baseUrl: "https://feeds.example.org/kidal" }'].join('\n') });
  const store = await openStore(config.database.path);
  let now = Date.UTC(2023, 10, 14, 12);
  await store.sources.sync(config.sources, now);
  const roles = new Map(config.sources.map((s) => [s.id, s.role]));
  const texts: string[] = [];
  let serial = 0;
  const save = async (sourceId: string, text: string, html: string, at: number): Promise<void> => {
    serial += 1;
    const item = { identity: `bench-${serial}`, guid: `bench-${serial}`, link: `https://${sourceId}.example/story/${serial}`, title: `Kidal ${words(8)}`, publishedAt: at, contentHtml: html, text, categories: ['Mali'], textHash: hashText(text) };
    const { newIds } = await store.items.saveBatch(sourceId, [item], at);
    await detectCopies(store, newIds, config.dedup, { now: at, roles });
  };
  for (let c = 0; c < options.stories; c += 1) {
    const paragraphs = Array.from({ length: 8 }, () => `Kidal ${words(70)}.`);
    texts.push(paragraphs.join('\n\n'));
    const html = `${paragraphs.map((p) => `<p>${p} <a href="/more/${c}">more</a></p>`).join('')}<img src="/img/${c}.jpg" alt="x">`;
    now += 600_000;
    await save(`s${c % 4}`, texts[c], html, now);
    for (let k = 1; k <= Math.floor(random() * 5); k += 1) await save(`s${4 + k}`, `${texts[c]}\n\nSubscribe to Source ${4 + k}.`, html, now + k * 5_400_000);
  }
  let reads = 0;
  const counted: FeedStoreReader = {
    clusters: { list: (o) => (reads++, store.clusters.list(o)), copyEvents: (o) => (reads++, store.clusters.copyEvents(o)) },
    items: { getMany: (ids) => (reads++, store.items.getMany(ids)) },
    onChange: (listener) => store.onChange(listener),
  };
  return {
    store: counted,
    config,
    get now() {
      return now;
    },
    reads: () => reads,
    async addCopy(i) {
      now += 60_000;
      await save('s11', `${texts[i % texts.length]}\n\nRead more on Source 11.`, `<p>${texts[i % texts.length]}</p>`, now);
    },
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv.includes(CHILD_FLAG)) await runChild();
