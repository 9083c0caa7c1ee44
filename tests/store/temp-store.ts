// Test helper: the store suite runs once per backend. A test opens fresh, empty databases (a SQLite file in a
// temp dir, or a new schema on the run's Postgres, see postgres-server.ts); stores are closed after the test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import type { ItemInput, OpenSqliteOptions } from '../../src/store/index.js';
import type { CopyKind, SourceConfig } from '../../src/model.js';
import type { EdgeRecord } from '../../src/dedup/port.js';
import { PG, createTestSchema } from './postgres-server.js';

/** A store backend under test. */
export type Backend = 'sqlite' | 'postgres';

const opened: Store[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const store of opened.splice(0).reverse()) await store.close();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Declares `fn`'s tests once per backend; the Postgres copy is skipped, saying why, when there is no Postgres,
 *  and fails when Postgres is installed but did not start. */
export function describeBackends(name: string, fn: (backend: Backend) => void, backends: readonly Backend[] = ['sqlite', 'postgres']): void {
  for (const backend of backends) {
    if (backend === 'postgres' && PG.error) {
      describe(`${name} [postgres]`, () => it('has a Postgres to run on', () => {
        throw new Error(PG.error);
      }));
      continue;
    }
    const skipped = backend === 'postgres' && !PG.url;
    describe.skipIf(skipped)(`${name} [${backend}]${skipped ? ` (SKIPPED: ${PG.skipReason})` : ''}`, () => fn(backend));
  }
}

/** Makes a temp dir that is removed after the current test. */
export function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-store-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A new, empty database of the backend: a file path (deleted after the test) or a postgres URL (a schema of
 *  the test file's database, dropped with it). */
export async function tempTarget(backend: Backend): Promise<string> {
  if (backend === 'sqlite') return path.join(makeTempDir(), 'test.db');
  return createTestSchema();
}

/** Opens a store on `target` (migrating it), closed after the test. */
export async function openTracked(target: string, options: OpenSqliteOptions = {}): Promise<Store> {
  const store = await openStore(target, { now: () => 1_700_000_000_000, ...options });
  opened.push(store);
  return store;
}

/** Opens a store on a new, empty database of the backend; closed and deleted after the test. */
export async function openTempStore(backend: Backend = 'sqlite'): Promise<Store> {
  return openTracked(await tempTarget(backend));
}

/** A source config with defaults. */
export function source(id: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  return { id, url: `https://example.org/${id}.xml`, title: id.toUpperCase(), role: 'unknown', enabled: true, ...extra };
}

/** An item input with defaults; the text hash is derived from the text so equal texts hash equal. */
export function item(identity: string, extra: Partial<ItemInput> = {}): ItemInput {
  const text = extra.text ?? `Body of ${identity}: the army entered Kidal on Tuesday, local and military sources said.`;
  return { identity, title: `Title ${identity}`, categories: [], ...extra, text, textHash: `hash:${text}` };
}

/** Waits until `check` passes (polling), for signals that arrive asynchronously. */
export async function eventually(check: () => void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** A verified edge with made-up scores and one passage. */
export function edge(a: number, b: number, kind: CopyKind, createdAt: number, score = 0.9): EdgeRecord {
  return {
    a, b, kind, score, createdAt,
    scores: { jaccard: score, containAB: 0.5, containBA: 0.25, passageCoverage: 0.125, sentenceCoverage: 0 },
    passages: [{ aFrom: 0, aTo: 10, bFrom: 3, bTo: 13, kind: 'verbatim', score: 1 }],
  };
}
