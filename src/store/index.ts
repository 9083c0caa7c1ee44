// The store: the only place that runs SQL. `openStore` opens the file, migrates it and groups the table modules.
import { createChangeBus } from './context.js';
import { openDatabase } from './db.js';
import { DEFAULT_MIGRATIONS_DIR, runMigrations, verifyMigrations } from './migrate.js';
import { createItemsTable } from './items.js';
import { createPollRunsTable } from './poll-runs.js';
import { createSourcesTable } from './sources.js';
import { createDedupTable } from './dedup.js';
import { createClustersTable } from './clusters.js';

export type { TableContext } from './context.js';
export type { ItemInput, SaveItemsResult, ListItemsOptions, ExactDuplicate, ItemsTable } from './items.js';
export type { SyncReport, SuccessFacts, FailureFacts, SourcesTable } from './sources.js';
export type { PollRun, PollRunInput, PollRunsTable } from './poll-runs.js';
export { DEFAULT_MIGRATIONS_DIR, readMigrationFiles, runMigrations } from './migrate.js';

/** How to open the store. */
export interface OpenStoreOptions {
  /** Folder of NNNN_*.sql files (default: the repository's migrations/). */
  migrationsDir?: string;
  /** Open without writing: migrations are only verified. */
  readonly?: boolean;
  /** Clock for the migration log (default Date.now). */
  now?: () => number;
}

/** Opens a SQLite file (or `:memory:`), applies pending migrations and returns the table modules. */
export function openStore(path: string, options: OpenStoreOptions = {}) {
  const db = openDatabase(path, { readonly: options.readonly });
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  try {
    if (options.readonly) verifyMigrations(db, migrationsDir);
    else runMigrations(db, migrationsDir, (options.now ?? Date.now)());
  } catch (error) {
    db.close();
    throw error;
  }
  const ctx = createChangeBus(db);
  return {
    /** The raw connection: only src/store/** may run SQL on it. */
    db,
    /** The file this store was opened from. */
    path,
    sources: createSourcesTable(ctx),
    items: createItemsTable(ctx),
    pollRuns: createPollRunsTable(ctx),
    dedup: createDedupTable(ctx),
    clusters: createClustersTable(ctx),
    /** Runs `fn` in one transaction (nested calls become savepoints); change listeners fire after the commit. */
    transaction: ctx.transaction,
    /** Calls `listener` after each commit that added or changed items or clusters; returns an unsubscribe. */
    onChange: ctx.onChange,
    /** Also notifies `onChange` listeners of commits made by other processes, checked every `intervalMs`. */
    watchOtherWriters: ctx.watchOtherWriters,
    /** Closes the connection. */
    close(): void {
      if (db.open) db.close();
    },
  };
}

/** The open store: table modules plus transaction, change notification and close. */
export type Store = ReturnType<typeof openStore>;
