// Worker-pool test harness: a fresh Postgres database per test (pg-boss keeps its own schema in it), the Kidal
// story's feeds served on 127.0.0.1, a config file pointing at both, and `feedfold worker` processes.
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { serveDirectory } from '../../src/demo/serve-directory.js';
import { openQueue } from '../../src/queue/boss.js';
import { Dispatcher } from '../../src/queue/dispatcher.js';
import { createSchedulerSources } from '../../src/service/scheduler-sources.js';
import { openStore } from '../../src/store/index.js';
import { PG } from '../store/postgres-server.js';
import { STORY_FEEDS, renderStoryFeed } from '../fixtures/queue/kidal-story.js';

export { PG };
export const BIN = fileURLToPath(new URL('../../bin/feedfold.js', import.meta.url));
/** The wire's publication time in the served feeds. */
export const T0 = Date.parse('2023-11-14T13:00:00Z');

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function admin(sql: string): Promise<void> {
  const client = new pg.Client(PG.url);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database, dropped after the test; returns its URL. */
export async function createDatabase(): Promise<string> {
  if (!PG.url) throw new Error(PG.error || PG.skipReason);
  const name = `feedfold_pool_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(PG.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A temp folder removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-pool-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Serves the story's feeds and writes a config file for them on `databaseUrl`; returns the file. */
export async function storyConfig(databaseUrl: string, extra = ''): Promise<{ file: string; dir: string }> {
  const dir = tempDir();
  const feeds = path.join(dir, 'feeds');
  fs.mkdirSync(feeds);
  for (const feed of STORY_FEEDS) fs.writeFileSync(path.join(feeds, `${feed.id}.xml`), renderStoryFeed(feed, T0));
  const server = await serveDirectory(feeds);
  cleanups.push(() => server.close());
  const sources = STORY_FEEDS.map((f) => `  - { id: ${f.id}, url: "${server.url}/${f.id}.xml"${f.id === 'sahel-wire' ? ', role: original' : ''} }`);
  const file = path.join(dir, 'feedfold.yaml');
  fs.writeFileSync(
    file,
    `topic: { name: Kidal, strong: [Kidal], include: {}, minMatches: 1 }\nsources:\n${sources.join('\n')}\n` +
      `database: { url: "${databaseUrl}" }\nlog: { level: warn }\n${extra}`,
  );
  return { file, dir };
}

/** A forked `feedfold worker`, with the JSON log lines it wrote so far. */
export type WorkerChild = ChildProcess & { logLines: Array<Record<string, unknown>> };

/** Forks a `feedfold worker` process, killed after the test if still running. */
export function startWorkerProcess(configFile: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): WorkerChild {
  const child = fork(BIN, ['worker', '--config', configFile, ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...env },
  }) as WorkerChild;
  child.logLines = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.startsWith('{')) child.logLines.push(JSON.parse(line) as Record<string, unknown>);
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
    if (stderr.includes('Error')) process.stderr.write(`worker stderr:\n${stderr}\n`);
  });
  return child;
}

/** Resolves with the exit code (or signal) once the process has exited. */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

/** Polls `check` every 100 ms until it returns true; throws with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A database with the story's sources synced, the queue opened on it, and a dispatcher (its cron never fires
 *  during a test: cycles are run by hand). Closed after the test. */
export async function poolFixture(extraYaml = '') {
  const url = await createDatabase();
  const { file } = await storyConfig(url, extraYaml);
  const config = loadConfig({ file });
  const store = await openStore(url);
  cleanups.push(() => store.close());
  const boss = await openQueue(url, config.queue);
  cleanups.push(() => boss.stop({ graceful: false, wait: true, timeout: 1_000 }));
  await store.sources.sync(config.sources, Date.now());
  const sources = createSchedulerSources(store, () => config);
  const dispatcher = new Dispatcher({ boss, sources, cron: () => '0 0 1 1 *', now: Date.now });
  return { url, file, config, store, boss, sources, dispatcher };
}
