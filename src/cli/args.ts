// Command-line parsing helpers: global flags before the command name, and node:util parseArgs with usage errors.
import { isPostgresUrl } from '../store/index.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

/** Flags every command accepts. */
export interface GlobalFlags {
  config?: string;
  db?: string;
}

/** The command line split into what main needs. */
export interface SplitArgv {
  command?: string;
  /** The command's own arguments, with global flags given before the name appended. */
  args: string[];
  help: boolean;
  version: boolean;
}

/** Splits `feedfold [--config F] [--db F] [--help] [--version] <command> [args...]`. */
export function splitArgv(argv: readonly string[]): SplitArgv {
  const leading: string[] = [];
  let help = false;
  let version = false;
  let i = 0;
  for (; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      i += 1;
      break;
    }
    if (!arg.startsWith('-')) break;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version' || arg === '-V') version = true;
    else if (/^--(config|db)=./.test(arg)) leading.push(arg);
    else if (arg === '--config' || arg === '--db') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`${arg} needs a value`);
      leading.push(arg, value);
      i += 1;
    } else throw new UsageError(`unknown option ${arg} (see feedfold --help)`);
  }
  const command = argv[i];
  return { command, args: [...argv.slice(i + 1), ...leading], help, version };
}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** The global flags as parseArgs options, for commands to spread into theirs. */
export const GLOBAL_OPTIONS = {
  config: { type: 'string' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** The config override of `--db`: a postgres:// URL sets database.url, anything else the SQLite file (loadConfig
 *  then drops a configured URL, so `--db FILE` always means that file). */
export function databaseOverride(db: string): { path?: string; url?: string } {
  return isPostgresUrl(db) ? { url: db } : { path: db };
}

/** node:util parseArgs (strict) whose errors become UsageError naming the command. */
export function parseCommandArgs<T extends OptionSpec>(command: string, args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
}

/** Parses a positive whole number flag value. */
export function parsePositiveInt(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${command}: --${flag} must be a whole number ≥ 1, not "${value}"`);
  return Number(value);
}

/** An optional whole-number flag within min..max (undefined when absent); throws UsageError naming the range. */
export function parseIntInRange(command: string, flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${command}: --${flag} must be ${min}..${max}, not "${value}"`);
  return n;
}

/** Parses a time: ISO date or date-time, epoch milliseconds, or a duration ago (`90m`, `24h`, `7d`). */
export function parseTime(command: string, flag: string, value: string, now: number): number {
  const ago = /^(\d+)\s*(m|h|d|w)$/.exec(value.trim());
  if (ago) return now - Number(ago[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[ago[2] as 'm' | 'h' | 'd' | 'w'];
  if (/^\d{10,}$/.test(value)) return Number(value);
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new UsageError(`${command}: --${flag} must be a date (2023-11-14), a date-time, or a duration ago (24h, 7d), not "${value}"`);
  return parsed;
}
