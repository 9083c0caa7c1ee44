// node-cron helpers: validate an expression, measure its period, and start a task that calls back on each fire.
import cron, { type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import type { Logger } from '../observe/logger.js';

/** Whether node-cron accepts the expression. */
export function isValidCron(expression: string): boolean {
  return cron.validate(expression);
}

/** The longest gap between the next `samples` fires of an expression (irregular schedules count their widest gap). */
export function estimateCyclePeriodMs(expression: string, samples = 8): number {
  const task = cron.createTask(expression, () => undefined);
  try {
    const runs = task.getNextRuns(samples).map((d) => d.getTime());
    let widest = 0;
    for (let i = 1; i < runs.length; i++) widest = Math.max(widest, runs[i] - runs[i - 1]);
    return widest > 0 ? widest : 60_000;
  } finally {
    void task.destroy();
  }
}

/** Starts a cron task; overlap is handled by the caller (which counts and logs skips), not by node-cron. */
export function startCronTask(expression: string, onFire: () => void, logger?: Logger): ScheduledTask {
  return cron.schedule(expression, () => onFire(), { name: 'feedfold-cycle', noOverlap: false, logger: toCronLogger(logger) });
}

/** node-cron's own warnings (a missed fire when the event loop was blocked) as structured log lines, not console text. */
function toCronLogger(logger: Logger | undefined): CronLogger {
  const log = logger?.child({ stage: 'cron' });
  const text = (m: string | Error) => (m instanceof Error ? m.message : m);
  return {
    info: (m) => log?.info(m),
    warn: (m) => log?.warn(m),
    error: (m, err) => log?.error({ err: err ?? (m instanceof Error ? m : undefined) }, text(m)),
    debug: (m) => log?.debug(text(m)),
  };
}
