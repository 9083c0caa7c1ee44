// The cycle scheduler: on each cron fire, polls the due sources with bounded concurrency, one poll per source at a
// time, never two cycles on top of each other; after each poll it stores the next due time or a disable reason.
import type { SourceRecord } from '../model.js';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import { settleWithin } from '../settle-within.js';
import { CronCycles } from './cron-cycles.js';
import { isDue } from './due.js';
import { runPool } from './run-pool.js';
import { settlePoll } from './settle-poll.js';
import type {
  CycleReport,
  PollFunction,
  PollReport,
  SchedulerSettings,
  SchedulerSources,
} from './types.js';

/** What the scheduler is built from; the clock and the randomness are passed in. */
export interface SchedulerOptions {
  sources: SchedulerSources;
  poll: PollFunction;
  settings: () => SchedulerSettings;
  now: () => number;
  random: () => number;
  logger?: Logger;
  metrics?: Metrics;
  /** A source due within this many ms of a cycle is polled in that cycle (default 30 s). */
  slackMs?: number;
}

/** Runs polling cycles; `start()` wires node-cron, `runCycle()` runs one cycle now, `stop()` aborts and drains. */
export class Scheduler extends CronCycles {
  private current?: Promise<CycleReport>;
  private rerunRequested = false;
  private readonly inFlight = new Map<string, AbortController>();

  constructor(private readonly options: SchedulerOptions) {
    super(options.logger);
  }

  /** Starts the cron task with the configured expression and runs a first cycle at once. */
  start(): Promise<CycleReport> {
    this.startedAt = this.options.now();
    this.setCron(this.options.settings().schedule.cron);
    return this.runCycle('start');
  }

  /** Runs one cycle now; if one is running it is skipped (counted and logged), or queued after it when `queue`. */
  async runCycle(trigger: string, queue = false): Promise<CycleReport> {
    const at = this.options.now();
    if (this.stopped) return { status: 'stopped', trigger, startedAt: at, finishedAt: at, polled: [] };
    if (this.current) {
      if (queue) {
        this.rerunRequested = true;
      } else {
        this.skipped++;
        this.options.metrics?.recordCycle('skipped');
        this.options.logger?.warn(
          { trigger, runningForMs: at - (this.lastStarted ?? at) },
          'cycle skipped: the previous cycle is still running',
        );
      }
      return { status: 'skipped', trigger, startedAt: at, finishedAt: at, polled: [] };
    }
    this.current = this.cycle(trigger);
    try {
      return await this.current;
    } finally {
      this.current = undefined;
      if (this.rerunRequested && !this.stopped) {
        this.rerunRequested = false;
        void this.runCycle('rerun');
      }
    }
  }

  /** Stops cron, aborts in-flight polls, and waits (at most `timeoutMs`) for the cycle to settle. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopCron();
    for (const controller of this.inFlight.values()) controller.abort(new Error('feedfold is shutting down'));
    if (this.current) await settleWithin(this.current, timeoutMs);
  }

  protected cycleRunning(): boolean {
    return this.current !== undefined;
  }

  protected override inFlightIds(): string[] {
    return [...this.inFlight.keys()];
  }

  private async cycle(trigger: string): Promise<CycleReport> {
    const { now, logger, metrics } = this.options;
    const startedAt = now();
    this.lastStarted = startedAt;
    const settings = this.options.settings();
    try {
      const due = (await this.options.sources.list())
        .filter((s) => isDue(s, startedAt, this.options.slackMs ?? 30_000) && !this.inFlight.has(s.id))
        .sort((a, b) => (a.nextDueAt ?? 0) - (b.nextDueAt ?? 0));
      logger?.debug({ trigger, due: due.length }, 'cycle started');
      const polled = await runPool(due, settings.concurrency, (source) => this.pollOne(source, settings));
      const finishedAt = now();
      this.lastFinished = finishedAt;
      this.lastError = undefined;
      this.completed++;
      metrics?.recordCycle('completed', finishedAt - startedAt, finishedAt);
      const aborted = polled.filter((p) => p.aborted).length;
      const failed = polled.filter((p) => p.outcome === 'failed' && !p.aborted).length;
      logger?.info({ trigger, polled: polled.length - aborted, failed, aborted, durationMs: finishedAt - startedAt }, 'cycle finished');
      return { status: 'completed', trigger, startedAt, finishedAt, polled };
    } catch (error) {
      this.lastError = (error as Error).message;
      metrics?.recordCycle('failed');
      logger?.error({ err: error, trigger }, 'cycle failed');
      return { status: 'completed', trigger, startedAt, finishedAt: now(), polled: [] };
    }
  }

  private async pollOne(source: SourceRecord, settings: SchedulerSettings): Promise<PollReport> {
    const { now, logger, metrics } = this.options;
    // Sources still queued when stop() came are not started at all.
    if (this.stopped) return { sourceId: source.id, outcome: 'failed', aborted: true };
    const controller = new AbortController();
    this.inFlight.set(source.id, controller);
    metrics?.setInFlight(this.inFlight.size);
    const started = now();
    let report: PollReport;
    let threw = false;
    try {
      report = await this.options.poll(source, controller.signal);
    } catch (error) {
      // A poll rejects when shutdown aborted it; any other rejection is a bug in a stage.
      threw = !controller.signal.aborted;
      if (threw) logger?.error({ err: error, source: source.id }, 'poll threw: this is a bug');
      report = { sourceId: source.id, outcome: 'failed', errorCode: 'INTERNAL', errorMessage: (error as Error).message };
    } finally {
      this.inFlight.delete(source.id);
      metrics?.setInFlight(this.inFlight.size);
    }
    const durationMs = now() - started;
    if (controller.signal.aborted) {
      // Leave the due time alone: the next start polls this source again.
      metrics?.recordPoll({ sourceId: source.id, outcome: 'aborted', durationMs });
      logger?.info({ source: source.id, outcome: 'aborted', durationMs }, 'poll');
      return { ...report, aborted: true };
    }
    if (threw) await this.options.sources.recordCrash(source.id, report.errorMessage ?? 'poll failed');
    await settlePoll({ ...this.options, source, report, settings: settings.schedule, startedAt: started, durationMs });
    return report;
  }
}

/** Creates a scheduler (not started). */
export function createScheduler(options: SchedulerOptions): Scheduler {
  return new Scheduler(options);
}
