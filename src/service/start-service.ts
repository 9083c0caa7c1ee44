// The long-running process: config + store + HTTP server + scheduler, with signals, reloads and a clean stop.
import type { Hono } from 'hono';
import { ConfigError } from '../errors.js';
import { databaseTarget, loadConfig, resolveConfigFile, type ConfigOverrides } from '../config/index.js';
import type { Config } from '../model.js';
import { createLogger, type Logger } from '../observe/logger.js';
import { createMetrics, type Metrics } from '../observe/metrics.js';
import type { Polling } from '../queue/pool.js';
import { createScheduler, createSeededRandom, type PollFunction } from '../schedule/index.js';
import { createApp } from '../server/app.js';
import { listen, type Listening } from '../server/listen.js';
import { openStore, type Store } from '../store/index.js';
import { planReload } from './plan-reload.js';
import { createSchedulerSources } from './scheduler-sources.js';
import { createStopOnce } from './signals.js';
import { watchConfigFile } from './watch-config.js';

/** How to start the service (the serve command maps its flags onto these). */
export interface ServiceOptions {
  /** Config file (--config); else FEEDFOLD_CONFIG, ./config/feedfold.yaml, the bundled default. */
  configFile?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Values that win over the file and the environment on every (re)load: --db, --port, --host. */
  overrides?: ConfigOverrides;
  logger?: Logger;
  /** Human-readable log lines (the CLI passes whether stdout is a terminal); default JSON lines. */
  prettyLogs?: boolean;
  now?: () => number;
  /** Seed of the backoff jitter (default: the start time). */
  seed?: number;
  /** Install SIGTERM/SIGINT/SIGHUP handlers (default true). */
  handleSignals?: boolean;
  /** Reload when the config file changes (default true). */
  watchConfig?: boolean;
  /** Builds the poll function (default: the pipeline). */
  createPoll?: (deps: { store: Store; config: () => Config; now: () => number; logger: Logger; metrics: Metrics }) => PollFunction;
  /** Poll through a pg-boss worker pool instead of in this process: this many `feedfold worker` processes are
   *  forked (0: they run elsewhere). Needs database.url (Postgres). */
  workers?: number;
  /** With `workers`: forked worker k serves its Prometheus metrics on this port + k - 1. */
  workerMetricsPort?: number;
  /** How long a stop waits for in-flight polls to settle before closing the database (default 4000 ms). */
  stopTimeoutMs?: number;
}

/** The outcome of a reload. */
export interface ReloadResult {
  applied: boolean;
  problems: string[];
  needsRestart: string[];
}

/** A running service. */
export interface Service {
  url: string;
  store: Store;
  /** The in-process scheduler, or the worker pool's dispatcher with `workers`. */
  scheduler: Polling;
  metrics: Metrics;
  config(): Config;
  /** Reloads the config file (reloads run one at a time, in order). */
  reload(trigger: string): Promise<ReloadResult>;
  /** Stops everything; resolves once the database is closed. */
  stop(reason: string): Promise<void>;
  /** Resolves with the exit code when the service has stopped (0 after a signal). */
  done: Promise<number>;
}

/** Starts the service: loads config, opens the store, listens, starts the scheduler (first cycle at once). */
export async function startService(options: ServiceOptions = {}): Promise<Service> {
  const now = options.now ?? Date.now;
  const loadOptions = { file: options.configFile, env: options.env, cwd: options.cwd, overrides: options.overrides };
  const configFile = resolveConfigFile(loadOptions);
  let config = loadConfig(loadOptions);
  const logger = options.logger ?? createLogger({ level: config.log.level, pretty: options.prettyLogs ?? false });
  // The pipeline loads only when used, so tests with their own poll function do not pull in every stage.
  const createPoll = options.createPoll ?? (await import('./pipeline-poll.js')).createPipelinePoll;
  const store = await openStore(databaseTarget(config));
  try {
    await store.sources.sync(config.sources, now());
  } catch (error) {
    await store.close();
    throw error;
  }
  // A `feedfold poll`, `dedup rebuild` or worker beside the service writes the same database: refresh the feed cache.
  const stopWatchingWriters = store.watchOtherWriters(2_000);
  const metrics = createMetrics();
  const sources = createSchedulerSources(store, () => config, now);
  let scheduler: Polling;
  try {
    scheduler =
      options.workers === undefined
        ? createScheduler({
            sources,
            poll: createPoll({ store, config: () => config, now, logger, metrics }),
            settings: () => ({ schedule: config.schedule, concurrency: config.fetch.concurrency }),
            now,
            random: createSeededRandom(options.seed ?? now()),
            logger,
            metrics,
          })
        : await (await import('../queue/pool.js')).openPool({ workers: options.workers, workerMetricsPort: options.workerMetricsPort, config: () => config, configFile, sources, env: options.env, now, logger, metrics });
  } catch (error) {
    stopWatchingWriters();
    await store.close();
    throw error;
  }
  let app: Hono = buildApp();
  let server: Listening;
  try {
    server = await listen({ fetch: (request) => app.fetch(request) }, config.server);
  } catch (error) {
    await scheduler.stop(0);
    stopWatchingWriters();
    await store.close();
    throw describeListenError(error as NodeJS.ErrnoException, config);
  }
  logger.info({ url: server.url, config: configFile, database: store.location, sources: config.sources.length }, 'listening');

  function buildApp(): Hono {
    return createApp({ config, store, now, metrics, scheduler, logger });
  }

  // Reloads run one after another: each plans against the config the previous one applied.
  let reloading: Promise<unknown> = Promise.resolve();
  function reload(trigger: string): Promise<ReloadResult> {
    const run = reloading.then(() => reloadNow(trigger));
    reloading = run.catch(() => undefined);
    return run;
  }

  async function reloadNow(trigger: string): Promise<ReloadResult> {
    if (stopping) return { applied: false, problems: ['the service is stopping'], needsRestart: [] };
    let next: Config;
    try {
      next = loadConfig(loadOptions);
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems : [(error as Error).message];
      metrics.recordReload('rejected');
      logger.error({ trigger, file: configFile, problems }, 'config rejected; the running config stays');
      return { applied: false, problems, needsRestart: [] };
    }
    const plan = planReload(config, next);
    try {
      const synced = await store.sources.sync(plan.config.sources, now());
      for (const id of synced.removed) metrics.forgetSource(id);
      config = plan.config;
      logger.level = config.log.level;
      scheduler.setCron(config.schedule.cron);
      app = buildApp();
      metrics.recordReload('applied');
      logger.info({ trigger, ...synced, needsRestart: plan.needsRestart }, 'config reloaded');
    } catch (error) {
      // The sync runs in one transaction: when it fails nothing changed, so the running config stays.
      metrics.recordReload('rejected');
      logger.error({ trigger, err: error }, 'config reload failed; the running config stays');
      return { applied: false, problems: [(error as Error).message], needsRestart: [] };
    }
    if (plan.needsRestart.length) logger.warn({ keys: plan.needsRestart }, 'these changes take effect after a restart');
    void scheduler.runCycle('reload', true);
    return { applied: true, problems: [], needsRestart: plan.needsRestart };
  }

  let unwatch = (): void => undefined;
  // Checked by reload: no reload starts once a stop has begun.
  let stopping = false;
  const { stop, done } = createStopOnce({
    logger,
    failureMessage: 'stop failed',
    signals: (options.handleSignals ?? true) && { onReload: () => void reload('SIGHUP') },
    async shutdown(reason) {
      stopping = true;
      logger.info({ reason }, 'stopping');
      unwatch();
      await scheduler.stop(options.stopTimeoutMs ?? 4_000);
      await server.close(1_000);
      await reloading;
      stopWatchingWriters();
      await store.close();
      logger.info({ reason }, 'stopped');
    },
  });

  if (options.watchConfig ?? true) {
    unwatch = watchConfigFile(configFile, () => void reload('file changed'), {
      onError: (error) => logger.warn({ err: error, file: configFile }, 'cannot watch the config file; SIGHUP still reloads'),
    });
  }
  void scheduler.start();
  return { url: server.url, store, scheduler, metrics, config: () => config, reload, stop, done };
}

/** A port that cannot be bound is the operator's to fix (config or another process), not a bug: say which key. */
function describeListenError(error: NodeJS.ErrnoException, config: Config): Error {
  const where = `${config.server.host}:${config.server.port}`;
  const why: Record<string, string> = {
    EADDRINUSE: `${where} is already in use (another feedfold, or another program)`,
    EACCES: `no permission to listen on ${where} (ports below 1024 need privileges)`,
    EADDRNOTAVAIL: `${config.server.host} is not an address of this machine`,
  };
  const reason = error.code ? why[error.code] : undefined;
  return reason ? new ConfigError([`server.port: ${reason}; set server.host/server.port, FEEDFOLD_PORT or --port`]) : error;
}
