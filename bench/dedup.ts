// Copy-detection benchmark: generated ~600-word articles with 10% copies, fed like polling (batches of new
// items saved, then detectCopies) into a WAL SQLite file, timed per 10,000 items as the store grows.
// Reports detection throughput (wall and CPU: the machine may be shared), ingest cost, RSS, filter memory.
import fs from 'node:fs';
import { DEFAULT_SETTINGS } from '../src/dedup/index.js';
import { openHarness, type Harness } from '../eval/harness.js';
import { createSyntheticNews } from '../eval/synthetic.js';

/** Options of the benchmark (environment: DEDUP_BENCH_ITEMS, DEDUP_BENCH_RATE). */
export interface DedupBenchOptions {
  /** Items to store in total (default 200,000; 1,000,000 for the long run). */
  items?: number;
  /** Items per report row. */
  reportEvery?: number;
  /** Items saved and detected per call (one poll). */
  pollSize?: number;
  /** Arrival rate (items per day of first-seen time); sets how much of the store is inside the window. */
  perDay?: number;
  seed?: number;
}

/** Runs the benchmark and returns its report. */
export async function runDedupBench(options: DedupBenchOptions = {}): Promise<Record<string, unknown>> {
  const items = options.items ?? Number(process.env.DEDUP_BENCH_ITEMS ?? 200_000);
  const reportEvery = options.reportEvery ?? 10_000;
  const pollSize = options.pollSize ?? 1000;
  const perDay = options.perDay ?? Number(process.env.DEDUP_BENCH_RATE ?? 5_000);
  const news = createSyntheticNews(options.seed ?? 7);
  const harness = await openHarness(DEFAULT_SETTINGS);
  const start = Date.UTC(2024, 0, 1);
  const rows: Array<Record<string, number>> = [];
  let stored = 0;
  let copies = 0;
  const idOf = new Map<number, number>();
  const sample: Array<{ copy: number; of: number }> = [];
  try {
    while (stored < items) {
      const batch = Array.from({ length: Math.min(reportEvery, items - stored) }, () => news.next());
      let saveMs = 0;
      let detectMs = 0;
      const phases: Record<string, number> = {};
      const cpu = process.cpuUsage();
      for (let i = 0; i < batch.length; i += pollSize) {
        const poll = batch.slice(i, i + pollSize);
        const now = start + Math.round(((stored + i + poll.length) * 86_400_000) / perDay);
        const t0 = performance.now();
        const ids = await harness.addPoll(poll.map((a) => ({ source: a.source, identity: `a${a.index}`, title: a.title, text: a.text, firstSeenAt: now })), now);
        const t1 = performance.now();
        await harness.detect(ids, now, phases);
        detectMs += performance.now() - t1;
        saveMs += t1 - t0;
        poll.forEach((a, k) => {
          idOf.set(a.index, ids[k]);
          if (a.copyOf === undefined) return;
          copies++;
          if (sample.length < 4_000) sample.push({ copy: ids[k], of: idOf.get(a.copyOf)! });
        });
      }
      const used = process.cpuUsage(cpu);
      stored += batch.length;
      rows.push({
        stored,
        detectMs: Math.round(detectMs),
        saveMs: Math.round(saveMs),
        detectItemsPerSecond: Math.round((batch.length * 1000) / detectMs),
        endToEndItemsPerSecond: Math.round((batch.length * 1000) / (detectMs + saveMs)),
        cpuItemsPerSecond: Math.round((batch.length * 1e6) / (used.user + used.system)),
        rssMB: Math.round(process.memoryUsage().rss / 1e6),
        heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
        filterMB: Math.round((await harness.store.dedup.memoryBytes()) / 1e6),
        ...Object.fromEntries(Object.entries(phases).map(([k, v]) => [`us_${k}`, Math.round((v * 1000) / batch.length)])),
        us_commit: Math.round(((detectMs - Object.values(phases).reduce((a, b) => a + b, 0)) * 1000) / batch.length),
      });
      console.error(`dedup bench: ${JSON.stringify(rows[rows.length - 1])}`);
    }
    const dbMB = Math.round(['', '-wal'].reduce((n, ext) => n + (fs.existsSync(harness.file + ext) ? fs.statSync(harness.file + ext).size : 0), 0) / 1e6);
    const detect = rows.map((r) => r.detectItemsPerSecond);
    const recall = await copyRecall(harness, sample);
    return {
      items, perDay, pollSize, articleWords: 600, copyShare: 0.1, settings: DEFAULT_SETTINGS,
      detectItemsPerSecond: { first: detect[0], last: detect[detect.length - 1], min: Math.min(...detect), median: median(detect) },
      copiesGenerated: copies, copyRecall: recall, dbMB, rows,
    };
  } finally {
    await harness.close();
  }
}

// Share of the first 4,000 generated copies that ended in the same cluster as the article they copy.
async function copyRecall(harness: Harness, sample: Array<{ copy: number; of: number }>): Promise<{ sampled: number; joined: number }> {
  const clusters = await harness.store.clusters.clusterOf(sample.flatMap((s) => [s.copy, s.of]));
  return { sampled: sample.length, joined: sample.filter((s) => clusters.get(s.copy) === clusters.get(s.of)).length };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
