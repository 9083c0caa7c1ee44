// Scale benchmark (issue 8): 2,000 loopback feeds polled in one cycle by one process on SQLite, then by a pg-boss
// worker pool of 1, 2 and 4 `feedfold worker` processes on Postgres; then a second cycle where every feed answers
// 304. Copy detection is on: about 10% of the items are copies of earlier ones.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/index.js';
import { serveDirectory } from '../src/demo/serve-directory.js';
import type { Config } from '../src/model.js';
import { createSyntheticNews } from '../eval/synthetic.js';
import { pollAll } from '../src/pipeline.js';
import { openQueue } from '../src/queue/boss.js';
import { Dispatcher } from '../src/queue/dispatcher.js';
import { createSchedulerSources } from '../src/service/scheduler-sources.js';
import { openStore, type Store } from '../src/store/index.js';
import { startThrowawayPostgres } from './postgres.js';

const FEEDS = Number(process.env.FEEDFOLD_BENCH_FEEDS ?? 2_000);
const ITEMS = 3;
const WORKERS = (process.env.FEEDFOLD_BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const T0 = Date.parse('2023-11-14T08:00:00Z');
const BIN = fileURLToPath(new URL('../bin/feedfold.js', import.meta.url));

// ~400-word generated articles (eval/synthetic.ts: Zipf vocabulary, story words, 10% copies of recent articles:
// verbatim, padded, trimmed, edited), three per feed, each titled so the Kidal topic keeps it.
function renderFeeds(): string[] {
  const news = createSyntheticNews(8, { words: 400 });
  const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return Array.from({ length: FEEDS }, (_, feed) => {
    const items = Array.from({ length: ITEMS }, (_, item) => {
      const article = news.next();
      const published = new Date(T0 + article.index * 60_000).toUTCString();
      const body = article.text.split('\n\n').map((p) => escape(`<p>${escape(p)}</p>`)).join('');
      return `<item><title>Kidal: ${escape(article.title)}</title><link>https://outlet${feed}.example/news/${item}</link>` +
        `<guid isPermaLink="false">o${feed}-i${item}</guid><pubDate>${published}</pubDate><description>${body}</description></item>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Outlet ${feed}</title>` +
      `<link>https://outlet${feed}.example/</link><description>Scale bench feed ${feed}</description>${items.join('')}</channel></rss>\n`;
  });
}

interface CycleNumbers {
  fullCycleMs: number;
  itemsStored: number;
  itemsPerSecond: number;
  notModifiedCycleMs: number;
  clusters: number;
  failedSources: number;
}

/** Runs the benchmark and returns its numbers. */
export async function runScaleBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-bench-scale-'));
  const feedsDir = path.join(dir, 'feeds');
  fs.mkdirSync(feedsDir);
  renderFeeds().forEach((xml, feed) => fs.writeFileSync(path.join(feedsDir, `feed-${feed}.xml`), xml));
  const server = await serveDirectory(feedsDir);
  const postgres = await startThrowawayPostgres();
  try {
    const sources = Array.from({ length: FEEDS }, (_, i) => `  - { id: outlet-${i}, url: "${server.url}/feed-${i}.xml" }`).join('\n');
    const configText = (database: string): string =>
      `topic: { name: Kidal, strong: [Kidal], include: {}, minMatches: 1 }\nsources:\n${sources}\ndatabase: ${database}\nlog: { level: warn }\n`;

    // One process on SQLite: the embedded default.
    const sqliteConfig = loadConfig({ text: configText(`{ path: "${path.join(dir, 'bench.db')}" }`) });
    const sqlite = await measureInProcess(sqliteConfig);

    // The worker pool on Postgres: a fresh database per pool size.
    const pools: Record<string, CycleNumbers> = {};
    for (const workers of WORKERS) {
      const url = await postgres.createDatabase(`scale_w${workers}`);
      const file = path.join(dir, `workers-${workers}.yaml`);
      fs.writeFileSync(file, configText(`{ url: "${url}" }`));
      pools[`workers${workers}`] = await measurePool(loadConfig({ file }), file, url, workers);
      console.error(`bench scale: ${workers} worker(s): ${JSON.stringify(pools[`workers${workers}`])}`);
    }
    const expected = FEEDS * ITEMS;
    const all = [sqlite, ...Object.values(pools)];
    return {
      feeds: FEEDS,
      itemsPerFeed: ITEMS,
      wordsPerItem: 400,
      copyShare: 0.1,
      concurrencyPerProcess: sqliteConfig.fetch.concurrency,
      sqliteOneProcess: sqlite,
      postgres: pools,
      // Correct means every backend and pool size stored every item once and found the same clusters.
      correct: all.every((r) => r.itemsStored === expected && r.failedSources === 0 && r.clusters === sqlite.clusters),
      throughputHoldsAsWorkersAdded: WORKERS.every((w, i) => i === 0 || pools[`workers${w}`].itemsPerSecond >= 0.9 * pools[`workers${WORKERS[i - 1]}`].itemsPerSecond),
    };
  } finally {
    await postgres.stop();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measureInProcess(config: Config): Promise<CycleNumbers> {
  const store = await openStore(config.database.path);
  try {
    await store.sources.sync(config.sources, Date.now());
    const deps = { store, config, now: Date.now };
    const start = performance.now();
    const full = await pollAll(deps);
    const fullMs = performance.now() - start;
    const cachedStart = performance.now();
    await pollAll(deps);
    const cachedMs = performance.now() - cachedStart;
    return await summarize(store, fullMs, cachedMs, full.filter((o) => o.outcome === 'failed').length);
  } finally {
    await store.close();
  }
}

async function measurePool(config: Config, configFile: string, url: string, workers: number): Promise<CycleNumbers> {
  const store = await openStore(url);
  const boss = await openQueue(url, config.queue);
  const children: ChildProcess[] = [];
  try {
    await store.sources.sync(config.sources, Date.now());
    for (let i = 0; i < workers; i++) {
      children.push(fork(BIN, ['worker', '--config', configFile], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
    }
    const dispatcher = new Dispatcher({ boss, sources: createSchedulerSources(store, () => config), cron: () => '0 0 1 1 *', now: Date.now });
    const fullMs = await cycle(store, dispatcher);
    // Make every source due again for the 304 cycle.
    for (const source of config.sources) await store.sources.setNextDueAt(source.id, undefined);
    const cachedMs = await cycle(store, dispatcher);
    const failed = (await store.sources.list()).filter((s) => s.consecutiveErrors > 0).length;
    return await summarize(store, fullMs, cachedMs, failed);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve)))));
    await boss.stop({ graceful: false, wait: true, timeout: 1_000 });
    await store.close();
  }
}

// One dispatch cycle, timed until every source's last poll is newer than the cycle's start.
async function cycle(store: Store, dispatcher: Dispatcher): Promise<number> {
  const startedAt = Date.now();
  const start = performance.now();
  await dispatcher.runCycle('bench');
  for (;;) {
    const sources = await store.sources.list();
    if (sources.every((s) => (s.lastPolledAt ?? 0) >= startedAt)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - start;
}

async function summarize(store: Store, fullMs: number, cachedMs: number, failedSources: number): Promise<CycleNumbers> {
  const itemsStored = await store.items.count();
  const clusters = (await store.clusters.list({ minSize: 2 })).length;
  return {
    fullCycleMs: Math.round(fullMs),
    itemsStored,
    itemsPerSecond: Math.round(itemsStored / (fullMs / 1000)),
    notModifiedCycleMs: Math.round(cachedMs),
    clusters,
    failedSources,
  };
}
