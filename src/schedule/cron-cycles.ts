// What every cycle runner shares (the in-process Scheduler, and the worker pool's Dispatcher in src/queue): the
// node-cron task, and the counters behind /healthz and /sources.
import type { ScheduledTask } from 'node-cron';
import type { Logger } from '../observe/logger.js';
import { estimateCyclePeriodMs, startCronTask } from './cron.js';
import type { SchedulerSnapshot, SchedulerStatus } from './types.js';

/** A runner of cycles on a cron expression; subclasses say what a cycle does. */
export abstract class CronCycles implements SchedulerStatus {
  private task?: ScheduledTask;
  private cron = '';
  private cyclePeriodMs = 600_000;
  protected stopped = false;
  protected startedAt?: number;
  protected lastStarted?: number;
  protected lastFinished?: number;
  protected lastError?: string;
  protected completed = 0;
  protected skipped = 0;

  constructor(private readonly cronLogger?: Logger) {}

  /** Runs one cycle now (what a cron fire does). */
  abstract runCycle(trigger: string, queue?: boolean): Promise<unknown>;
  /** Whether a cycle is running now. */
  protected abstract cycleRunning(): boolean;
  /** Ids of sources being polled by this process now. */
  protected inFlightIds(): string[] {
    return [];
  }

  /** Replaces the cron expression (config reload); a running cycle is left alone. */
  setCron(expression: string): void {
    if (this.stopped || expression === this.cron) return;
    void this.task?.destroy();
    this.cron = expression;
    this.cyclePeriodMs = estimateCyclePeriodMs(expression);
    this.task = startCronTask(expression, () => void this.runCycle('cron'), this.cronLogger);
  }

  /** Marks the runner stopped and stops the cron task. */
  protected stopCron(): void {
    this.stopped = true;
    void this.task?.destroy();
    this.task = undefined;
  }

  /** A point-in-time view for /healthz and /sources. */
  snapshot(): SchedulerSnapshot {
    const next = this.task?.getNextRun();
    return {
      alive: this.startedAt !== undefined && !this.stopped,
      startedAt: this.startedAt,
      cron: this.cron,
      cyclePeriodMs: this.cyclePeriodMs,
      cycleRunning: this.cycleRunning(),
      lastCycleStartedAt: this.lastStarted,
      lastCycleFinishedAt: this.lastFinished,
      lastCycleError: this.lastError,
      cyclesCompleted: this.completed,
      cyclesSkipped: this.skipped,
      nextCycleAt: next ? next.getTime() : undefined,
      inFlight: this.inFlightIds(),
    };
  }
}
