// Migration runner on Postgres: the files of migrations/ with migrations/postgres/ overriding a number where the
// SQL does not port (see migrations/README.md), each applied once in its own transaction, recorded with its
// sha256 in schema_migrations and refused when an applied file changed, as on SQLite. The whole run holds a
// session advisory lock, so two workers starting at once apply each migration once: the second waits, then
// finds everything applied.
import type pg from 'pg';
import { StoreError } from '../../errors.js';
import { pendingMigrations, readDialectMigrations, type AppliedMigration, type MigrationReport } from '../migration-files.js';

/** The advisory lock key (two int4s: 'feed', 1) held while migrations run. */
export const MIGRATION_LOCK = [0x66656564, 1] as const;

/** Applies pending migrations from `dir` (and `dir/postgres`) after checking the applied ones. */
export async function runPostgresMigrations(pool: pg.Pool, dir: string, now: number): Promise<MigrationReport> {
  const files = readDialectMigrations(dir, 'postgres');
  const client = await pool.connect();
  let broken: Error | undefined;
  const recorded = async (): Promise<AppliedMigration[] | undefined> => {
    const [{ found }] = (await client.query<{ found: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS found")).rows;
    if (!found) return undefined;
    return (await client.query<AppliedMigration>('SELECT version, name, sha256 FROM schema_migrations ORDER BY version')).rows;
  };
  try {
    // Nothing to apply (every start but the first after an upgrade): no lock, no write, so a read-only
    // database opens too.
    const before = await recorded();
    if (before && pendingMigrations(before, files).length === 0) return { applied: [], version: files.length };
    await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
      const rows = (await recorded()) ?? [];
      const applied: string[] = [];
      for (const file of pendingMigrations(rows, files)) {
        try {
          await client.query('BEGIN');
          // No parameters: the simple protocol runs every statement of the file, inside this transaction.
          await client.query(file.sql);
          await client.query('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES ($1, $2, $3, $4)', [
            file.version, file.name, file.sha256, now,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
          throw new StoreError('STORE_MIGRATION_FAILED', `migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file.name);
      }
      return { applied, version: files.length };
    } finally {
      if (!broken) await client.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]).catch((error: Error) => (broken = error));
    }
  } finally {
    // A session that may still hold the lock is closed rather than pooled (closing releases the lock).
    client.release(broken);
  }
}
