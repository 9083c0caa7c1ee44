// Opens the SQLite file with the pragmas every connection needs (WAL, busy timeout, foreign keys).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';

/** How to open the database file. */
export interface OpenDatabaseOptions {
  readonly?: boolean;
  /** Milliseconds a writer waits for another connection's lock before SQLITE_BUSY (default 5000). */
  busyTimeoutMs?: number;
}

/** Opens (creating the parent folder of) a SQLite file, or `:memory:`, with WAL and foreign keys on. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const readonly = options.readonly ?? false;
  let db: Database.Database;
  try {
    if (file !== ':memory:' && !readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new StoreError('STORE_OPEN_FAILED', `cannot open database ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commits.
      db.pragma('synchronous = NORMAL');
      // A 32 MiB page cache keeps the item indexes in memory during a poll cycle (the default is 2 MiB).
      db.pragma('cache_size = -32768');
      db.pragma('temp_store = MEMORY');
    }
  } catch (error) {
    db.close();
    throw new StoreError('STORE_OPEN_FAILED', `cannot configure database ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return db;
}
