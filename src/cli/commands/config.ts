// `feedfold config check | reference`: validate the config, or print the reference generated from the schema.
import { databaseTarget, hidePassword, renderConfigReference } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { isOwnFeed } from '../../pipeline.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { loadRuntimeConfig } from '../runtime.js';

const USAGE = `usage: feedfold config check [--config FILE] [--db FILE]
       feedfold config reference

check      validates the config (file, FEEDFOLD_* variables, flags); exit code 3 lists every problem
reference  prints every key with its type, default and rule, as markdown
`;

/** The `config` command. */
export const command: Command = {
  name: 'config',
  summary: 'check the config, or print the config reference (markdown)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('config', ctx.args, GLOBAL_OPTIONS);
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    const [action, ...extra] = positionals;
    if (extra.length > 0 || (action !== 'check' && action !== 'reference')) throw new UsageError(`config: expected "config check" or "config reference"\n${USAGE}`);
    if (action === 'reference') {
      ctx.stdout.write(renderConfigReference());
      return EXIT.OK;
    }
    const { config, configPath } = loadRuntimeConfig(ctx, values);
    const enabled = config.sources.filter((s) => s.enabled).length;
    ctx.stdout.write(`config OK: ${configPath}\n`);
    ctx.stdout.write(`  topic: ${config.topic.name}\n`);
    ctx.stdout.write(`  sources: ${config.sources.length} (${enabled} enabled)\n`);
    ctx.stdout.write(`  database: ${hidePassword(databaseTarget(config))}\n`);
    ctx.stdout.write(`  server: ${config.server.host}:${config.server.port}, published at ${config.server.baseUrl}\n`);
    for (const source of config.sources.filter((s) => isOwnFeed(s.url, config.server))) {
      ctx.stdout.write(`  warning: source ${source.id} is this instance's own feed and will be refused\n`);
    }
    return EXIT.OK;
  },
};
