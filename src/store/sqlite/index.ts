// The SQLite backend (the embedded default): better-sqlite3 table modules, synchronous underneath, behind the
// asynchronous Store interface. One connection per process; transactions are serialized by an in-process lock
// and take SQLite's write lock up front (BEGIN IMMEDIATE), so a transaction's awaits never let another caller's
// writes slip into it, and a second process waits on busy_timeout instead of failing half-way.
import type { Store } from '../types.js';
import { createChangeBus } from './context.js';
import { openDatabase } from './db.js';
import { DEFAULT_MIGRATIONS_DIR, runMigrations, verifyMigrations } from './migrate.js';
import { createItemsTable } from './items.js';
import { createPollRunsTable } from './poll-runs.js';
import { createSourcesTable } from './sources.js';
import { createDedupTable } from './dedup.js';
import { createClustersTable } from './clusters.js';
import { createLock } from '../lock.js';

export type { TableContext } from './context.js';
export type { ItemInput, SaveItemsResult, ListItemsOptions, ExactDuplicate, ItemsTable } from './items.js';
export type { SyncReport, SuccessFacts, FailureFacts, SourcesTable } from './sources.js';
export type { PollRun, PollRunInput, PollRunsTable } from './poll-runs.js';
export { DEFAULT_MIGRATIONS_DIR, readMigrationFiles, runMigrations } from './migrate.js';

/** How to open a SQLite store. */
export interface OpenSqliteOptions {
  /** Folder of NNNN_*.sql files (default: the repository's migrations/). */
  migrationsDir?: string;
  /** Open without writing: migrations are only verified. */
  readonly?: boolean;
  /** Clock for the migration log (default Date.now). */
  now?: () => number;
}

/** A Store on SQLite; `db` is the raw connection, for src/store/sqlite and for tests' own checks. */
export interface SqliteStore extends Store {
  readonly backend: 'sqlite';
  readonly db: import('better-sqlite3').Database;
}

class ProbeRollback extends Error {}

/** Opens a SQLite file (or `:memory:`), applies pending migrations and returns the store. */
export function openSqliteStore(path: string, options: OpenSqliteOptions = {}): SqliteStore {
  const db = openDatabase(path, { readonly: options.readonly });
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  try {
    if (options.readonly) verifyMigrations(db, migrationsDir);
    else runMigrations(db, migrationsDir, (options.now ?? Date.now)());
  } catch (error) {
    db.close();
    throw error;
  }
  const bus = createChangeBus(db);
  const tables = {
    sources: createSourcesTable(bus),
    items: createItemsTable(bus),
    pollRuns: createPollRunsTable(bus),
    dedup: createDedupTable(bus),
    clusters: createClustersTable(bus),
  };
  const lock = createLock();
  let savepoints = 0;

  // Outside a transaction a call waits for the running one to end; inside (the `tx` view) it runs at once.
  const view = (inside: boolean): SqliteStore => {
    const gate = inside ? undefined : lock.idle;
    const store: SqliteStore = {
      backend: 'sqlite',
      location: path,
      db,
      sources: wrap(tables.sources, gate),
      items: wrap(tables.items, gate),
      pollRuns: wrap(tables.pollRuns, gate),
      dedup: { ...wrap(tables.dedup, gate), allEdges: async () => { await gate?.(); return [...tables.dedup.allEdges()]; } },
      clusters: wrap(tables.clusters, gate),
      async transaction(fn) {
        if (inside) return savepoint(fn);
        const release = await lock.acquire();
        let committed = false;
        try {
          db.exec('BEGIN IMMEDIATE');
          const result = await fn(txView);
          db.exec('COMMIT');
          committed = true;
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        } finally {
          release();
          bus.settle(committed);
        }
      },
      // BEGIN IMMEDIATE already holds SQLite's write lock (one writer per file) until the commit.
      lockDetection: async () => {},
      onChange: bus.onChange,
      watchOtherWriters: bus.watchOtherWriters,
      async probeWritable() {
        await gate?.();
        try {
          // An UPDATE takes the write lock even when it matches no row; throwing rolls the transaction back.
          db.transaction(() => {
            tables.sources.setNextDueAt('\u0000feedfold-healthz-probe', undefined);
            throw new ProbeRollback();
          })();
          return { writable: true };
        } catch (error) {
          if (error instanceof ProbeRollback) return { writable: true };
          return { writable: false, error: (error as Error).message };
        }
      },
      async close() {
        await lock.idle();
        if (db.open) db.close();
      },
    };
    return store;
  };
  const savepoint = async <T>(fn: (tx: Store) => Promise<T>): Promise<T> => {
    const name = `sp${++savepoints}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await fn(txView);
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    } finally {
      savepoints--;
    }
  };
  const txView = view(true);
  return view(false);
}

// Each method of a synchronous table module as an async one, waiting at `gate` first when given.
function wrap<T extends object>(table: T, gate: (() => Promise<void>) | undefined): import('../types.js').Async<T> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(table)) {
    if (typeof value !== 'function') continue;
    const fn = value as (...args: unknown[]) => unknown;
    out[name] = gate
      ? async (...args: unknown[]) => {
          await gate();
          return fn(...args);
        }
      : async (...args: unknown[]) => fn(...args);
  }
  return out as import('../types.js').Async<T>;
}
