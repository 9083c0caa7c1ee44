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
  if (error instanceof StoreError || isDatabaseError(error)) return EXIT.DATABASE;
  return EXIT.INTERNAL;
}

// better-sqlite3's SqliteError, or pg's DatabaseError (a server error with its SQLSTATE code; matched by shape so
// the CLI does not load pg when it runs on SQLite).
function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'SqliteError') return true;
  const { code, severity } = error as Error & { code?: unknown; severity?: unknown };
  return typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
