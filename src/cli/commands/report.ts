// `feedfold report`: build the copy-detection report from the database and print it or write it to a file.
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { buildReport, parseReportFilters, reportRenderers, type ReportFormat, type ReportQuery } from '../../report/index.js';
import { parsePositiveInt } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { withRuntime } from '../runtime.js';

const USAGE = `usage: feedfold report [--format html|json|text] [--out FILE] [filters] [--config FILE] [--db FILE]

Filters (all optional; a copy is shown when it passes every one):
  --from TIME        copies that appeared at or after TIME (2023-11-14, 2023-11-14T10:00Z, epoch ms, or 24h / 7d ago)
  --to TIME          copies that appeared before TIME
  --source ID        copies made by or copied from this source (repeat or comma-separate for several)
  --kind KIND        exact, verbatim, boilerplate, edited or rewrite (repeat or comma-separate)
  --min-score N      copies whose similarity score is at least N (0..1)
  --limit N          clusters listed in full, newest activity first (default 200; totals always count all)

Format: --format wins; else taken from --out's extension (.html/.htm, .json, .txt; html otherwise);
else text when stdout is a terminal and json when it is piped.
`;

/** The parsed command line of `feedfold report`. */
export interface ReportArgs {
  help: boolean;
  format?: ReportFormat;
  out?: string;
  query: ReportQuery;
  maxClusters?: number;
  config?: string;
  db?: string;
}

const FORMATS: readonly ReportFormat[] = ['html', 'json', 'text'];

/** Parses `feedfold report` arguments (`--flag value` or `--flag=value`); throws UsageError on a bad one. */
export function parseReportArgs(args: string[]): ReportArgs {
  const out: ReportArgs = { help: false, query: {} };
  const sources: string[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      if (eq > 0 && arg.startsWith('--')) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`report: ${flag} needs a value`);
      i += 1;
      return next;
    };
    switch (flag) {
      case '--format': {
        const value = takeValue();
        if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`report: --format must be html, json or text, not "${value}"`);
        out.format = value as ReportFormat;
        break;
      }
      case '--out': out.out = takeValue(); break;
      case '--from': out.query.from = takeValue(); break;
      case '--to': out.query.to = takeValue(); break;
      case '--source': sources.push(takeValue()); break;
      case '--kind': kinds.push(takeValue()); break;
      case '--min-score': out.query.minScore = takeValue(); break;
      case '--limit': out.maxClusters = parsePositiveInt('report', 'limit', takeValue(), 1); break;
      case '--config': out.config = takeValue(); break;
      case '--db': out.db = takeValue(); break;
      default:
        throw new UsageError(`report: unknown argument "${arg}"\n${USAGE}`);
    }
  }
  if (sources.length > 0) out.query.source = sources;
  if (kinds.length > 0) out.query.kind = kinds;
  return out;
}

/** The output format: --format, else --out's extension, else text on a terminal and json in a pipe. */
export function chooseReportFormat(args: Pick<ReportArgs, 'format' | 'out'>, isTTY: boolean): ReportFormat {
  if (args.format) return args.format;
  if (args.out) {
    const ext = path.extname(args.out).toLowerCase();
    if (ext === '.json') return 'json';
    if (ext === '.txt' || ext === '.text') return 'text';
    return 'html';
  }
  return isTTY ? 'text' : 'json';
}

async function runReport(ctx: CommandContext): Promise<number> {
  const args = parseReportArgs(ctx.args);
  if (args.help) {
    ctx.stdout.write(USAGE);
    return 0;
  }
  const format = chooseReportFormat(args, ctx.isTTY);
  // The command line is the program's edge: the clock is read here once and passed down.
  const now = Date.now();
  const parsed = parseReportFilters(args.query, now);
  if (!parsed.ok) throw new UsageError(`report: ${parsed.problems.join('; ')}`);
  // Read-only: the report does not sync config sources into the database (titles come from the last sync).
  const readOnly = { now: () => now, sync: false };
  return withRuntime(ctx, { config: args.config, db: args.db }, async ({ store, config }) => {
    const model = await buildReport({ store, now, topic: config.topic.name, maxClusters: args.maxClusters }, parsed.filters);
    const body = reportRenderers[format](model);
    if (!args.out) {
      ctx.stdout.write(body);
      return 0;
    }
    const target = path.resolve(ctx.cwd, args.out);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, body, 'utf8');
    await rename(temp, target);
    ctx.stderr.write(`wrote ${args.out} (${format}): ${model.summary.copies} copies of ${model.summary.clusters} originals\n`);
    return 0;
  }, readOnly);
}

/** The `report` command. */
export const command: Command = {
  name: 'report',
  summary: 'Print or write the copy-detection report (who copied whom, how fast, what)',
  usage: USAGE,
  run: runReport,
};
