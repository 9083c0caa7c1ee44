// `feedfold export --out DIR`: write the merged feeds and the copy digest as static files, each atomically.
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { exportFeeds } from '../../publish/index.js';
import { parsePositiveInt } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { withRuntime } from '../runtime.js';

const USAGE = `usage: feedfold export --out DIR [--base-url URL] [--limit N] [--config FILE] [--db FILE]

Writes feed.xml (RSS 2.0), feed.atom (Atom 1.0), feed.json (JSON Feed 1.1), copies.xml and copies.atom into
DIR for static hosting. Each file is replaced atomically (temp file, fsync, rename): a web server never serves
a half-written feed. File modification times are set to each feed's last update.

  --out DIR        folder to write into (created if missing)
  --base-url URL   public URL the files are served from (self links and entry ids; default server.baseUrl).
                   Keep it fixed: entry ids are built from it, and changing it makes readers see new entries.
  --limit N        entries per feed (default publish.limit)
`;

/** The parsed command line of `feedfold export`. */
export interface ExportArgs {
  help: boolean;
  out?: string;
  baseUrl?: string;
  limit?: number;
  config?: string;
  db?: string;
}

const FLAGS: Record<string, keyof Omit<ExportArgs, 'help'>> = {
  '--out': 'out',
  '--base-url': 'baseUrl',
  '--limit': 'limit',
  '--config': 'config',
  '--db': 'db',
};

/** Parses `feedfold export` arguments (`--flag value` or `--flag=value`); throws UsageError on a bad one. */
export function parseExportArgs(args: string[]): ExportArgs {
  const out: ExportArgs = { help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const key = FLAGS[flag];
    if (key === undefined) throw new UsageError(`export: unknown argument "${arg}"\n${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`export: ${flag} needs a value`);
    if (key === 'limit') {
      out.limit = parsePositiveInt('export', 'limit', value, 1);
    } else if (key === 'baseUrl') {
      if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) throw new UsageError(`export: --base-url must be an http(s) URL, not "${value}"`);
      out.baseUrl = value;
    } else {
      out[key] = value;
    }
  }
  if (!out.help && out.out === undefined) throw new UsageError(`export: --out DIR is required\n${USAGE}`);
  return out;
}

async function runExport(ctx: CommandContext): Promise<number> {
  const args = parseExportArgs(ctx.args);
  if (args.help || args.out === undefined) {
    ctx.stdout.write(USAGE);
    return 0;
  }
  // The command line is the program's edge: the clock is read here once and passed down.
  const now = Date.now();
  const outDir = path.resolve(ctx.cwd, args.out);
  return withRuntime(ctx, { config: args.config, db: args.db }, async ({ store, config }) => {
    const written = await exportFeeds({ store, config, outDir, now, limit: args.limit, baseUrl: args.baseUrl });
    for (const file of written) ctx.stdout.write(`wrote ${path.relative(ctx.cwd, file.path) || file.path} (${file.entries} entries, ${file.bytes} bytes)\n`);
    return 0;
  });
}

/** The `export` command. */
export const command: Command = {
  name: 'export',
  summary: 'Write the merged feeds and the copy digest as static files (RSS, Atom, JSON Feed)',
  usage: USAGE,
  run: runExport,
};
