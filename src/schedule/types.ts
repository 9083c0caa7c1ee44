// Types shared by the scheduler, the service that wires it, and the server that reports on it.
import type { ScheduleSettings, SourceErrorCode, SourceRecord } from '../model.js';

/** One finished poll, as the scheduler needs it (the service adapts the pipeline's outcome to this). */
export interface PollReport {
  sourceId: string;
  outcome: 'new' | 'unchanged' | 'failed';
  /** Set by the scheduler when shutdown aborted the poll (or it never started): nothing was settled. */
  aborted?: boolean;
  itemsSeen?: number;
  itemsNew?: number;
  errorCode?: SourceErrorCode | string;
  errorMessage?: string;
  /** From Retry-After, when the pipeline did not store `retryAfterUntil` itself. */
  retryAfterSeconds?: number;
  /** Exact duplicates and copies by kind found by the dedup step of this poll, for metrics. */
  exactDuplicates?: number;
  copies?: Record<string, number>;
}

/** Polls one source; must honour `signal` (abort in-flight fetches) and never throw for expected failures. */
export type PollFunction = (source: SourceRecord, signal: AbortSignal) => Promise<PollReport>;

/** The scheduler's view of the sources: the current config's sources with their stored state. */
export interface SchedulerSources {
  /** Sources of the current config with their stored state (removed sources are not listed). */
  list(): Promise<SourceRecord[]>;
  /** One source's stored state, re-read after a poll. */
  get(id: string): Promise<SourceRecord | undefined>;
  /** Stores the next due time, and the reason when the service disables the source. */
  saveSchedule(id: string, patch: { nextDueAt: number; disabledReason?: string }): Promise<void>;
  /** Records a poll that threw (a bug), so it shows on /sources like any other error. */
  recordCrash(id: string, message: string): Promise<void>;
}

/** Settings read at the start of each cycle, so a reloaded config applies to the next cycle. */
export interface SchedulerSettings {
  schedule: ScheduleSettings;
  /** Polls running at once. */
  concurrency: number;
}

/** A point-in-time view of the scheduler, for /healthz and /sources. */
export interface SchedulerSnapshot {
  /** Started and not stopped. */
  alive: boolean;
  startedAt?: number;
  cron: string;
  /** Longest gap between two cron fires: /healthz calls a cycle stale after three of these. */
  cyclePeriodMs: number;
  cycleRunning: boolean;
  lastCycleStartedAt?: number;
  lastCycleFinishedAt?: number;
  lastCycleError?: string;
  cyclesCompleted: number;
  cyclesSkipped: number;
  /** Next cron fire, when started. */
  nextCycleAt?: number;
  /** Ids of sources being polled now. */
  inFlight: string[];
}

/** What the server may ask the scheduler (AppDeps.scheduler). */
export interface SchedulerStatus {
  snapshot(): SchedulerSnapshot;
}

/** How one cycle ended. */
export interface CycleReport {
  status: 'completed' | 'skipped' | 'stopped';
  trigger: string;
  startedAt: number;
  finishedAt: number;
  polled: PollReport[];
}
