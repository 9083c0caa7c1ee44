import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, openStore, type PostgresStore, type SqliteStore, type Store } from '../../src/store/index.js';
import { readDialectMigrations } from '../../src/store/migration-files.js';
import { StoreError } from '../../src/errors.js';
import { withOptions } from './postgres-server.js';
import { describeBackends, makeTempDir, openTracked, tempTarget, type Backend } from './temp-store.js';

const SHIPPED = fs.readdirSync(DEFAULT_MIGRATIONS_DIR).filter((n) => /^\d{4}_.*\.sql$/.test(n)).sort();
/** File name for the migration numbered `offset` after the shipped ones. */
const next = (offset: number, name: string): string => `${String(SHIPPED.length + offset).padStart(4, '0')}_${name}.sql`;

function copyMigrations(dir: string): string {
  const target = path.join(dir, 'migrations');
  fs.cpSync(DEFAULT_MIGRATIONS_DIR, target, { recursive: true, filter: (src) => !src.endsWith('.md') });
  return target;
}

async function codeOf(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as StoreError).code;
  }
  return undefined;
}

/** Rows of schema_migrations, by backend. */
async function applied(store: Store): Promise<Array<{ version: number; name: string; len: number }>> {
  const sql = 'SELECT version, name, length(sha256) AS len FROM schema_migrations ORDER BY version';
  if (store.backend === 'sqlite') return (store as SqliteStore).db.prepare(sql).all() as Array<{ version: number; name: string; len: number }>;
  return (await (store as PostgresStore).pool.query(sql)).rows;
}

async function hasTable(store: Store, name: string): Promise<boolean> {
  if (store.backend === 'sqlite') return (store as SqliteStore).db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  return (await (store as PostgresStore).pool.query('SELECT to_regclass($1) IS NOT NULL AS found', [name])).rows[0].found;
}

/** The file a backend applies for a shipped migration (Postgres: its override when there is one). */
const fileFor = (backend: Backend, migrations: string, name: string): string =>
  backend === 'postgres' && fs.existsSync(path.join(migrations, 'postgres', name)) ? path.join(migrations, 'postgres', name) : path.join(migrations, name);

describeBackends('migration runner', (backend) => {
  it('applies every migration once and records checksums', async () => {
    const target = await tempTarget(backend);
    const first = await openTracked(target);
    const rows = await applied(first);
    expect(rows).toHaveLength(SHIPPED.length);
    expect(rows[0]).toEqual({ version: 1, name: '0001_init.sql', len: 64 });
    await first.close();
    const again = await openTracked(target);
    expect(await applied(again)).toEqual(rows);
  });

  it('applies a new migration added later, shared by both backends when its SQL is portable', async () => {
    const migrations = copyMigrations(makeTempDir());
    const target = await tempTarget(backend);
    await (await openTracked(target, { migrationsDir: migrations })).close();
    fs.writeFileSync(path.join(migrations, next(1, 'extra')), 'CREATE TABLE extra (x INTEGER);\n');
    const store = await openTracked(target, { migrationsDir: migrations });
    expect((await applied(store)).map((r) => r.version)).toHaveLength(SHIPPED.length + 1);
    expect(await hasTable(store, 'extra')).toBe(true);
  });

  it('rolls back a failing migration and keeps the previous version', async () => {
    const migrations = copyMigrations(makeTempDir());
    const target = await tempTarget(backend);
    await (await openTracked(target, { migrationsDir: migrations })).close();
    fs.writeFileSync(path.join(migrations, next(1, 'bad')), 'CREATE TABLE half (x INTEGER);\nSELECT * FROM nowhere;\n');
    expect(await codeOf(() => openTracked(target, { migrationsDir: migrations }))).toBe('STORE_MIGRATION_FAILED');
    fs.rmSync(path.join(migrations, next(1, 'bad')));
    const store = await openTracked(target, { migrationsDir: migrations });
    expect(await applied(store)).toHaveLength(SHIPPED.length);
    expect(await hasTable(store, 'half')).toBe(false);
  });

  it.each([
    ['an applied file was edited', (m: string, b: Backend) => fs.appendFileSync(fileFor(b, m, '0001_init.sql'), '\n-- edited\n'), 'STORE_MIGRATION_CHANGED'],
    ['an applied file is gone (database newer than the code)', (m: string, b: Backend) => {
      const last = SHIPPED[SHIPPED.length - 1];
      fs.rmSync(path.join(m, last));
      if (b === 'postgres') fs.rmSync(path.join(m, 'postgres', last), { force: true });
    }, 'STORE_TOO_NEW'],
    ['numbers have a gap', (m: string) => fs.writeFileSync(path.join(m, next(2, 'skip')), 'SELECT 1;'), 'STORE_MIGRATIONS_GAP'],
  ])('refuses to start when %s', async (_label, mutate, code) => {
    const migrations = copyMigrations(makeTempDir());
    const target = await tempTarget(backend);
    await (await openTracked(target, { migrationsDir: migrations })).close();
    mutate(migrations, backend);
    expect(await codeOf(() => openTracked(target, { migrationsDir: migrations }))).toBe(code);
  });
});

describeBackends('migrations (SQLite only)', () => {
  it('opens with WAL and foreign keys, and bumps user_version', async () => {
    const store = (await openTracked(await tempTarget('sqlite'))) as SqliteStore;
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SHIPPED.length);
  });

  it('ignores the postgres/ folder: existing SQLite databases keep their recorded files', async () => {
    const migrations = copyMigrations(makeTempDir());
    const target = await tempTarget('sqlite');
    await (await openTracked(target, { migrationsDir: migrations })).close();
    fs.appendFileSync(path.join(migrations, 'postgres', '0001_init.sql'), '\n-- a Postgres-only edit\n');
    expect(await applied(await openTracked(target, { migrationsDir: migrations }))).toHaveLength(SHIPPED.length);
  });

  it('opens read-only only when fully migrated', async () => {
    const migrations = copyMigrations(makeTempDir());
    const target = await tempTarget('sqlite');
    await (await openTracked(target, { migrationsDir: migrations })).close();
    const reader = await openTracked(target, { migrationsDir: migrations, readonly: true });
    expect(await reader.sources.list()).toEqual([]);
    await reader.close();
    fs.writeFileSync(path.join(migrations, next(1, 'more')), 'CREATE TABLE more (x INTEGER);\n');
    expect(await codeOf(() => openTracked(target, { migrationsDir: migrations, readonly: true }))).toBe('STORE_NEEDS_MIGRATION');
  });

  it('reports a database that cannot be opened as a StoreError', async () => {
    expect(await codeOf(() => openStore(path.join(makeTempDir(), 'missing.db'), { readonly: true }))).toBe('STORE_OPEN_FAILED');
  });
}, ['sqlite']);

describeBackends('migrations (Postgres only)', () => {
  it('applies its dialect files: native types where SQLite has none', async () => {
    const store = (await openTracked(await tempTarget('postgres'))) as PostgresStore;
    const { rows } = await store.pool.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND (table_name, column_name) IN (('sources', 'enabled'), ('items', 'first_seen_at'), ('dedup_postings', 'key'), ('dedup_items', 'word_sketch'))
        ORDER BY table_name`,
    );
    expect(rows.map((r) => `${r.table_name}.${r.column_name} ${r.data_type}`)).toEqual([
      'dedup_items.word_sketch bytea', 'dedup_postings.key bigint', 'items.first_seen_at bigint', 'sources.enabled boolean',
    ]);
  });

  it('lets several processes start at once: each migration is applied once', async () => {
    const target = await tempTarget('postgres');
    const stores = await Promise.all([1, 2, 3, 4].map(() => openTracked(target)));
    expect(await applied(stores[3])).toHaveLength(SHIPPED.length);
  });

  it('opens a fully migrated read-only database', async () => {
    const target = await tempTarget('postgres');
    await (await openTracked(target)).close();
    const reader = await openTracked(withOptions(target, '-c default_transaction_read_only=on'));
    expect(await reader.sources.list()).toEqual([]);
  });

  it('refuses a dialect file that overrides no shared migration', async () => {
    const migrations = copyMigrations(makeTempDir());
    fs.writeFileSync(path.join(migrations, 'postgres', '0001_renamed.sql'), 'SELECT 1;');
    const target = await tempTarget('postgres');
    expect(await codeOf(() => openTracked(target, { migrationsDir: migrations }))).toBe('STORE_MIGRATIONS_GAP');
  });

  it('reports a server it cannot reach as a StoreError without the password', async () => {
    const error = await openStore('postgres://feedfold:s3cret@127.0.0.1:1/feedfold').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_OPEN_FAILED');
    expect((error as StoreError).message).not.toContain('s3cret');
  });
}, ['postgres']);

describe('dialect migration files', () => {
  it('uses the postgres/ file in place of the shared one of the same name, and the shared one elsewhere', () => {
    const migrations = copyMigrations(makeTempDir());
    fs.writeFileSync(path.join(migrations, next(1, 'portable')), 'CREATE TABLE portable (x INTEGER);\n');
    const files = readDialectMigrations(migrations, 'postgres');
    expect(files.map((f) => f.name)).toEqual([...SHIPPED, next(1, 'portable')]);
    expect(files[0].sql).toContain('BIGINT GENERATED BY DEFAULT AS IDENTITY');
    expect(files[files.length - 1].sql).toBe('CREATE TABLE portable (x INTEGER);\n');
    expect(readDialectMigrations(migrations, 'none').map((f) => f.sql)).toEqual(SHIPPED.concat(next(1, 'portable')).map((n) => fs.readFileSync(path.join(migrations, n), 'utf8')));
  });
});
