// Vitest global setup: a Postgres for the whole test run, handed to test files as `inject('pg')`.
// FEEDFOLD_TEST_PG_URL set (a superuser or CREATEDB role's URL, e.g. from `scripts/pg-test-cluster.sh start` in
// .ci/run): used as is. Else, when server binaries exist (/usr/lib/postgresql/*/bin/initdb), a throwaway cluster
// is started by scripts/pg-test-cluster.sh and stopped and deleted at the end. Else the Postgres tests are
// reported as skipped, with the reason in their name. Each test makes its own database on it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/** What the Postgres tests receive: an admin URL, or why there is none (skipped) or why it failed. */
export interface PgProvided {
  url: string;
  skipReason: string;
  error: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pg: PgProvided;
  }
}

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test-cluster.sh', import.meta.url));

function serverBinariesExist(): boolean {
  if (process.env.PG_BIN) return fs.existsSync(`${process.env.PG_BIN}/initdb`);
  const root = '/usr/lib/postgresql';
  return fs.existsSync(root) && fs.readdirSync(root).some((v) => fs.existsSync(`${root}/${v}/bin/initdb`));
}

export default function setup(project: TestProject): (() => void) | undefined {
  const given = process.env.FEEDFOLD_TEST_PG_URL;
  if (given) {
    project.provide('pg', { url: given, skipReason: '', error: '' });
    return undefined;
  }
  if (!serverBinariesExist()) {
    const skipReason = 'no Postgres: apt-get install postgresql, or set FEEDFOLD_TEST_PG_URL';
    project.provide('pg', { url: '', skipReason, error: '' });
    return undefined;
  }
  const started = spawnSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', timeout: 120_000 });
  const url = /FEEDFOLD_TEST_PG_URL='([^']+)'/.exec(started.stdout ?? '')?.[1];
  const dir = /FEEDFOLD_TEST_PG_DIR='([^']+)'/.exec(started.stdout ?? '')?.[1];
  if (started.status !== 0 || !url || !dir) {
    // Postgres is installed but would not start: the Postgres tests fail with this, rather than skip.
    const error = `scripts/pg-test-cluster.sh start failed (status ${started.status}): ${(started.stderr || started.error?.message || '').trim()}`;
    project.provide('pg', { url: '', skipReason: '', error });
    return undefined;
  }
  project.provide('pg', { url, skipReason: '', error: '' });
  return () => {
    spawnSync('bash', [SCRIPT, 'stop', dir], { encoding: 'utf8', timeout: 60_000 });
  };
}
