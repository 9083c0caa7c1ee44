// `feedfold serve` (and `npm start`): run the service until SIGTERM/SIGINT; SIGHUP reloads the config.
import { UsageError } from '../../errors.js';
import { startService } from '../../service/index.js';
import { GLOBAL_OPTIONS, databaseOverride, parseCommandArgs, parseIntInRange } from '../args.js';
import type { Command, CommandContext } from '../command.js';

const USAGE = `usage: feedfold serve [--config FILE] [--db FILE|URL] [--host HOST] [--port N] [--workers N [--worker-metrics-port N]]

Runs feedfold as a service: serves the merged feeds, the report, /sources, /healthz and /metrics, and polls
the sources on the configured schedule (a first cycle at start). SIGTERM or SIGINT stop it (exit 0);
SIGHUP or saving the config file reload the config (an invalid one is rejected, the running one stays).
--workers N  poll through a worker pool on Postgres (database.url or --db postgres://...): this process
             sends one job per due source to the pg-boss queue and starts N \`feedfold worker\` processes
             (0: the workers run elsewhere, started with \`feedfold worker\`). Without it, this process polls.
--worker-metrics-port N  forked worker k serves its Prometheus metrics on port N + k - 1
`;

/** The parsed command line of `feedfold serve`. */
export interface ServeArgs {
  help: boolean;
  config?: string;
  db?: string;
  host?: string;
  port?: number;
  workers?: number;
  workerMetricsPort?: number;
}

/** Parses `feedfold serve` arguments (global --config/--db included); throws UsageError on a bad one. */
export function parseServeArgs(args: string[]): ServeArgs {
  const { values } = parseCommandArgs('serve', args, { ...GLOBAL_OPTIONS, host: { type: 'string' }, port: { type: 'string' }, workers: { type: 'string' }, 'worker-metrics-port': { type: 'string' } }, false);
  const out: ServeArgs = { help: values.help ?? false, config: values.config, db: values.db, host: values.host };
  out.port = parseIntInRange('serve', 'port', values.port, 0, 65535);
  out.workers = parseIntInRange('serve', 'workers', values.workers, 0, 64);
  out.workerMetricsPort = parseIntInRange('serve', 'worker-metrics-port', values['worker-metrics-port'], 1, 65535);
  if (out.workerMetricsPort !== undefined && out.workers === undefined) throw new UsageError('serve: --worker-metrics-port needs --workers N');
  return out;
}

/** The serve command. */
export const command: Command = {
  name: 'serve',
  summary: 'run the service: poll on schedule and serve feeds, report, /sources, /healthz, /metrics',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const args = parseServeArgs(ctx.args);
    if (args.help) {
      ctx.stdout.write(USAGE);
      return 0;
    }
    const service = await startService({
      configFile: args.config,
      env: ctx.env,
      cwd: ctx.cwd,
      prettyLogs: ctx.isTTY,
      workers: args.workers,
      workerMetricsPort: args.workerMetricsPort,
      overrides: {
        ...(args.db ? { database: databaseOverride(args.db) } : {}),
        ...(args.host || args.port !== undefined ? { server: { host: args.host, port: args.port } } : {}),
      },
    });
    const code = await service.done;
    // Whatever still holds the event loop open (a client's keep-alive socket), the process ends soon after.
    setTimeout(() => process.exit(code), 2_000).unref();
    return code;
  },
};
