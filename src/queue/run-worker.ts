// The `feedfold worker` process: config + Postgres store + pg-boss + the fetch loop, with signals. Workers read
// the same config file as the serve process (fetch limits, topic, dedup settings); only `serve` syncs the source
// list into the database, so a worker started with an older file never undoes an operator's edit.
import { ConfigError } from '../errors.js';
import { loadConfig, resolveConfigFile, type ConfigOverrides } from '../config/index.js';
import { createLogger, type Logger } from '../observe/logger.js';
import { createMetrics } from '../observe/metrics.js';
import { createSeededRandom } from '../random.js';
import { createPipelinePoll } from '../service/pipeline-poll.js';
import { createSchedulerSources } from '../service/scheduler-sources.js';
import { listen, type Listening } from '../server/listen.js';
import { createStopOnce } from '../service/signals.js';
import { openStore } from '../store/index.js';
import { openQueue, requirePostgres } from './boss.js';
import { startWorker, type Worker } from './worker.js';

/** How to start a worker process. */
export interface WorkerProcessOptions {
  configFile?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  overrides?: ConfigOverrides;
  /** Jobs run at once (default: fetch.concurrency). */
  concurrency?: number;
  /** Serve this worker's Prometheus metrics on server.host at this port (0: any free port; default: none). */
  metricsPort?: number;
  logger?: Logger;
  prettyLogs?: boolean;
  now?: () => number;
  handleSignals?: boolean;
}

/** A running worker process. */
export interface WorkerProcess {
  worker: Worker;
  stop(reason: string): Promise<void>;
  /** Resolves with the exit code once stopped. */
  done: Promise<number>;
}

/** Starts a worker: takes poll jobs until SIGTERM/SIGINT (SIGHUP reloads the config). */
export async function startWorkerProcess(options: WorkerProcessOptions = {}): Promise<WorkerProcess> {
  const now = options.now ?? Date.now;
  const loadOptions = { file: options.configFile, env: options.env, cwd: options.cwd, overrides: options.overrides };
  let config = loadConfig(loadOptions);
  const url = requirePostgres(config, '`feedfold worker`');
  const logger = (options.logger ?? createLogger({ level: config.log.level, pretty: options.prettyLogs ?? false })).child({ pid: process.pid });
  const store = await openStore(url, { now });
  let boss;
  try {
    boss = await openQueue(url, config.queue, logger);
  } catch (error) {
    await store.close();
    throw error;
  }
  const metrics = createMetrics();
  const worker = startWorker({
    boss,
    sources: createSchedulerSources(store, () => config, now),
    poll: createPipelinePoll({ store, config: () => config, now, logger, metrics }),
    config: () => config,
    concurrency: options.concurrency ?? config.fetch.concurrency,
    now,
    random: createSeededRandom(now() ^ process.pid),
    logger,
    metrics,
  });
  // The worker's own counters (polls, errors, items, copies): one scrape target per worker.
  let exporter: Listening | undefined;
  if (options.metricsPort !== undefined) {
    exporter = await listen(
      {
        fetch: async (request) =>
          new URL(request.url).pathname === '/metrics'
            ? new Response(await metrics.render(), { headers: { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' } })
            : new Response('not found\n', { status: 404 }),
      },
      { host: config.server.host, port: options.metricsPort },
    );
  }
  logger.info(
    { database: store.location, concurrency: options.concurrency ?? config.fetch.concurrency, metrics: exporter ? `${exporter.url}/metrics` : undefined },
    'worker started',
  );

  const { stop, done } = createStopOnce({
    logger,
    failureMessage: 'worker stop failed',
    signals: (options.handleSignals ?? true) && {
      onReload: () => {
        try {
          config = loadConfig(loadOptions);
          logger.info({ file: resolveConfigFile(loadOptions) }, 'config reloaded');
        } catch (error) {
          logger.error({ problems: error instanceof ConfigError ? error.problems : [(error as Error).message] }, 'config rejected; the running config stays');
        }
      },
    },
    async shutdown(reason) {
      await worker.stop(4_000);
      await exporter?.close(1_000);
      await boss.stop({ graceful: false, wait: true, timeout: 2_000 });
      await store.close();
      logger.info({ reason, finished: worker.finished() }, 'worker stopped');
    },
  });
  return { worker, stop, done };
}
