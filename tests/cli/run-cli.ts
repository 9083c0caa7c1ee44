// Test helper: runs main() in-process with captured stdout/stderr, a given env and cwd.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** The captured result of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `feedfold <argv>` in `cwd` with an empty environment (plus `env`). */
export async function runCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}, isTTY = false): Promise<CliRun> {
  const out = capture();
  const err = capture();
  const code = await main(argv, { stdout: out.stream, stderr: err.stream, env, cwd, isTTY });
  return { code, stdout: out.text(), stderr: err.text() };
}
