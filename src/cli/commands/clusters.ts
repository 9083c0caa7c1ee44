// `feedfold clusters list|show|export`: the copy clusters found by detection (original, copies, kinds, lags).
import { UsageError } from '../../errors.js';
import type { Cluster } from '../../model.js';
import { GLOBAL_OPTIONS, parseCommandArgs, parsePositiveInt, parseTime } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { formatMinute } from '../format.js';
import { openRuntime } from '../runtime.js';

const USAGE = `usage: feedfold clusters list [--json] [--all] [--since TIME] [--limit N] [--config FILE] [--db FILE]
       feedfold clusters show ID [--json]
       feedfold clusters export --format json

Clusters of copied articles: an original and its copies (exact, verbatim, boilerplate, edited, rewrite).
  list     clusters with copies, most recently changed first (--all: singletons too; --limit N, default 50)
  show ID  one cluster: each member's kind, lag behind the original, score, credit, and why the original won
  export   every cluster with copies as {"clusters":[{"id","original":{"link","source"},"members":[...]}]}
`;

/** The `clusters` command. */
export const command: Command = {
  name: 'clusters',
  summary: 'copy clusters (clusters list | show ID | export --format json)',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('clusters', ctx.args, {
      ...GLOBAL_OPTIONS, json: { type: 'boolean' }, all: { type: 'boolean' }, since: { type: 'string' }, limit: { type: 'string' },
      format: { type: 'string' },
    });
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    const [action, id, ...extra] = positionals;
    if (!['list', 'show', 'export'].includes(action ?? '') || extra.length > 0 || (action === 'show') !== (id !== undefined)) {
      throw new UsageError(`clusters: expected "clusters list", "clusters show ID" or "clusters export --format json"\n${USAGE}`);
    }
    if (action === 'export' && values.format !== 'json') throw new UsageError('clusters export: --format json is required (the only format)');
    const since = values.since === undefined ? undefined : parseTime('clusters', 'since', values.since, Date.now());
    const runtime = await openRuntime(ctx, values, { sync: false });
    try {
      const { clusters } = runtime.store;
      if (action === 'show') {
        const cluster = await clusters.get(id!);
        if (!cluster) throw new UsageError(`clusters: no cluster ${id} (see feedfold clusters list)`);
        ctx.stdout.write(values.json ? `${JSON.stringify(cluster, null, 2)}\n` : describeCluster(cluster));
        return EXIT.OK;
      }
      if (action === 'export') {
        ctx.stdout.write(`${JSON.stringify(exportClusters(await clusters.list({ minSize: 2 })))}\n`);
        return EXIT.OK;
      }
      const list = await clusters.list({ minSize: values.all ? 1 : 2, since, limit: parsePositiveInt('clusters', 'limit', values.limit, 50) });
      if (values.json) ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else for (const cluster of list) ctx.stdout.write(listLine(cluster));
      if (!values.json && list.length === 0) ctx.stderr.write('no clusters with copies\n');
      return EXIT.OK;
    } finally {
      await runtime.store.close();
    }
  },
};

/** The `clusters export --format json` document (singletons left out; members: original first, then copies). */
export function exportClusters(clusters: Cluster[]) {
  return {
    clusters: clusters.filter((c) => c.members.length > 1).map((c) => {
      const original = c.members.find((m) => m.isOriginal) ?? c.members[0];
      return {
        id: c.id,
        original: { link: original.link ?? null, source: original.sourceId },
        members: c.members.map((m) => ({
          link: m.link ?? null, source: m.sourceId, kind: m.isOriginal ? 'original' : m.kind ?? 'edited', lagSeconds: m.lagSeconds, score: m.score,
        })),
      };
    }),
  };
}

/** `2023-11-14 10:02  8f3a…  5 items  original sahel-press "Title"  (attribution)` */
export function listLine(c: Cluster): string {
  const original = c.members.find((m) => m.isOriginal) ?? c.members[0];
  return `${formatMinute(c.updatedAt)}  ${c.id}  ${c.members.length} item${c.members.length === 1 ? '' : 's'}  original ${original?.sourceId ?? '?'} "${original?.title ?? ''}"  (${c.reason})\n`;
}

/** A cluster as text: the original and why, then one line per copy. */
export function describeCluster(c: Cluster): string {
  const lines = [`cluster ${c.id}: ${c.members.length} items, created ${formatMinute(c.createdAt)}, updated ${formatMinute(c.updatedAt)}`];
  for (const m of c.members) {
    const what = m.isOriginal ? `original (${c.reason})` : `${m.kind ?? '?'} +${formatLag(m.lagSeconds)} score ${m.score.toFixed(2)}${m.credits ? ' credits original' : ''}`;
    lines.push(`  ${what.padEnd(40)} ${m.sourceId}  "${m.title}"${m.link ? `  <${m.link}>` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatLag(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)}h`;
  return `${Math.round(seconds / 86_400)}d`;
}
