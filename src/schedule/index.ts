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
export type {
  CycleReport,
  PollFunction,
  PollReport,
  SchedulerSettings,
  SchedulerSnapshot,
  SchedulerSources,
  SchedulerStatus,
} from './types.js';
