// `feedfold demo` (npm run demo): the offline demo over the bundled feeds, with the labels' verdict.
import { runDemo } from '../../demo/run-demo.js';
import { renderDemo } from '../../demo/render-demo.js';
import { UsageError } from '../../errors.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { createProgress } from '../progress.js';

const USAGE = `usage: feedfold demo [--db FILE] [--dir DIR] [--every MINUTES | --single]

Serves the bundled demo feeds (config/demo/feeds) on 127.0.0.1 and replays the story as a running service
would have seen it: poll rounds from the first item date to the last, the clock set to each round's time and
each feed showing only the items published by then (rounds where no feed changed are skipped). Stores into a
fresh database (data/demo.db, recreated each run, or --db) and prints each round, what was stored, the
clusters of copies found (original, copies, kind, lag) and how they compare with config/demo/labels.json.
No network needed.
  --dir DIR        another demo folder with the same layout (demo.yaml, feeds/, labels.json)
  --every MINUTES  minutes between replay rounds (default 30)
  --single         serve every item at once and poll one cycle instead (feed dates older than 48 hours
                   before that poll are not believed, so many copy lags come out as 0)
`;

/** The `demo` command. */
export const command: Command = {
  name: 'demo',
  summary: 'run the offline demo: bundled feeds replayed round by round, clusters found vs. labels',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const spec = { ...GLOBAL_OPTIONS, dir: { type: 'string' }, every: { type: 'string' }, single: { type: 'boolean' } } as const;
    const { values } = parseCommandArgs('demo', ctx.args, spec, false);
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    if (values.single && values.every !== undefined) throw new UsageError('demo: --every applies to the replay, not to --single');
    const stepMinutes = values.every === undefined ? undefined : Number(values.every);
    if (stepMinutes !== undefined && !(Number.isInteger(stepMinutes) && stepMinutes >= 1 && stepMinutes <= 1440)) {
      throw new UsageError(`demo: --every must be a whole number of minutes from 1 to 1440, got "${values.every}"`);
    }
    const progress = ctx.isTTY ? createProgress(ctx.stderr, values.single ? 'polling demo feeds' : 'replaying demo feeds') : undefined;
    const result = await runDemo({
      demoDir: values.dir,
      dbPath: values.db,
      cwd: ctx.cwd,
      mode: values.single ? 'single' : 'replay',
      stepMinutes,
      onOutcome: (_o, done, total) => progress?.update(done, total),
      onRound: (_r, done, total) => progress?.update(done, total),
    });
    progress?.clear();
    ctx.stdout.write(renderDemo(result, ctx.cwd));
    return EXIT.OK;
  },
};
