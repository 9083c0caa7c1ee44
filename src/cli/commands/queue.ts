// `feedfold queue status|dead`: the worker pool's job queue as the operator sees it.
import { UsageError } from '../../errors.js';
import { loadConfig } from '../../config/index.js';
import { deadJobs, openQueue, queueStatus, requirePostgres } from '../../queue/boss.js';
import { GLOBAL_OPTIONS, databaseOverride, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';

const USAGE = `usage: feedfold queue status|dead [--config FILE] [--db URL] [--json]

status  poll jobs queued (waiting or to be retried), running, and dead-lettered
dead    dead-lettered poll jobs (failed on every retry): source, last error, when
Needs database.url (postgres://...): SQLite runs without a queue.
`;

/** The queue command. */
export const command: Command = {
  name: 'queue',
  summary: 'show the worker pool job queue: sizes and dead-lettered jobs (Postgres)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('queue', ctx.args, { ...GLOBAL_OPTIONS, json: { type: 'boolean' } });
    if (values.help) {
      ctx.stdout.write(USAGE);
      return 0;
    }
    const action = positionals[0] ?? 'status';
    if (action !== 'status' && action !== 'dead') throw new UsageError(`queue: unknown action "${action}" (status or dead)`);
    const config = loadConfig({ file: values.config, env: ctx.env, cwd: ctx.cwd, overrides: values.db ? { database: databaseOverride(values.db) } : {} });
    const url = requirePostgres(config, '`feedfold queue`');
    const boss = await openQueue(url, config.queue);
    try {
      if (action === 'status') {
        const status = await queueStatus(boss);
        ctx.stdout.write(values.json ? `${JSON.stringify(status)}\n` : `queued ${status.queued}\nrunning ${status.active}\ndead ${status.dead}\n`);
      } else {
        const jobs = await deadJobs(boss);
        if (values.json) ctx.stdout.write(`${JSON.stringify({ jobs })}\n`);
        else if (jobs.length === 0) ctx.stdout.write('no dead-lettered jobs\n');
        else for (const job of jobs) ctx.stdout.write(`${new Date(job.deadAt).toISOString()}  ${job.sourceId}  ${job.error ?? ''}\n`);
      }
    } finally {
      await boss.stop({ graceful: false, wait: true, timeout: 1_000 });
    }
    return 0;
  },
};
