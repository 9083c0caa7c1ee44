// The worker pool on a real Postgres with real pg-boss: `feedfold worker` processes polling loopback feeds.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observe/logger.js';
import { createSeededRandom } from '../../src/random.js';
import { deadJobs, queueStatus } from '../../src/queue/boss.js';
import { startWorker } from '../../src/queue/worker.js';
import { STORY_FEEDS } from '../fixtures/queue/kidal-story.js';
import { BIN, PG, createDatabase, exited, poolFixture, startWorkerProcess, storyConfig, waitFor } from './pool-harness.js';

const NO_PG = PG.url ? '' : ` (skipped: ${PG.skipReason || PG.error})`;
const quiet = createLogger({ level: 'silent' });

describe.skipIf(!PG.url)(`worker pool on Postgres${NO_PG}`, () => {
  // Three rounds: without the detection lock, about one round in three split the story (two originals).
  it.each([1, 2, 3])('two worker processes polling the copies of one story at once make one cluster with one original (round %i)', async () => {
    const { file, store, dispatcher } = await poolFixture();
    const workers = [startWorkerProcess(file, ['--concurrency', '4']), startWorkerProcess(file, ['--concurrency', '4'])];
    const started = Date.now();
    const cycle = await dispatcher.runCycle('test');
    expect(cycle.due).toBe(STORY_FEEDS.length);
    await waitFor('every source polled', async () => (await store.sources.list()).every((s) => (s.lastPolledAt ?? 0) >= started));

    const items = await store.items.list();
    expect(items).toHaveLength(STORY_FEEDS.length);
    expect(new Set(items.map((i) => i.sourceId)).size).toBe(STORY_FEEDS.length);
    const clusters = await store.clusters.list({ minSize: 2 });
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    const copies = STORY_FEEDS.filter((f) => f.copy).map((f) => f.id);
    expect(cluster.members.map((m) => m.sourceId).sort()).toEqual(['sahel-wire', ...copies].sort());
    expect(cluster.members.filter((m) => m.isOriginal).map((m) => m.sourceId)).toEqual(['sahel-wire']);
    // Every source was settled by the worker that polled it: a next due time in the future, one poll run each.
    for (const source of await store.sources.list()) expect(source.nextDueAt).toBeGreaterThan(started);
    expect(await store.pollRuns.list()).toHaveLength(STORY_FEEDS.length);

    for (const worker of workers) worker.kill('SIGTERM');
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0]);
  }, 90_000);

  it('a worker serves its own Prometheus metrics (--metrics-port)', async () => {
    const { file, store, dispatcher } = await poolFixture();
    const worker = startWorkerProcess(file, ['--metrics-port', '0'], { FEEDFOLD_LOG_LEVEL: 'info' });
    await waitFor('the worker started line', async () => worker.logLines.some((l) => l.msg === 'worker started'));
    const url = String(worker.logLines.find((l) => l.msg === 'worker started')?.metrics);
    const started = Date.now();
    await dispatcher.runCycle('test');
    await waitFor('every source polled', async () => (await store.sources.list()).every((s) => (s.lastPolledAt ?? 0) >= started));
    const text = await (await fetch(url)).text();
    expect(text).toContain(`feedfold_polls_total{outcome="new"} ${STORY_FEEDS.length}`);
    expect(text).toContain(`feedfold_items_stored_total ${STORY_FEEDS.length}`);
  }, 60_000);

  it('sends one job per source: a second cycle while the jobs wait adds none', async () => {
    const { boss, dispatcher } = await poolFixture();
    await dispatcher.runCycle('first');
    const second = await dispatcher.runCycle('second');
    expect(second.due).toBe(STORY_FEEDS.length);
    expect(await queueStatus(boss)).toEqual({ queued: STORY_FEEDS.length, active: 0, dead: 0 });
  });

  it('retries a crashed poll with backoff, then dead-letters it and records the crash on the source', async () => {
    const { config, store, boss, sources } = await poolFixture('queue: { retryLimit: 1, retryDelaySeconds: 1 }\n');
    const attempts: number[] = [];
    const worker = startWorker({
      boss,
      sources,
      // A poll function with a bug: every poll of sahel-wire throws.
      poll: async (source) => {
        attempts.push(Date.now());
        throw new Error(`bug while polling ${source.id}`);
      },
      config: () => config,
      concurrency: 2,
      now: Date.now,
      random: createSeededRandom(1),
      logger: quiet,
      idleMs: 200,
    });
    try {
      await boss.send('feedfold-poll', { sourceId: 'sahel-wire' }, { singletonKey: 'sahel-wire' });
      await waitFor('the dead-lettered job', async () => (await deadJobs(boss)).length > 0, 30_000);
      expect(attempts).toHaveLength(2);
      expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(900);
      const [dead] = await deadJobs(boss);
      expect(dead.sourceId).toBe('sahel-wire');
      expect(dead.error).toContain('bug while polling sahel-wire');
      const source = (await store.sources.list()).find((s) => s.id === 'sahel-wire');
      expect(source?.lastErrorCode).toBe('INTERNAL');
      // Backed off like any failing source, so the dispatcher does not resend it on every cycle.
      expect(source?.consecutiveErrors).toBeGreaterThanOrEqual(1);
      expect(source?.nextDueAt).toBeGreaterThan(Date.now());
      expect((await queueStatus(boss)).dead).toBe(1);
    } finally {
      await worker.stop(1_000);
    }
  }, 60_000);
});

describe.skipIf(!PG.url)(`feedfold serve --workers${NO_PG}`, () => {
  it('forks the workers, publishes one entry per story, and stops them all on SIGTERM', async () => {
    const url = await createDatabase();
    const { file } = await storyConfig(url);
    const serve = spawn(process.execPath, [BIN, 'serve', '--config', file, '--port', '0', '--workers', '2'], {
      env: { ...process.env, FEEDFOLD_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Array<Record<string, unknown>> = [];
    let stderr = '';
    serve.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    serve.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
    });
    try {
      await waitFor('the listening line', async () => lines.some((l) => l.msg === 'listening'), 30_000);
      const base = String(lines.find((l) => l.msg === 'listening')?.url);
      // The wire and its five copies are one entry; the other agency's report is its own.
      await waitFor('the merged feed with both stories', async () => {
        const response = await fetch(`${base}/feed.json`);
        return response.ok && ((await response.json()) as { items: unknown[] }).items.length === 2;
      });
      const pids = lines.filter((l) => l.msg === 'worker started' && typeof l.pid === 'number').map((l) => l.pid as number);
      expect(new Set(pids).size).toBe(2);
      const health = (await (await fetch(`${base}/healthz`)).json()) as { scheduler: { alive: boolean } };
      expect(health.scheduler.alive).toBe(true);

      serve.kill('SIGTERM');
      expect(await exited(serve)).toBe(0);
      for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    } finally {
      if (serve.exitCode === null) serve.kill('SIGKILL');
      if (serve.exitCode !== 0 && stderr) process.stderr.write(stderr);
    }
  }, 90_000);

  it('refuses --workers on SQLite and names the key to set', async () => {
    const { file, dir } = await storyConfig('postgres://unused.invalid/db');
    const sqliteConfig = fs.readFileSync(file, 'utf8').replace(/database: \{ url: "[^"]+" \}/, `database: { path: "${path.join(dir, 'f.db')}" }`);
    fs.writeFileSync(file, sqliteConfig);
    const result = spawnSync(process.execPath, [BIN, 'serve', '--config', file, '--port', '0', '--workers', '2'], { encoding: 'utf8', timeout: 30_000 });
    // Exit code 3: a configuration problem (src/cli/exit-codes.ts).
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/database\.url: `serve --workers` needs a Postgres database/);
  });
});
