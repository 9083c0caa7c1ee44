// A throwaway Postgres for benchmarks: scripts/pg-test-cluster.sh (the one CI and the tests use), or the server
// named by FEEDFOLD_TEST_PG_URL when one is already running.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../scripts/pg-test-cluster.sh', import.meta.url));

/** A running server: `createDatabase` returns the URL of a new empty database. */
export interface ThrowawayPostgres {
  url: string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a cluster (or uses FEEDFOLD_TEST_PG_URL); databases made here are dropped by `stop`. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  let url = process.env.FEEDFOLD_TEST_PG_URL;
  let dir: string | undefined;
  if (!url) {
    const out = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' });
    url = /FEEDFOLD_TEST_PG_URL=['"]?([^'"\n]+)/.exec(out)?.[1];
    dir = /FEEDFOLD_TEST_PG_DIR=['"]?([^'"\n]+)/.exec(out)?.[1];
    if (!url) throw new Error(`pg-test-cluster.sh printed no URL: ${out}`);
  }
  const admin = url;
  const made: string[] = [];
  const run = async (sql: string): Promise<void> => {
    const client = new pg.Client(admin);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    url: admin,
    async createDatabase(name) {
      const db = `feedfold_bench_${name}_${process.pid}`;
      await run(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await run(`CREATE DATABASE ${db}`);
      made.push(db);
      const parsed = new URL(admin);
      parsed.pathname = `/${db}`;
      return parsed.toString();
    },
    async stop() {
      if (dir) {
        execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore' });
        return;
      }
      for (const db of made) await run(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    },
  };
}
