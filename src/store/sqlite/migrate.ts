// Migration runner: numbered SQL files, each applied once in its own transaction, checksummed against edits.
import type Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';
import { pendingMigrations, readMigrationFiles, type AppliedMigration, type MigrationFile, type MigrationReport } from '../migration-files.js';

export { DEFAULT_MIGRATIONS_DIR, readMigrationFiles, type MigrationFile, type MigrationReport } from '../migration-files.js';

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
  const rows = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
  return pendingMigrations(rows, files);
}
