// Scale benchmark (issue 8): 2,000 loopback feeds polled in one cycle by one process on SQLite, then by a pg-boss
// worker pool of 1, 2 and 4 `feedfold worker` processes on Postgres; then a second cycle where every feed answers
// 304. Copy detection is on: 10% of the feeds carry a copy of another feed's article.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/index.js';
import { serveDirectory } from '../src/demo/serve-directory.js';
import type { Config } from '../src/model.js';
import { pollAll } from '../src/pipeline.js';
import { openQueue } from '../src/queue/boss.js';
import { Dispatcher } from '../src/queue/dispatcher.js';
import { createSchedulerSources } from '../src/service/scheduler-sources.js';
import { openStore, type Store } from '../src/store/index.js';
import { startThrowawayPostgres } from './postgres.js';

const FEEDS = Number(process.env.FEEDFOLD_BENCH_FEEDS ?? 2_000);
const ITEMS = 3;
const WORKERS = [1, 2, 4];
const T0 = Date.parse('2023-11-14T08:00:00Z');
const BIN = fileURLToPath(new URL('../bin/feedfold.js', import.meta.url));

const PLACES = ['Kidal', 'Anéfis', 'Tessalit', 'Aguelhok', 'Gao', 'Tombouctou', 'Ber', 'Léré'];

// Three paragraphs, unique per (feed, item) except the planted copies.
function itemText(feed: number, item: number): string {
  const place = PLACES[(feed + item) % PLACES.length];
  return [
    `Outlet ${feed} reports that on day ${item + 1} a convoy numbered ${feed * 100 + item} left ${place} for Kidal before dawn, escorted by ${item + 4} armoured vehicles and watched by drones from the air base at ${PLACES[(feed * 3 + item) % PLACES.length]}.`,
    `According to witness ${feed}-${item}, traders in the market of ${place} counted ${(feed % 17) + 5} trucks of flour and ${(item % 5) + 2} fuel tankers held at the checkpoint for ${(feed % 9) + 2} hours while soldiers searched each cabin.`,
    `Statement ${feed * ITEMS + item} from the regional governor promised that water and power would be restored in ${place} within ${(feed % 6) + 2} days and that families who fled in week ${(item % 4) + 1} could return.`,
  ].join('\n\n');
}

function renderFeed(feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, item) => {
    // Every tenth feed's first item is a padded copy of the previous feed's first item, an hour later.
    const copy = feed % 10 === 0 && feed > 0 && item === 0;
    const text = copy ? `${itemText(feed - 1, 0)}\n\nFollow us for more. Subscribe to our newsletter for daily updates.` : itemText(feed, item);
    const published = new Date(T0 + (feed * ITEMS + item) * 60_000 + (copy ? 3_600_000 : 0)).toUTCString();
    const body = text.split('\n\n').map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('');
    return `<item><title>Kidal convoy ${feed}-${item}</title><link>https://outlet${feed}.example/news/${item}</link>` +
      `<guid isPermaLink="false">o${feed}-i${item}</guid><pubDate>${published}</pubDate><description>${body}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Outlet ${feed}</title>` +
    `<link>https://outlet${feed}.example/</link><description>Scale bench feed ${feed}</description>${items.join('')}</channel></rss>\n`;
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
  for (let feed = 0; feed < FEEDS; feed += 1) fs.writeFileSync(path.join(feedsDir, `feed-${feed}.xml`), renderFeed(feed));
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
      copiesPlanted: Math.floor((FEEDS - 1) / 10),
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
    return summarize(store, fullMs, cachedMs, full.filter((o) => o.outcome === 'failed').length);
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
