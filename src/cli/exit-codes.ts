// The exit codes of the feedfold command, in one place (the README's table is copied from here).
import { ConfigError, DedupParamsError, StoreError, UsageError } from '../errors.js';

/** Exit codes. */
export const EXIT = {
  /** Success. */
  OK: 0,
  /** `poll`: at least one source failed (the others were still polled and stored). */
  SOURCES_FAILED: 1,
  /** Wrong command line: unknown command or flag, missing argument. */
  USAGE: 2,
  /** The config file or a FEEDFOLD_* variable is invalid. */
  CONFIG: 3,
  /** The database could not be opened, migrated or written. */
  DATABASE: 4,
  /** A bug: please report it with the message. */
  INTERNAL: 70,
} as const;

/** The exit code for an error that reached the top of the program. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.USAGE;
  // Changed dedup parameters against stored signatures: a config matter, fixed by `feedfold dedup rebuild`.
  if (error instanceof ConfigError || error instanceof DedupParamsError) return EXIT.CONFIG;
  if (error instanceof StoreError || (error instanceof Error && error.name === 'SqliteError')) return EXIT.DATABASE;
  return EXIT.INTERNAL;
}
