// Scheduling: pure due-time rules, and the cycle scheduler wired to node-cron.
export {
  computeBackoffMs,
  computeNextDue,
  createSeededRandom,
  decideDisable,
  isDue,
  type DisableFacts,
  type DueFacts,
  type DueReason,
  type NextDue,
} from './due.js';
export { estimateCyclePeriodMs, isValidCron } from './cron.js';
export { runPool } from './run-pool.js';
export { createScheduler, Scheduler, type SchedulerOptions } from './scheduler.js';
// types.ts holds only the scheduler's public types: all of them are part of the stage's interface.
export type * from './types.js';
