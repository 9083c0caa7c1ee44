// Test helpers for the server: a complete Config literal, a real store on a temp file, and fixed scheduler views.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Config, SourceConfig } from '../../src/model.js';
import type { SchedulerSnapshot, SchedulerStatus } from '../../src/schedule/types.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';

export const T0 = Date.UTC(2023, 10, 14, 12, 0, 0);

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A temp dir removed after the test. */
export function makeTempDir(prefix = 'feedfold-server-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A source config with defaults. */
export function sourceConfig(id: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  return { id, url: `http://127.0.0.1:9/${id}.xml`, title: `Source ${id}`, role: 'unknown', enabled: true, ...extra };
}

/** A complete config for in-process tests (the service tests write YAML instead). */
export function makeConfig(sources: SourceConfig[] = [], dbPath = ':memory:'): Config {
  return {
    topic: { name: 'Kidal', include: { en: ['Kidal'] }, exclude: [], minMatches: 1 },
    sources,
    database: { path: dbPath },
    fetch: { timeoutMs: 5000, maxBodyBytes: 1_000_000, maxDecodedBytes: 1_000_000, maxRedirects: 5, userAgent: 'feedfold-test', concurrency: 4 },
    dedup: { shingleSize: 5, numHashes: 128, bands: 32, rows: 4, seed: 1, winnowWindow: 4, windowDays: 30, maxPostings: 1000, thresholds: {} },
    schedule: { cron: '*/10 * * * *', defaultIntervalMinutes: 30, minIntervalMinutes: 15, maxIntervalMinutes: 1440, backoffBaseMinutes: 15, disableAfter404s: 5 },
    server: { host: '127.0.0.1', port: 0, baseUrl: 'http://127.0.0.1:8080' },
    publish: { title: 'Kidal <watch>', description: 'One story, many feeds.', language: 'en', limit: 50 },
    queue: { retryLimit: 3, retryDelaySeconds: 30, expireSeconds: 900 },
    log: { level: 'silent' },
  };
}

/** A store on a temp file with the given sources synced; closed after the test. */
export async function openTestStore(sources: SourceConfig[] = []): Promise<{ store: SqliteStore; file: string }> {
  const file = path.join(makeTempDir(), 'feedfold.db');
  const store = openSqliteStore(file, { now: () => T0 });
  cleanups.push(() => store.close());
  await store.sources.sync(sources, T0);
  return { store, file };
}

/** A scheduler view with fixed facts. */
export function fixedScheduler(extra: Partial<SchedulerSnapshot> = {}): SchedulerStatus {
  const snapshot: SchedulerSnapshot = {
    alive: true,
    startedAt: T0 - 60_000,
    cron: '*/10 * * * *',
    cyclePeriodMs: 600_000,
    cycleRunning: false,
    lastCycleFinishedAt: T0 - 30_000,
    cyclesCompleted: 1,
    cyclesSkipped: 0,
    inFlight: [],
    ...extra,
  };
  return { snapshot: () => snapshot };
}
