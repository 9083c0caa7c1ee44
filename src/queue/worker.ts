// A worker: takes poll jobs from the queue and runs each one as the in-process scheduler would: poll the source
// through the pipeline (fetch, parse, store, copy detection), then settle it (next due time, disable, metrics,
// the poll log line). Up to `concurrency` jobs run at once; a job finishes (complete or fail) on its own, so
// one slow feed never holds back the others.
import type PgBoss from 'pg-boss';
import type { Config } from '../model.js';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import { settlePoll } from '../schedule/settle-poll.js';
import type { PollFunction, PollReport, SchedulerSources } from '../schedule/types.js';
import { settleWithin } from '../settle-within.js';
import { POLL_QUEUE, type PollJob } from './boss.js';

/** What a worker runs on. */
export interface WorkerOptions {
  boss: PgBoss;
  sources: SchedulerSources;
  poll: PollFunction;
  config: () => Config;
  concurrency: number;
  now: () => number;
  random: () => number;
  logger: Logger;
  metrics?: Metrics;
  /** Wait between two empty fetches (default 1000 ms). */
  idleMs?: number;
}

/** A running worker. */
export interface Worker {
  /** Jobs being worked on now (source ids). */
  active(): string[];
  /** Jobs this worker finished (completed or failed) since it started. */
  finished(): number;
  /** Stops taking jobs, aborts running polls, waits for them (at most `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

/** Starts the fetch loop. */
export function startWorker(options: WorkerOptions): Worker {
  const { boss, logger } = options;
  const running = new Map<string, { sourceId: string; controller: AbortController; done: Promise<void> }>();
  let stopped = false;
  let finished = 0;
  let wake: (() => void) | undefined;

  const runJob = async (job: PgBoss.Job<PollJob>, controller: AbortController): Promise<void> => {
    try {
      await pollOne(options, job.data.sourceId, controller.signal);
      await boss.complete(POLL_QUEUE, job.id);
    } catch (error) {
      if (controller.signal.aborted) {
        // Shutting down: the job is failed so that pg-boss retries it (on this worker's restart or another one).
        logger.info({ source: job.data.sourceId }, 'poll aborted by shutdown; job handed back');
      } else {
        logger.error({ err: error, source: job.data.sourceId, job: job.id }, 'poll job failed; pg-boss retries it');
      }
      await boss.fail(POLL_QUEUE, job.id, { message: (error as Error).message }).catch((failError: unknown) => {
        logger.error({ err: failError, job: job.id }, 'cannot mark the job failed; it expires and is retried');
      });
    } finally {
      finished++;
      running.delete(job.id);
      wake?.();
    }
  };

  const loop = async (): Promise<void> => {
    while (!stopped) {
      const free = options.concurrency - running.size;
      let jobs: PgBoss.Job<PollJob>[] = [];
      if (free > 0) {
        try {
          jobs = await boss.fetch<PollJob>(POLL_QUEUE, { batchSize: free });
        } catch (error) {
          logger.error({ err: error }, 'cannot fetch jobs; retrying');
        }
      }
      for (const job of jobs) {
        const controller = new AbortController();
        running.set(job.id, { sourceId: job.data.sourceId, controller, done: runJob(job, controller) });
      }
      if (stopped) break;
      // Sleep until a slot frees up (when full) or the idle wait ends (when the queue was empty).
      if (jobs.length === 0 || running.size >= options.concurrency) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, running.size >= options.concurrency ? 60_000 : (options.idleMs ?? 1_000));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  };
  const looping = loop();

  return {
    active: () => [...running.values()].map((r) => r.sourceId),
    finished: () => finished,
    async stop(timeoutMs = 5_000) {
      stopped = true;
      wake?.();
      for (const r of running.values()) r.controller.abort(new Error('feedfold worker is shutting down'));
      await settleWithin(Promise.all([looping, ...[...running.values()].map((r) => r.done)]), timeoutMs);
    },
  };
}

// One job: the source as stored now (it may have been removed or disabled since it was queued), then the poll
// and its settlement, exactly as the in-process scheduler does them.
async function pollOne(options: WorkerOptions, sourceId: string, signal: AbortSignal): Promise<void> {
  const source = await options.sources.get(sourceId);
  if (!source || !source.enabled || source.removedAt !== undefined) {
    options.logger.info({ source: sourceId }, 'poll job skipped: the source is gone or disabled');
    return;
  }
  const started = options.now();
  let report: PollReport;
  let crash: Error | undefined;
  try {
    report = await options.poll(source, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    // A poll that throws is a bug in a stage: shown on the source like any error, backed off like one (so the
    // dispatcher does not resend it every cycle), and the job fails so pg-boss retries and dead-letters it.
    crash = error as Error;
    report = { sourceId, outcome: 'failed', errorCode: 'INTERNAL', errorMessage: crash.message };
    await options.sources.recordCrash(sourceId, crash.message);
  }
  if (signal.aborted) throw signal.reason ?? new Error('aborted');
  await settlePoll({
    sources: options.sources,
    source,
    report,
    settings: options.config().schedule,
    startedAt: started,
    durationMs: options.now() - started,
    now: options.now,
    random: options.random,
    logger: options.logger,
    metrics: options.metrics,
  });
  if (crash) throw crash;
}
