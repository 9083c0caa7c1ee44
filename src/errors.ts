// Errors for bugs and system faults. Expected per-source failures (HTTP 404, timeout, not a feed) are not
// thrown: they are values with a stable code (see SourceErrorCode in model.ts).

/** Base class: every thrown feedfold error has a stable code and an actionable message. */
export class FeedfoldError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The config file or overrides broke one or more rules; `problems` holds one line per rule (`key: rule`). */
export class ConfigError extends FeedfoldError {
  readonly problems: string[];
  constructor(problems: string[], file?: string) {
    super('CONFIG_INVALID', `${file ? `${file}: ` : ''}invalid config\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** The database could not be opened, migrated, or an applied migration was edited. */
export class StoreError extends FeedfoldError {}

/** A CLI invocation was wrong (unknown command, missing argument). */
export class UsageError extends FeedfoldError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** Thrown by `parseFeed` when the document is not a feed; the pipeline turns it into a source error. */
export class ParseError extends FeedfoldError {}

/** Dedup parameters stored with signatures differ from the config: run `feedfold dedup rebuild`. */
export class DedupParamsError extends FeedfoldError {}

/** An HTTP error raised inside a route handler; the server's one error handler renders it. */
export class HttpError extends FeedfoldError {
  readonly status: number;
  constructor(status: number, message: string) {
    super(`HTTP_${status}`, message);
    this.status = status;
  }
}
