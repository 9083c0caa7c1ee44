// `feedfold worker`: one process of a worker pool on Postgres: takes poll jobs from the queue until SIGTERM.
import { UsageError } from '../../errors.js';
import { startWorkerProcess } from '../../queue/run-worker.js';
import { GLOBAL_OPTIONS, databaseOverride, parseCommandArgs, parseIntInRange } from '../args.js';
import type { Command, CommandContext } from '../command.js';

const USAGE = `usage: feedfold worker [--config FILE] [--db URL] [--concurrency N] [--metrics-port N]

Runs one worker of a pool: takes poll jobs (one per due source) from the pg-boss queue in the Postgres
database named by database.url (or --db postgres://...), fetches, parses, stores and runs copy detection.
Start as many as you like, on this machine or others, beside one \`feedfold serve --workers 0\` (which
schedules the jobs), or let \`feedfold serve --workers N\` start N of them. Read the same config file as serve.
--concurrency   jobs at once in this process (default: fetch.concurrency)
--metrics-port  serve this worker's Prometheus metrics at http://server.host:N/metrics (0: any free port)
SIGTERM or SIGINT stop it (running polls are handed back to the queue); SIGHUP reloads the config.
`;

/** The parsed command line of `feedfold worker`. */
export interface WorkerArgs {
  help: boolean;
  config?: string;
  db?: string;
  concurrency?: number;
  metricsPort?: number;
}

/** Parses `feedfold worker` arguments; throws UsageError on a bad one. */
export function parseWorkerArgs(args: string[]): WorkerArgs {
  const { values } = parseCommandArgs('worker', args, { ...GLOBAL_OPTIONS, concurrency: { type: 'string' }, 'metrics-port': { type: 'string' } }, false);
  const out: WorkerArgs = { help: values.help ?? false, config: values.config, db: values.db };
  out.concurrency = parseIntInRange('worker', 'concurrency', values.concurrency, 1, 256);
  out.metricsPort = parseIntInRange('worker', 'metrics-port', values['metrics-port'], 0, 65535);
  return out;
}

/** The worker command. */
export const command: Command = {
  name: 'worker',
  summary: 'run one worker of a Postgres worker pool (takes poll jobs from the queue)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const args = parseWorkerArgs(ctx.args);
    if (args.help) {
      ctx.stdout.write(USAGE);
      return 0;
    }
    const running = await startWorkerProcess({
      configFile: args.config,
      env: ctx.env,
      cwd: ctx.cwd,
      prettyLogs: ctx.isTTY,
      concurrency: args.concurrency,
      metricsPort: args.metricsPort,
      overrides: args.db ? { database: databaseOverride(args.db) } : {},
    });
    const code = await running.done;
    setTimeout(() => process.exit(code), 2_000).unref();
    return code;
  },
};
