// `feedfold items list`: the stored items, newest first, as lines or JSON.
import { UsageError } from '../../errors.js';
import type { StoredItem } from '../../model.js';
import { GLOBAL_OPTIONS, parseCommandArgs, parsePositiveInt, parseTime } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { formatMinute } from '../format.js';
import { withRuntime } from '../runtime.js';

const USAGE = `usage: feedfold items list [--since TIME] [--source ID] [--limit N] [--json] [--config FILE] [--db FILE]

Lists stored items, newest first (by publication date, else the time feedfold first saw them).
  --since TIME   items dated at or after TIME: 2023-11-14, 2023-11-14T10:00Z, epoch ms, or 24h / 7d ago
  --source ID    items of one source
  --limit N      at most N items (default 20)
  --json         one JSON array with every field
`;

/** The `items` command. */
export const command: Command = {
  name: 'items',
  summary: 'list stored items (items list --since 24h --source ID --json)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('items', ctx.args, {
      ...GLOBAL_OPTIONS,
      since: { type: 'string' },
      source: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    if (positionals.length !== 1 || positionals[0] !== 'list') throw new UsageError(`items: expected "items list"\n${USAGE}`);
    const now = Date.now();
    const since = values.since === undefined ? undefined : parseTime('items', 'since', values.since, now);
    const limit = parsePositiveInt('items', 'limit', values.limit, 20);
    return withRuntime(ctx, values, async ({ store }) => {
      if (values.source !== undefined && !(await store.sources.get(values.source))) {
        throw new UsageError(`items: unknown source ${values.source} (see feedfold sources list)`);
      }
      const items = await store.items.list({ since, sourceId: values.source, limit });
      if (values.json) ctx.stdout.write(`${JSON.stringify(items.map(toJson), null, 2)}\n`);
      else for (const item of items) ctx.stdout.write(formatItemLine(item));
      if (!values.json && items.length === 0) ctx.stderr.write('no items\n');
      return EXIT.OK;
    });
  },
};

/** `2023-11-14 10:02  rfi-afrique  Title  <link>` */
export function formatItemLine(item: StoredItem): string {
  return `${formatMinute(item.publishedAt ?? item.firstSeenAt)}  ${item.sourceId}  ${item.title}${item.link ? `  <${item.link}>` : ''}\n`;
}

function toJson(item: StoredItem) {
  const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
  return { ...item, publishedAt: iso(item.publishedAt), updatedAt: iso(item.updatedAt), firstSeenAt: iso(item.firstSeenAt), lastSeenAt: iso(item.lastSeenAt) };
}
