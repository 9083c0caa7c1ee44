import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { openStore, DEFAULT_MIGRATIONS_DIR } from '../../src/store/index.js';
import { StoreError } from '../../src/errors.js';
import { makeTempDir } from './temp-store.js';

const SHIPPED = fs.readdirSync(DEFAULT_MIGRATIONS_DIR).filter((n) => /^\d{4}_.*\.sql$/.test(n)).sort();
/** File name for the migration numbered `offset` after the shipped ones. */
const next = (offset: number, name: string): string => `${String(SHIPPED.length + offset).padStart(4, '0')}_${name}.sql`;

function copyMigrations(dir: string): string {
  const target = path.join(dir, 'migrations');
  fs.mkdirSync(target);
  for (const name of fs.readdirSync(DEFAULT_MIGRATIONS_DIR)) {
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(target, name));
  }
  return target;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as StoreError).code;
  }
  return undefined;
}

describe('migration runner', () => {
  it('applies every migration once, records checksums and bumps user_version', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'a.db');
    const first = openStore(file);
    const version = first.db.pragma('user_version', { simple: true });
    const rows = first.db.prepare('SELECT version, name, length(sha256) AS len FROM schema_migrations').all();
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.db.pragma('foreign_keys', { simple: true })).toBe(1);
    first.close();
    expect(version).toBe(SHIPPED.length);
    expect(rows[0]).toEqual({ version: 1, name: '0001_init.sql', len: 64 });
    const again = openStore(file);
    expect(again.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: rows.length });
    again.close();
    fs.rmSync(dir, { recursive: true });
  });

  it('applies a new migration added later, in its own transaction', () => {
    const dir = makeTempDir();
    const migrations = copyMigrations(dir);
    const file = path.join(dir, 'b.db');
    openStore(file, { migrationsDir: migrations }).close();
    fs.writeFileSync(path.join(migrations, next(1, 'extra')), 'CREATE TABLE extra (x INTEGER);\n');
    const store = openStore(file, { migrationsDir: migrations });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SHIPPED.length + 1);
    store.close();
    fs.rmSync(dir, { recursive: true });
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const dir = makeTempDir();
    const migrations = copyMigrations(dir);
    const file = path.join(dir, 'c.db');
    openStore(file, { migrationsDir: migrations }).close();
    fs.writeFileSync(path.join(migrations, next(1, 'bad')), 'CREATE TABLE half (x INTEGER);\nSELECT * FROM nowhere;\n');
    expect(codeOf(() => openStore(file, { migrationsDir: migrations }))).toBe('STORE_MIGRATION_FAILED');
    fs.rmSync(path.join(migrations, next(1, 'bad')));
    const store = openStore(file, { migrationsDir: migrations });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SHIPPED.length);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    store.close();
    fs.rmSync(dir, { recursive: true });
  });

  it.each([
    ['an applied file was edited', (m: string) => fs.appendFileSync(path.join(m, '0001_init.sql'), '\n-- edited\n'), 'STORE_MIGRATION_CHANGED'],
    ['an applied file is gone (database newer than the code)', (m: string) => fs.rmSync(path.join(m, SHIPPED[SHIPPED.length - 1])), 'STORE_TOO_NEW'],
    ['numbers have a gap', (m: string) => fs.writeFileSync(path.join(m, next(2, 'skip')), 'SELECT 1;'), 'STORE_MIGRATIONS_GAP'],
  ])('refuses to start when %s', (_label, mutate, code) => {
    const dir = makeTempDir();
    const migrations = copyMigrations(dir);
    const file = path.join(dir, 'd.db');
    openStore(file, { migrationsDir: migrations }).close();
    mutate(migrations);
    expect(codeOf(() => openStore(file, { migrationsDir: migrations }))).toBe(code);
    fs.rmSync(dir, { recursive: true });
  });

  it('opens read-only only when fully migrated', () => {
    const dir = makeTempDir();
    const migrations = copyMigrations(dir);
    const file = path.join(dir, 'e.db');
    openStore(file, { migrationsDir: migrations }).close();
    const reader = openStore(file, { migrationsDir: migrations, readonly: true });
    expect(reader.sources.list()).toEqual([]);
    reader.close();
    fs.writeFileSync(path.join(migrations, next(1, 'more')), 'CREATE TABLE more (x INTEGER);\n');
    expect(codeOf(() => openStore(file, { migrationsDir: migrations, readonly: true }))).toBe('STORE_NEEDS_MIGRATION');
    fs.rmSync(dir, { recursive: true });
  });

  it('reports a database that cannot be opened as a StoreError', () => {
    const dir = makeTempDir();
    expect(codeOf(() => openStore(path.join(dir, 'missing.db'), { readonly: true }))).toBe('STORE_OPEN_FAILED');
    fs.rmSync(dir, { recursive: true });
  });
});
