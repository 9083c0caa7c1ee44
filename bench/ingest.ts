// Ingest benchmark: 200 loopback feeds × 50 new on-topic items polled in one cycle into a WAL SQLite file,
// then the same cycle again when every feed answers 304. Copy detection is off: this measures the pipeline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/index.js';
import { serveDirectory } from '../src/demo/serve-directory.js';
import { pollAll } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';

const FEEDS = 200;
const ITEMS = 50;
const GOAL_FULL_MS = 2500;
const GOAL_304_MS = 500;
const T0 = Date.parse('2023-11-14T08:00:00Z');

const PLACES = ['Kidal', 'Anéfis', 'Tessalit', 'Aguelhok', 'Gao', 'Tombouctou', 'Ber', 'Léré'];
const ACTORS = ['the Malian army', 'the CSP-PSD alliance', 'local officials', 'a UN spokesperson', 'residents', 'aid workers'];

/** One item's paragraphs: unique per feed and item, about Kidal so the topic filter keeps it. */
function itemText(feed: number, item: number): string {
  const place = PLACES[(feed + item) % PLACES.length];
  const actor = ACTORS[(feed * 7 + item) % ACTORS.length];
  return [
    `Report ${feed}-${item}: ${actor} said on day ${item % 30} that the situation around Kidal and ${place} remained tense, with convoy ${feed * 100 + item} moving north.`,
    `Witnesses quoted by outlet ${feed} described ${item + 3} vehicles and checkpoints on the road between ${place} and Kidal, while traders reported shortages of fuel and flour.`,
    `The statement number ${feed * ITEMS + item} added that talks would continue; observers in Bamako and Algiers said the coming weeks would decide whether the truce holds.`,
  ].join('\n\n');
}

function renderFeed(feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, item) => {
    const published = new Date(T0 + (feed * ITEMS + item) * 60_000).toUTCString();
    const paragraphs = itemText(feed, item).split('\n\n').map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('');
    return `<item><title>Kidal update ${feed}-${item}: ${PLACES[item % PLACES.length]} convoy</title>` +
      `<link>https://outlet${feed}.example/news/${item}</link><guid isPermaLink="false">o${feed}-i${item}</guid>` +
      `<pubDate>${published}</pubDate><description>${paragraphs}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Outlet ${feed}</title>` +
    `<link>https://outlet${feed}.example/</link><description>Bench feed ${feed}</description>${items.join('')}</channel></rss>\n`;
}

/** Runs the benchmark and returns its numbers. */
export async function runIngestBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-bench-ingest-'));
  const feedsDir = path.join(dir, 'feeds');
  fs.mkdirSync(feedsDir);
  let bytes = 0;
  for (let feed = 0; feed < FEEDS; feed += 1) {
    const xml = renderFeed(feed);
    bytes += Buffer.byteLength(xml);
    fs.writeFileSync(path.join(feedsDir, `feed-${feed}.xml`), xml);
  }
  const server = await serveDirectory(feedsDir);
  try {
    const sources = Array.from({ length: FEEDS }, (_, i) => `  - { id: outlet-${i}, url: "${server.url}/feed-${i}.xml" }`).join('\n');
    const config = loadConfig({
      text: `topic: { name: Kidal, strong: [Kidal], include: {}, minMatches: 1 }\nsources:\n${sources}\ndatabase: { path: "${path.join(dir, 'bench.db')}" }\n`,
    });
    const store = await openStore(config.database.path);
    try {
      let clock = T0 + 86_400_000;
      const now = () => clock;
      await store.sources.sync(config.sources, now());
      const deps = { store, config, now };
      const fullStart = performance.now();
      const full = await pollAll(deps, { detect: false });
      const fullMs = performance.now() - fullStart;
      clock += 60_000;
      const cachedStart = performance.now();
      const cached = await pollAll(deps, { detect: false });
      const cachedMs = performance.now() - cachedStart;
      const stored = await store.items.count();
      const failures = [...full, ...cached].filter((o) => o.outcome === 'failed').map((o) => `${o.sourceId}: ${o.code} ${o.message}`);
      return {
        feeds: FEEDS,
        itemsPerFeed: ITEMS,
        feedBytes: bytes,
        concurrency: config.fetch.concurrency,
        fullCycleMs: round(fullMs),
        itemsStored: stored,
        itemsPerSecond: Math.round(stored / (fullMs / 1000)),
        notModifiedCycleMs: round(cachedMs),
        notModified: cached.filter((o) => o.status === 304).length,
        failures,
        goals: { fullCycleMs: GOAL_FULL_MS, notModifiedCycleMs: GOAL_304_MS },
        pass: fullMs < GOAL_FULL_MS && cachedMs < GOAL_304_MS && stored === FEEDS * ITEMS && failures.length === 0,
      };
    } finally {
      await store.close();
    }
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
