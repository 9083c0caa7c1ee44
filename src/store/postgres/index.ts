// The Postgres backend, for several worker processes sharing one database: the Store interface over a `pg` pool.
// Outside a transaction each call is one statement on whichever pooled connection is free (multi-statement
// writes take a transaction of their own); `transaction(fn)` checks out one client for BEGIN … COMMIT and hands
// `fn` a store bound to it (nested calls are savepoints). Nothing is cached in the process: other workers write
// the same rows. Commits that changed items or clusters NOTIFY the change channel; `watchOtherWriters` LISTENs.
import crypto from 'node:crypto';
import pg from 'pg';
import { StoreError } from '../../errors.js';
import { DEFAULT_MIGRATIONS_DIR } from '../migration-files.js';
import type { Store } from '../types.js';
import { inTransaction, rootContext, type PgContext, type PgShared } from './context.js';
import { createClustersTable } from './clusters.js';
import { createDedupTable } from './dedup.js';
import { createLock } from '../lock.js';
import { createItemsTable } from './items.js';
import { runPostgresMigrations } from './migrate.js';
import { createPollRunsTable } from './poll-runs.js';
import { createSourcesTable } from './sources.js';
import { watchChanges, type Watch } from './watch.js';

/** How to open a Postgres store. */
export interface OpenPostgresOptions {
  /** Clock for the migration log (default Date.now). */
  now?: () => number;
  /** Folder of NNNN_*.sql files, with a postgres/ folder of dialect overrides (default: the repository's). */
  migrationsDir?: string;
  /** Most connections the pool opens (default 10). */
  poolSize?: number;
}

/** A Store on Postgres; `pool` is for src/store/postgres and for tests' own checks. */
export interface PostgresStore extends Store {
  readonly backend: 'postgres';
  readonly pool: pg.Pool;
  /** Resolves once every watch started by `watchOtherWriters` is listening (tests wait for it). */
  watching(): Promise<void>;
}

/** The advisory lock key (two int4s: 'feed', 2) that serializes copy detection across processes. */
export const DETECTION_LOCK = [0x66656564, 2] as const;

// BIGINT (epoch ms, ids, 32-bit hashes, counts) as numbers: every value feedfold stores is below 2^53, and a
// string would break the `===` comparisons the rest of the code makes; anything larger is a bug, so it throws.
const INT8_OID = 20;
const parseInt8 = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new StoreError('STORE_BAD_INTEGER', `BIGINT ${value} is beyond JavaScript's exact integers`);
  return n;
};
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** A postgres URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Connects to `url`, applies pending migrations (under an advisory lock) and returns the store. */
export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<PostgresStore> {
  const location = redactUrl(url);
  const clientConfig: pg.ClientConfig = { connectionString: url, types, application_name: 'feedfold' };
  const pool = new pg.Pool({ ...clientConfig, max: options.poolSize ?? 10 });
  // Why ignore: an idle pooled connection that breaks (server restart) is dropped by the pool; the next
  // checkout opens a new one, and a query that fails reports it there.
  pool.on('error', () => undefined);
  try {
    await runPostgresMigrations(pool, options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR, (options.now ?? Date.now)());
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError('STORE_OPEN_FAILED', `cannot open database ${location}: ${(error as Error).message}`, { cause: error });
  }

  const listeners = new Set<() => void>();
  const watches = new Set<Watch>();
  const detectionQueue = createLock();
  let closing: Promise<void> | undefined;
  const shared: PgShared = {
    pool,
    instanceId: crypto.randomBytes(8).toString('hex'),
    fireChanged() {
      for (const listener of [...listeners]) listener();
    },
  };

  const view = (ctx: PgContext): PostgresStore => {
    const store: PostgresStore = {
      backend: 'postgres',
      location,
      pool,
      sources: createSourcesTable(ctx),
      items: createItemsTable(ctx),
      pollRuns: createPollRunsTable(ctx),
      dedup: createDedupTable(ctx),
      clusters: createClustersTable(ctx),
      transaction: (fn) => (ctx.inTransaction ? ctx.atomic(() => fn(store)) : inTransaction(shared, (tx) => fn(view(tx)))),
      // Detection reads the cluster graph, decides, and writes clusters and edges that often do not exist yet:
      // there is no row to lock (SELECT … FOR UPDATE locks only what it finds), and two detectors would each
      // found a cluster for the same story. One transaction-scoped advisory lock serializes them; it is
      // released by COMMIT or ROLLBACK. Outside a transaction there is nothing to hold it for (as on SQLite).
      // Within a process, detections queue on an in-process lock first, so at most one transaction per worker
      // waits on the advisory lock in Postgres, instead of every poll of a busy worker each holding a pooled
      // connection (of 10) and its inserted rows while it waits.
      async lockDetection() {
        if (!ctx.inTransaction) return;
        await ctx.holdUntilEnd('detection', () => detectionQueue.acquire());
        await ctx.rows('SELECT pg_advisory_xact_lock($1, $2)', [...DETECTION_LOCK]);
      },
      onChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      watchOtherWriters(intervalMs) {
        const watch = watchChanges({ clientConfig, instanceId: shared.instanceId, intervalMs, onChange: () => shared.fireChanged() });
        watches.add(watch);
        return () => {
          watches.delete(watch);
          void watch.stop();
        };
      },
      async watching() {
        await Promise.all([...watches].map((w) => w.ready));
      },
      // An UPDATE that matches no row still fails in a read-only transaction (hot standby,
      // default_transaction_read_only) and without the UPDATE privilege, and changes nothing when it works.
      async probeWritable() {
        try {
          await pool.query('UPDATE sources SET next_due_at = next_due_at WHERE FALSE');
          return { writable: true };
        } catch (error) {
          return { writable: false, error: (error as Error).message };
        }
      },
      close() {
        closing ??= (async () => {
          await Promise.all([...watches].map((w) => w.stop()));
          watches.clear();
          await pool.end();
        })();
        return closing;
      },
    };
    return store;
  };
  return view(rootContext(shared));
}
