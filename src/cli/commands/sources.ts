// `feedfold sources list|add|remove|enable|disable`: the config file is edited (comments kept), then the DB synced.
import fs from 'node:fs';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import type { SourceRecord, SourceRole } from '../../model.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { addSources, removeSource, setSourceEnabled, writeConfigFile } from '../edit-config.js';
import { EXIT } from '../exit-codes.js';
import { formatMinute } from '../format.js';
import { loadRuntimeConfig, withRuntime } from '../runtime.js';
import { deriveSourceId, sameFeedUrl } from '../source-id.js';

const USAGE = `usage: feedfold sources list
       feedfold sources add URL [--id ID] [--title TITLE] [--role original|copier|unknown] [--language CODE]
       feedfold sources remove ID
       feedfold sources enable ID
       feedfold sources disable ID
(all take --config FILE and --db FILE)

add/remove/enable/disable edit the config file (comments and layout are kept) and sync the database.
A removed source keeps its items in the database; enable also clears a disable made by the service (410, 404s).
`;

const ROLES: readonly SourceRole[] = ['original', 'copier', 'unknown'];

/** The `sources` command. */
export const command: Command = {
  name: 'sources',
  summary: 'list, add, remove, enable or disable sources (edits the config file)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('sources', ctx.args, {
      ...GLOBAL_OPTIONS,
      id: { type: 'string' },
      title: { type: 'string' },
      role: { type: 'string' },
      language: { type: 'string' },
    });
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    const [action, target, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`sources: unexpected ${extra.join(' ')}`);
    if (action === 'list' && target === undefined) return listSources(ctx, values);
    if (target === undefined) throw new UsageError(`sources: expected list, add URL, remove ID, enable ID or disable ID\n${USAGE}`);
    const { configPath, config } = loadRuntimeConfig(ctx, values);
    const text = fs.readFileSync(configPath, 'utf8');
    let next: string;
    let message: string;
    if (action === 'add') {
      if (values.role !== undefined && !ROLES.includes(values.role as SourceRole)) throw new UsageError(`sources: --role must be one of ${ROLES.join(', ')}`);
      const taken = new Set(config.sources.map((s) => s.id));
      const twin = config.sources.find((s) => sameFeedUrl(s.url, target));
      if (twin) throw new UsageError(`sources: ${target} is already source ${twin.id}`);
      if (values.id !== undefined && taken.has(values.id)) throw new UsageError(`sources: id ${values.id} is taken`);
      const id = values.id ?? deriveSourceId(target, taken);
      next = addSources(text, [{ id, url: target, title: values.title, role: values.role as SourceRole | undefined, language: values.language }]);
      message = `added ${id}: ${target}`;
    } else if (action === 'remove') {
      next = removeSource(text, target);
      message = `removed ${target} (its items stay in the database)`;
    } else if (action === 'enable' || action === 'disable') {
      next = setSourceEnabled(text, target, action === 'enable');
      message = `${action}d ${target}`;
    } else {
      throw new UsageError(`sources: unknown action "${action}"\n${USAGE}`);
    }
    writeConfigFile(configPath, next, (candidate) => loadConfig({ text: candidate, file: configPath, env: ctx.env, cwd: ctx.cwd }));
    await withRuntime(ctx, values, async ({ store }) => {
      if (action === 'enable') await store.sources.setEnabled(target, true);
    });
    ctx.stdout.write(`${message}\nconfig: ${configPath}\n`);
    return EXIT.OK;
  },
};

function listSources(ctx: CommandContext, flags: { config?: string; db?: string }): Promise<number> {
  return withRuntime(ctx, flags, async ({ store }) => {
    const counts = await store.items.countBySource();
    const rows = (await store.sources.list()).map((s) => [s.id, describeState(s), s.role, String(counts.get(s.id) ?? 0), describeHealth(s), s.url]);
    const header = ['id', 'state', 'role', 'items', 'last poll', 'url'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    for (const row of [header, ...rows]) {
      ctx.stdout.write(`${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}\n`);
    }
    return EXIT.OK;
  });
}

function describeState(source: SourceRecord): string {
  if (source.removedAt !== undefined) return 'removed';
  if (source.disabledReason) return 'gave-up';
  return source.enabled ? 'enabled' : 'disabled';
}

function describeHealth(source: SourceRecord): string {
  if (source.lastPolledAt === undefined) return 'never';
  if (source.consecutiveErrors > 0) return `failed ×${source.consecutiveErrors} ${source.lastErrorCode ?? ''}`.trimEnd();
  return `ok ${formatMinute(source.lastPolledAt)}`;
}
