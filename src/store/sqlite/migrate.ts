// Migration runner: numbered SQL files, each applied once in its own transaction, checksummed against edits.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';

/** The repository's migrations folder (`migrations/` beside `src/`). */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/** One migration file on disk. */
export interface MigrationFile {
  version: number;
  name: string;
  sha256: string;
  sql: string;
}

/** What the runner did. */
export interface MigrationReport {
  applied: string[];
  version: number;
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_-]+\.sql$/i;

/** Reads `NNNN_name.sql` files in version order; refuses gaps and duplicate numbers. */
export function readMigrationFiles(dir: string): MigrationFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => FILE_PATTERN.test(name));
  } catch (error) {
    throw new StoreError('STORE_MIGRATIONS_MISSING', `cannot read migrations folder ${dir}: ${(error as Error).message}`);
  }
  const files = names
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      const sha256 = crypto.createHash('sha256').update(sql).digest('hex');
      return { version: Number(name.slice(0, 4)), name, sha256, sql };
    })
    .sort((a, b) => a.version - b.version);
  files.forEach((file, index) => {
    if (file.version !== index + 1) {
      throw new StoreError(
        'STORE_MIGRATIONS_GAP',
        `migration ${file.name} should be number ${String(index + 1).padStart(4, '0')}: numbers must run 0001, 0002, ... without gaps or repeats`,
      );
    }
  });
  return files;
}

interface AppliedRow {
  version: number;
  name: string;
  sha256: string;
}

/** Applies pending migrations (each in its own transaction with `PRAGMA user_version`) after checking applied ones. */
export function runMigrations(db: Database.Database, dir: string, now: number): MigrationReport {
  const files = readMigrationFiles(dir);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const pending = checkApplied(db, files);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  const applied: string[] = [];
  for (const file of pending) {
    const apply = db.transaction(() => {
      db.exec(file.sql);
      record.run(file.version, file.name, file.sha256, now);
      db.pragma(`user_version = ${file.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      throw new StoreError('STORE_MIGRATION_FAILED', `migration ${file.name} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    applied.push(file.name);
  }
  return { applied, version: files.length };
}

/** For read-only connections: fails unless every migration is applied and unchanged. */
export function verifyMigrations(db: Database.Database, dir: string): void {
  const files = readMigrationFiles(dir);
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const pending = hasTable ? checkApplied(db, files) : files;
  if (pending.length > 0) {
    throw new StoreError(
      'STORE_NEEDS_MIGRATION',
      `database needs migration ${pending[0].name}: open it once read-write (e.g. \`feedfold poll\`) to apply it`,
    );
  }
}

/** Compares the recorded migrations with the files; returns the files not yet applied. */
function checkApplied(db: Database.Database, files: MigrationFile[]): MigrationFile[] {
  const rows = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as AppliedRow[];
  for (const row of rows) {
    const file = files[row.version - 1];
    if (!file) {
      throw new StoreError(
        'STORE_TOO_NEW',
        `database has migration ${row.name}, which this feedfold does not know: it was written by a newer version`,
      );
    }
    if (file.sha256 !== row.sha256) {
      throw new StoreError(
        'STORE_MIGRATION_CHANGED',
        `migration ${file.name} was edited after it was applied (sha256 ${row.sha256.slice(0, 12)} in the database, ` +
          `${file.sha256.slice(0, 12)} on disk): restore the file and put the change in a new migration`,
      );
    }
  }
  return files.slice(rows.length);
}
