// The feedfold command: split argv, run one command, and turn any error into one message and an exit code.
import { VERSION } from '../config/version.js';
import { ConfigError, UsageError } from '../errors.js';
import { splitArgv } from './args.js';
import type { CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

/** Streams and environment for one run (defaults: the process's). */
export type MainIo = Partial<Omit<CommandContext, 'args'>>;

/** Runs `feedfold <argv>`; resolves to the exit code and never throws. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const ctx: Omit<CommandContext, 'args'> = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    isTTY: io.isTTY ?? Boolean(process.stdout.isTTY),
  };
  try {
    const split = splitArgv(argv);
    if (split.version) {
      ctx.stdout.write(`feedfold ${VERSION}\n`);
      return EXIT.OK;
    }
    if (!split.command) {
      (split.help ? ctx.stdout : ctx.stderr).write(await renderHelp());
      return split.help ? EXIT.OK : EXIT.USAGE;
    }
    if (split.command === 'help') {
      const name = split.args[0];
      if (!name) ctx.stdout.write(await renderHelp());
      else ctx.stdout.write((await loadCommand(name)).usage);
      return EXIT.OK;
    }
    const command = await loadCommand(split.command);
    const args = split.help ? ['--help', ...split.args] : split.args;
    return await command.run({ ...ctx, args });
  } catch (error) {
    const code = exitCodeFor(error);
    ctx.stderr.write(`feedfold: ${describeError(error, code)}\n`);
    if (code === EXIT.INTERNAL && ctx.env.FEEDFOLD_DEBUG && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
    return code;
  }
}

async function loadCommand(name: string) {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  return (await load()).command;
}

function describeError(error: unknown, code: number): string {
  if (error instanceof ConfigError) return `${error.message}\nfix the config, then check it with \`feedfold config check\``;
  const message = error instanceof Error ? error.message : String(error);
  if (code === EXIT.INTERNAL) return `internal error: ${message} (a bug: please report it; set FEEDFOLD_DEBUG=1 for the stack)`;
  return message;
}

/** The top-level help: usage, global flags, one line per command. */
export async function renderHelp(): Promise<string> {
  const lines = [
    `feedfold ${VERSION}: follow one news story across many feeds, find who copied whom, republish one clean feed.`,
    '',
    'usage: feedfold [--config FILE] [--db FILE|URL] <command> [options]',
    '',
    'commands:',
  ];
  for (const [name, load] of Object.entries(COMMANDS)) {
    let summary: string;
    try {
      summary = (await load()).command.summary;
    } catch {
      summary = '(unavailable in this build)';
    }
    lines.push(`  ${name.padEnd(10)} ${summary}`);
  }
  lines.push(
    '',
    'global options:',
    '  --config FILE   config file (default: $FEEDFOLD_CONFIG, else ./config/feedfold.yaml, else the bundled one)',
    '  --db FILE|URL   SQLite file or postgres:// URL (default: the config\'s database.url, else database.path)',
    '  -h, --help      this help; `feedfold <command> --help` for a command',
    '  -V, --version   print the version',
    '',
  );
  return lines.join('\n');
}
