// The store: the only place that runs SQL. `openStore` picks the backend from the target: a postgres:// URL opens
// src/store/postgres (several processes, pg-boss workers), anything else is a SQLite file (the embedded default).
import type { Store } from './types.js';
import { openSqliteStore, type OpenSqliteOptions } from './sqlite/index.js';

export type { Store, StoreBackend, Async, AsyncDedupTable } from './types.js';
export type { SqliteStore, OpenSqliteOptions } from './sqlite/index.js';
export type { PostgresStore, OpenPostgresOptions } from './postgres/index.js';
export type { ItemInput, SaveItemsResult, ListItemsOptions, ExactDuplicate, SyncReport, SuccessFacts, FailureFacts, PollRun, PollRunInput } from './sqlite/index.js';
export { openSqliteStore, DEFAULT_MIGRATIONS_DIR, readMigrationFiles, runMigrations } from './sqlite/index.js';

/** Whether a database target names a Postgres server rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens the store at `target` (a SQLite path or `:memory:`, or a postgres:// URL) and applies migrations. */
export async function openStore(target: string, options: OpenSqliteOptions = {}): Promise<Store> {
  if (!isPostgresUrl(target)) return openSqliteStore(target, options);
  const { openPostgresStore } = await import('./postgres/index.js');
  return openPostgresStore(target, { now: options.now, migrationsDir: options.migrationsDir });
}
