// The dispatcher: the scheduler of a worker pool. On each cron fire it finds the due sources, exactly as the
// in-process scheduler does, and sends one poll job per source instead of polling. The worker that runs the job
// settles the source (next due time, backoff, disable), so the dispatcher keeps no poll state of its own.
import type PgBoss from 'pg-boss';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import { CronCycles } from '../schedule/cron-cycles.js';
import { isDue } from '../schedule/due.js';
import type { SchedulerSources } from '../schedule/types.js';
import { POLL_QUEUE, queueStatus, type PollJob, type QueueStatus } from './boss.js';

/** What the dispatcher is built from. */
export interface DispatcherOptions {
  boss: PgBoss;
  sources: SchedulerSources;
  cron: () => string;
  now: () => number;
  logger?: Logger;
  metrics?: Metrics;
  /** A source due within this many ms of a cycle is sent in that cycle (default 30 s). */
  slackMs?: number;
}

/** One dispatch cycle. */
export interface DispatchReport {
  trigger: string;
  due: number;
  /** Queue sizes after the cycle's inserts. */
  queue: QueueStatus;
  startedAt: number;
  finishedAt: number;
}

/** Sends due sources to the queue on the cron schedule; `snapshot()` serves /healthz and /sources. */
export class Dispatcher extends CronCycles {
  private running?: Promise<DispatchReport>;
  private lastStatus: QueueStatus = { queued: 0, active: 0, dead: 0 };

  constructor(private readonly options: DispatcherOptions) {
    super(options.logger);
  }

  /** Starts the cron task and runs a first cycle at once. */
  start(): Promise<DispatchReport> {
    this.startedAt = this.options.now();
    this.setCron(this.options.cron());
    return this.runCycle('start');
  }

  /** Runs one cycle now (skipped while one runs). */
  async runCycle(trigger: string): Promise<DispatchReport> {
    const at = this.options.now();
    if (this.stopped || this.running) {
      if (this.running) this.skipped++;
      return { trigger, due: 0, queue: this.queue(), startedAt: at, finishedAt: at };
    }
    this.running = this.cycle(trigger);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Stops the cron task and waits for a running cycle. */
  async stop(): Promise<void> {
    this.stopCron();
    await this.running?.catch(() => undefined);
  }

  /** Queue sizes as of the last cycle. */
  queue(): QueueStatus {
    return { ...this.lastStatus };
  }

  protected cycleRunning(): boolean {
    return this.running !== undefined;
  }

  private async cycle(trigger: string): Promise<DispatchReport> {
    const { boss, sources, now, logger, metrics } = this.options;
    const startedAt = now();
    this.lastStarted = startedAt;
    let due = 0;
    try {
      const list = (await sources.list())
        .filter((s) => isDue(s, startedAt, this.options.slackMs ?? 30_000))
        .sort((a, b) => (a.nextDueAt ?? 0) - (b.nextDueAt ?? 0));
      due = list.length;
      // One multi-row insert per 500 sources; a source whose job is still queued or running is skipped by the
      // queue's unique index ('stately' policy, ON CONFLICT DO NOTHING), so it is never polled twice at once.
      for (let i = 0; i < list.length; i += 500) {
        await boss.insert(list.slice(i, i + 500).map((s) => ({ name: POLL_QUEUE, data: { sourceId: s.id } satisfies PollJob, singletonKey: s.id })));
      }
      this.lastStatus = await queueStatus(boss);
      const finishedAt = now();
      this.lastFinished = finishedAt;
      this.lastError = undefined;
      this.completed++;
      metrics?.recordCycle('completed', finishedAt - startedAt, finishedAt);
      logger?.info({ trigger, due, ...this.lastStatus, durationMs: finishedAt - startedAt }, 'dispatch cycle finished');
      return { trigger, due, queue: this.queue(), startedAt, finishedAt };
    } catch (error) {
      this.lastError = (error as Error).message;
      metrics?.recordCycle('failed');
      logger?.error({ err: error, trigger }, 'dispatch cycle failed');
      return { trigger, due, queue: this.queue(), startedAt, finishedAt: now() };
    }
  }
}
