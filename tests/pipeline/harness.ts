// Test harness: fixture feeds copied to a temp dir and served on 127.0.0.1, a config pointing at them, a temp store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { serveDirectory, type ServedDirectory } from '../../src/demo/serve-directory.js';
import type { Config } from '../../src/model.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/pipeline');

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Registers something to undo after the current test. */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

/** A temp dir removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-pipeline-'));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies the pipeline fixtures to a temp dir and serves it. */
export async function serveFixtures(): Promise<{ dir: string; server: ServedDirectory }> {
  const dir = tempDir();
  for (const name of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  const server = await serveDirectory(dir);
  onCleanup(() => server.close());
  return { dir, server };
}

/** A config whose sources are `id: url` pairs, on the Kidal topic. */
export function makeConfig(sources: Record<string, string>, extra = ''): Config {
  const lines = Object.entries(sources).map(([id, url]) => `  - { id: ${id}, url: "${url}", role: ${id.startsWith('wire') ? 'original' : 'copier'} }`);
  const text = `topic: { name: Kidal, strong: [Kidal], include: {}, minMatches: 1 }\nsources:\n${lines.join('\n')}\n${extra}`;
  return loadConfig({ text });
}

/** A store on a temp file, with the config's sources synced. */
export async function makeStore(config: Config, now: number): Promise<SqliteStore> {
  const store = openSqliteStore(path.join(tempDir(), 'pipeline.db'));
  onCleanup(() => store.close());
  await store.sources.sync(config.sources, now);
  return store;
}
