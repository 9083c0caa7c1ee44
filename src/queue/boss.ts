// The job queue: pg-boss on the same Postgres database as the store (its own schema). One queue of poll jobs,
// one job per source at a time, retried with backoff when a poll crashes, moved to a dead-letter queue after the
// last retry. A broken feed is not a crash: the pipeline records it on the source (error code, backoff, disable)
// and the job completes; jobs fail only when the worker itself fails (a bug, the database gone, a killed process).
import PgBoss from 'pg-boss';
import { databaseTarget } from '../config/index.js';
import { ConfigError } from '../errors.js';
import type { Config, QueueSettings } from '../model.js';
import type { Logger } from '../observe/logger.js';
import { isPostgresUrl } from '../store/index.js';

/** Poll jobs: `{ sourceId }`. */
export const POLL_QUEUE = 'feedfold-poll';
/** Poll jobs that failed on every retry, kept for the operator (`feedfold queue dead`). */
export const DEAD_QUEUE = 'feedfold-poll-dead';
/** The Postgres schema pg-boss keeps its tables in. */
export const QUEUE_SCHEMA = 'feedfold_jobs';

/** A poll job's payload. */
export interface PollJob {
  sourceId: string;
}


/** The database URL a worker pool needs, or a ConfigError naming the key. */
export function requirePostgres(config: Config, what: string): string {
  const target = databaseTarget(config);
  if (!isPostgresUrl(target)) {
    throw new ConfigError([
      `database.url: ${what} needs a Postgres database (postgres://user@host/db); SQLite is one process's file (set database.url or FEEDFOLD_DATABASE_URL)`,
    ]);
  }
  return target;
}

/** Starts pg-boss on `url` (creating or migrating its schema under its own advisory lock) and the two queues. */
export async function openQueue(url: string, settings: QueueSettings, logger?: Logger): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, application_name: 'feedfold-queue', max: 4 });
  boss.on('error', (error) => logger?.error({ err: error }, 'job queue error'));
  await boss.start();
  try {
    await ensureQueue(boss, DEAD_QUEUE, { name: DEAD_QUEUE, policy: 'standard', retentionMinutes: 14 * 24 * 60 });
    // 'stately': at most one queued and one active job per singleton key (the source id), so a slow source
    // never piles up jobs and two workers never poll the same feed at once.
    await ensureQueue(boss, POLL_QUEUE, {
      name: POLL_QUEUE,
      policy: 'stately',
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.expireSeconds,
      deadLetter: DEAD_QUEUE,
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
  return boss;
}

// createQueue fails on an existing queue; updateQueue then applies changed settings (policy cannot change).
async function ensureQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else {
    try {
      await boss.createQueue(name, options);
    } catch (error) {
      // Another process created it between the check and the create.
      if (!(await boss.getQueue(name))) throw error;
    }
  }
}

/** Queue sizes for status pages and `feedfold queue status`. */
export interface QueueStatus {
  queued: number;
  active: number;
  dead: number;
}

/** Counts queued (created or waiting to retry), active and dead-lettered poll jobs. */
export async function queueStatus(boss: PgBoss): Promise<QueueStatus> {
  const [beforeActive, beforeCompleted, dead] = await Promise.all([
    boss.getQueueSize(POLL_QUEUE, { before: 'active' }),
    boss.getQueueSize(POLL_QUEUE, { before: 'completed' }),
    boss.getQueueSize(DEAD_QUEUE, { before: 'completed' }),
  ]);
  return { queued: beforeActive, active: beforeCompleted - beforeActive, dead };
}

/** A poll job that failed on every retry. */
export interface DeadJob {
  id: string;
  sourceId: string;
  /** The last failure's message. */
  error?: string;
  /** When it reached the dead-letter queue (epoch ms). */
  deadAt: number;
}

/** Dead-lettered poll jobs, newest first (read through pg-boss's own connection; pg-boss has no list call). */
export async function deadJobs(boss: PgBoss, limit = 100): Promise<DeadJob[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, data, output, created_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1 ORDER BY created_on DESC LIMIT $2`,
    [DEAD_QUEUE, limit],
  );
  return rows.map((row: { id: string; data: PollJob | null; output: { message?: string; value?: { message?: string } } | null; created_on: Date }) => ({
    id: row.id,
    sourceId: row.data?.sourceId ?? '',
    error: row.output?.message ?? row.output?.value?.message,
    deadAt: row.created_on.getTime(),
  }));
}
