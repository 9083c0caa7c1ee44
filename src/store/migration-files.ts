// Migration files, shared by both backends: numbered `NNNN_name.sql` files in migrations/, applied once each in
// version order and checksummed against later edits. A dialect may override a number with its own file of the
// same name in migrations/<dialect>/ (Postgres: migrations/postgres/), for SQL that does not port.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../errors.js';

/** The repository's migrations folder (`migrations/` beside `src/`). */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** One migration file on disk. */
export interface MigrationFile {
  version: number;
  name: string;
  sha256: string;
  sql: string;
}

/** What a runner did. */
export interface MigrationReport {
  applied: string[];
  version: number;
}

/** A row of schema_migrations. */
export interface AppliedMigration {
  version: number;
  name: string;
  sha256: string;
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_-]+\.sql$/i;

function readFolder(dir: string): MigrationFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => FILE_PATTERN.test(name));
  } catch (error) {
    throw new StoreError('STORE_MIGRATIONS_MISSING', `cannot read migrations folder ${dir}: ${(error as Error).message}`);
  }
  return names
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      const sha256 = crypto.createHash('sha256').update(sql).digest('hex');
      return { version: Number(name.slice(0, 4)), name, sha256, sql };
    })
    .sort((a, b) => a.version - b.version);
}

/** Reads `NNNN_name.sql` files in version order; refuses gaps and duplicate numbers. */
export function readMigrationFiles(dir: string): MigrationFile[] {
  const files = readFolder(dir);
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

/** The shared files of `dir` with the ones in `dir/<dialect>/` in place of the same names. An override must
 *  carry the name of a shared file: numbers are common to every backend. */
export function readDialectMigrations(dir: string, dialect: string): MigrationFile[] {
  const shared = readMigrationFiles(dir);
  const folder = path.join(dir, dialect);
  if (!fs.existsSync(folder)) return shared;
  const overrides = new Map(readFolder(folder).map((file) => [file.name, file]));
  for (const file of overrides.values()) {
    if (!shared.some((s) => s.name === file.name)) {
      throw new StoreError(
        'STORE_MIGRATIONS_GAP',
        `migration ${dialect}/${file.name} overrides no migration: a ${dialect} file must have the name of a file in ${dir}`,
      );
    }
  }
  return shared.map((file) => overrides.get(file.name) ?? file);
}

/** Compares the recorded migrations with the files; returns the files not yet applied. */
export function pendingMigrations(rows: readonly AppliedMigration[], files: readonly MigrationFile[]): MigrationFile[] {
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
