// `feedfold poll`: one poll cycle over the enabled sources (or one), one line per source.
import { UsageError } from '../../errors.js';
import { pollAll } from '../../pipeline.js';
import { describeOutcome } from '../format.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { withRuntime } from '../runtime.js';
import { createProgress } from '../progress.js';

const USAGE = `usage: feedfold poll [--source ID]... [--config FILE] [--db FILE]

Polls every enabled source once (or only the --source ones, even if disabled): fetch, parse, keep on-topic
items, store them, detect copies. Prints one line per source. Exit code 1 when any source failed.
`;

/** The `poll` command. */
export const command: Command = {
  name: 'poll',
  summary: 'poll the sources once and store new on-topic items',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs('poll', ctx.args, { ...GLOBAL_OPTIONS, source: { type: 'string', multiple: true } }, false);
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    return withRuntime(ctx, values, async (runtime) => {
      const ids = values.source;
      const known = new Set((await runtime.store.sources.list()).map((s) => s.id));
      const unknown = (ids ?? []).filter((id) => !known.has(id));
      if (unknown.length > 0) throw new UsageError(`poll: unknown source ${unknown.join(', ')} (see feedfold sources list)`);
      const progress = ctx.isTTY ? createProgress(ctx.stderr, 'polling') : undefined;
      const outcomes = await pollAll(
        { store: runtime.store, config: runtime.config, now: Date.now },
        { sourceIds: ids, onOutcome: (_o, done, total) => progress?.update(done, total) },
      );
      progress?.clear();
      const width = Math.max(0, ...outcomes.map((o) => o.sourceId.length));
      for (const outcome of outcomes) ctx.stdout.write(`${outcome.sourceId.padEnd(width)}  ${describeOutcome(outcome)}\n`);
      const failed = outcomes.filter((o) => o.outcome === 'failed').length;
      const stored = outcomes.reduce((sum, o) => sum + o.newItems, 0);
      ctx.stdout.write(`${outcomes.length} sources polled: ${stored} new items, ${failed} failed\n`);
      return failed > 0 ? EXIT.SOURCES_FAILED : EXIT.OK;
    });
  },
};
