// `feedfold serve --workers N`: the serve process forks N `feedfold worker` processes and keeps them running
// (a worker that exits is restarted after a growing delay), and stops them with SIGTERM when it stops.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../observe/logger.js';
import { settleWithin } from '../settle-within.js';

const BIN = fileURLToPath(new URL('../../bin/feedfold.js', import.meta.url));

/** How to run the workers. */
export interface SupervisorOptions {
  count: number;
  /** Arguments after `worker` (--config FILE, --db URL, --concurrency N). */
  args: string[];
  /** Worker k (from 1) serves its metrics on this port + k - 1 (default: no metrics). */
  metricsPortBase?: number;
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /** First restart delay; doubles on each quick exit, up to 30 s (default 1000 ms). */
  restartDelayMs?: number;
}

/** Running workers. */
export interface Supervisor {
  pids(): number[];
  /** SIGTERM to every worker; SIGKILL to those still running after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Forks the workers. */
export function superviseWorkers(options: SupervisorOptions): Supervisor {
  const { logger } = options;
  const children = new Map<number, ChildProcess>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping = false;

  const spawn = (slot: number, delayMs: number): void => {
    const startedAt = Date.now();
    const metrics = options.metricsPortBase === undefined ? [] : ['--metrics-port', String(options.metricsPortBase + slot - 1)];
    const child = fork(BIN, ['worker', ...options.args, ...metrics], { env: options.env ?? process.env, stdio: 'inherit' });
    children.set(slot, child);
    logger.info({ worker: slot, pid: child.pid }, 'worker started');
    child.on('exit', (code, signal) => {
      children.delete(slot);
      if (stopping) return;
      // A worker that ran a minute counts as healthy: it restarts after the first delay again.
      const wait = Date.now() - startedAt > 60_000 ? (options.restartDelayMs ?? 1_000) : delayMs;
      logger.error({ worker: slot, code, signal, restartInMs: wait }, 'worker exited; restarting');
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopping) spawn(slot, Math.min(wait * 2, 30_000));
      }, wait);
      timers.add(timer);
    });
  };
  for (let slot = 1; slot <= options.count; slot++) spawn(slot, options.restartDelayMs ?? 1_000);

  return {
    pids: () => [...children.values()].map((c) => c.pid ?? 0),
    async stop(timeoutMs = 10_000) {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      const exits = [...children.values()].map(
        (child) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()))),
      );
      for (const child of children.values()) child.kill('SIGTERM');
      if (!(await settleWithin(Promise.all(exits), timeoutMs))) {
        for (const child of children.values()) child.kill('SIGKILL');
        await Promise.all(exits);
      }
    },
  };
}
