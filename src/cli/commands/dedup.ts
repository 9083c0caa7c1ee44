// `feedfold dedup rebuild`: recomputes every signature, edge and cluster from the stored items (after changing
// the dedup parameters, or to apply new thresholds to old items). Cluster ids come out the same.
import { UsageError } from '../../errors.js';
import { rebuildAll } from '../../dedup/index.js';
import type { SourceRole } from '../../model.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

const USAGE = `usage: feedfold dedup rebuild [--config FILE] [--db FILE]

Forgets all copy-detection state (signatures, edges, clusters) and runs detection again over every stored
item, oldest first, with the parameters of the current config. Run it after changing dedup.shingleSize,
numHashes, bands, rows, seed or winnowWindow (detection refuses to mix signatures built with other values).
Copy events already published keep their ids and times.
`;

/** The `dedup` command. */
export const command: Command = {
  name: 'dedup',
  summary: 'rebuild copy detection from the stored items (dedup rebuild)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('dedup', ctx.args, { ...GLOBAL_OPTIONS });
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    if (positionals.length !== 1 || positionals[0] !== 'rebuild') throw new UsageError(`dedup: expected "dedup rebuild"\n${USAGE}`);
    const runtime = await openRuntime(ctx, values);
    try {
      const roles = new Map<string, SourceRole>(runtime.config.sources.map((s) => [s.id, s.role]));
      let last = 0;
      const result = await rebuildAll(runtime.store, runtime.config.dedup, { now: Date.now(), roles }, {
        onProgress: (done) => {
          if (ctx.isTTY && done - last >= 5000) {
            ctx.stderr.write(`\rrebuilding copy detection: ${done} items`);
            last = done;
          }
        },
      });
      if (ctx.isTTY && last > 0) ctx.stderr.write('\n');
      ctx.stdout.write(`rebuilt copy detection: ${result.items} items, ${result.copies} copies in ${result.clusters} clusters (${(result.ms / 1000).toFixed(1)} s)\n`);
      return EXIT.OK;
    } finally {
      await runtime.store.close();
    }
  },
};
