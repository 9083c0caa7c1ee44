// Test helper: a database per test file on the test run's Postgres (see pg-global-setup.ts), dropped after the
// file, and a schema per test in it (CREATE DATABASE costs far more than CREATE SCHEMA). A test's store sees only
// its schema through the URL's search_path; notifications and advisory locks are per database, so tests of one
// file (which run one after another) share them, and test files (which run in parallel) do not.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

/** The run's Postgres: an admin URL, or why there is none. */
export const PG = inject('pg');

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let fileDatabase: Promise<string> | undefined;
let schemas = 0;

afterAll(async () => {
  if (!fileDatabase) return;
  const url = await fileDatabase.catch(() => undefined);
  fileDatabase = undefined;
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  await admin(PG.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});

/** `url` with `-c setting=value` options added (pg passes them to the server at connect). */
export function withOptions(url: string, options: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', [parsed.searchParams.get('options'), options].filter(Boolean).join(' '));
  return parsed.toString();
}

/** A new, empty schema in this test file's database; returns a URL whose search_path is that schema. */
export async function createTestSchema(): Promise<string> {
  if (!PG.url) throw new Error(PG.error || PG.skipReason || 'no Postgres for tests');
  fileDatabase ??= (async () => {
    const name = `feedfold_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await admin(PG.url, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(PG.url);
    url.pathname = `/${name}`;
    return url.toString();
  })();
  const database = await fileDatabase;
  const schema = `t${++schemas}_${crypto.randomBytes(3).toString('hex')}`;
  await admin(database, (client) => client.query(`CREATE SCHEMA ${schema}`));
  return withOptions(database, `-c search_path=${schema}`);
}
