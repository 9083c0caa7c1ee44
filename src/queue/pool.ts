// The serve process's side of a worker pool: the dispatcher on the cron schedule, the pg-boss connection it
// sends with, and the `feedfold worker` processes it keeps running (`serve --workers N`; N = 0 when the workers
// run elsewhere). It answers the same calls as the in-process scheduler, so the service wires either one.
import type { Config } from '../model.js';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import type { SchedulerSnapshot, SchedulerSources } from '../schedule/types.js';
import { openQueue, requirePostgres } from './boss.js';
import { Dispatcher } from './dispatcher.js';
import { superviseWorkers, type Supervisor } from './supervisor.js';

/** What the service needs from whatever polls: the in-process Scheduler or a worker pool. */
export interface Polling {
  start(): Promise<unknown>;
  setCron(expression: string): void;
  runCycle(trigger: string, queue?: boolean): Promise<unknown>;
  stop(timeoutMs?: number): Promise<void>;
  snapshot(): SchedulerSnapshot;
}

/** How to start the pool. */
export interface PoolOptions {
  workers: number;
  /** Forked worker k (from 1) serves its metrics on this port + k - 1. */
  workerMetricsPort?: number;
  config: () => Config;
  /** The config file the workers read (the same one as serve). */
  configFile: string;
  sources: SchedulerSources;
  env?: NodeJS.ProcessEnv;
  now: () => number;
  logger: Logger;
  metrics?: Metrics;
}

/** Opens the queue and forks the workers; `start()` then runs the first dispatch cycle. */
export async function openPool(options: PoolOptions): Promise<Polling> {
  const config = options.config();
  const url = requirePostgres(config, '`serve --workers`');
  const boss = await openQueue(url, config.queue, options.logger);
  const dispatcher = new Dispatcher({
    boss,
    sources: options.sources,
    cron: () => options.config().schedule.cron,
    now: options.now,
    logger: options.logger,
    metrics: options.metrics,
  });
  // The URL (it may hold a password) goes to the workers through the environment, not their command line.
  const supervisor: Supervisor | undefined =
    options.workers > 0
      ? superviseWorkers({
          count: options.workers,
          args: ['--config', options.configFile],
          metricsPortBase: options.workerMetricsPort,
          env: { ...(options.env ?? process.env), FEEDFOLD_DATABASE_URL: url },
          logger: options.logger,
        })
      : undefined;
  return {
    start: () => dispatcher.start(),
    setCron: (expression) => dispatcher.setCron(expression),
    runCycle: (trigger) => dispatcher.runCycle(trigger),
    snapshot: () => dispatcher.snapshot(),
    async stop(timeoutMs = 10_000) {
      await dispatcher.stop();
      await supervisor?.stop(timeoutMs);
      await boss.stop({ graceful: false, wait: true, timeout: 1_000 });
    },
  };
}
