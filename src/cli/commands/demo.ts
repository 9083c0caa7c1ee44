// `feedfold demo` (npm run demo): the offline demo over the bundled feeds, with the labels' verdict.
import { runDemo } from '../../demo/run-demo.js';
import { renderDemo } from '../../demo/render-demo.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { createProgress } from '../progress.js';

const USAGE = `usage: feedfold demo [--db FILE] [--dir DIR]

Serves the bundled demo feeds (config/demo/feeds) on 127.0.0.1, polls them once into a fresh database
(data/demo.db, recreated each run, or --db), and prints what was stored, the clusters of copies found
(original, copies, kind, lag) and how they compare with config/demo/labels.json. No network needed.
  --dir DIR   another demo folder with the same layout (demo.yaml, feeds/, labels.json)
`;

/** The `demo` command. */
export const command: Command = {
  name: 'demo',
  summary: 'run the offline demo: bundled feeds, one poll, clusters found vs. labels',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs('demo', ctx.args, { ...GLOBAL_OPTIONS, dir: { type: 'string' } }, false);
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    const progress = ctx.isTTY ? createProgress(ctx.stderr, 'polling demo feeds') : undefined;
    const result = await runDemo({
      demoDir: values.dir,
      dbPath: values.db,
      cwd: ctx.cwd,
      onOutcome: (_o, done, total) => progress?.update(done, total),
    });
    progress?.clear();
    ctx.stdout.write(renderDemo(result, ctx.cwd));
    return EXIT.OK;
  },
};
