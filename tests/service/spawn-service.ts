// Test helper: runs `node bin/feedfold.js serve` as a child process and reads its JSON log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One pino log line. */
export interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

/** A running `feedfold serve` child. */
export interface ServiceProcess {
  child: ChildProcess;
  lines: LogLine[];
  stderr: () => string;
  /** Resolves with the first log line matching `test` (including lines already seen). */
  waitForLine(test: (line: LogLine) => boolean, timeoutMs?: number, what?: string): Promise<LogLine>;
  /** Base URL from the "listening" line. */
  url(): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Spawns the service with `args` after `serve`; logs are JSON lines because stdout is a pipe. */
export function spawnService(args: string[], env: NodeJS.ProcessEnv = {}): ServiceProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/feedfold.js'), 'serve', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: LogLine[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  let errors = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        lines.push(JSON.parse(text) as LogLine);
      } catch {
        lines.push({ level: 'raw', msg: text });
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const wake of waiters) wake();
      resolve({ code, signal });
    });
  });
  const waitForLine = (test: (line: LogLine) => boolean, timeoutMs = 20_000, what = 'a log line') =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = lines.find(test);
        if (found) {
          done();
          resolve(found);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          done();
          reject(new Error(`service exited before ${what}\nstdout: ${JSON.stringify(lines.slice(-10))}\nstderr: ${errors}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}\nlast lines: ${JSON.stringify(lines.slice(-10))}\nstderr: ${errors}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    child,
    lines,
    stderr: () => errors,
    waitForLine,
    url: async () => String((await waitForLine((l) => l.msg === 'listening', 30_000, 'the listening line')).url),
    exited,
  };
}

/** Resolves with the exit status, or rejects when the child has not exited within `timeoutMs`. */
export async function waitForExit(service: ServiceProcess, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the service did not exit within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([service.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
