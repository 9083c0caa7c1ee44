// The shape of a CLI command and what it receives: arguments, output streams, environment, working directory.
import type { Writable } from 'node:stream';

/** What a command runs with; tests pass their own streams, env and cwd. */
export interface CommandContext {
  /** Arguments after the command name (global flags given before the name are appended here). */
  args: string[];
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether a person is watching (stdout is a terminal): progress bars, pretty output. */
  isTTY: boolean;
}

/** One `feedfold <name>` command. Returns the exit code; throws UsageError/ConfigError/StoreError for main to map. */
export interface Command {
  name: string;
  /** One line for `feedfold --help`. */
  summary: string;
  /** Full usage text for `feedfold <name> --help`. */
  usage: string;
  run(ctx: CommandContext): Promise<number>;
}
