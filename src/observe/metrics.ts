// Prometheus metrics: one prom-client Registry per Metrics object (never the global default registry).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CopyKind } from '../model.js';

/** Outcome of one poll as the metrics count it. */
export type PollOutcomeKind = 'new' | 'unchanged' | 'failed' | 'aborted';

/** One finished poll, as reported by the scheduler or pipeline. */
export interface PollSample {
  sourceId: string;
  outcome: PollOutcomeKind;
  durationMs: number;
  errorCode?: string;
}

/** Health facts of one source, exported as per-source gauges. */
export interface SourceHealthSample {
  consecutiveErrors: number;
  lastSuccessAt?: number;
  disabled: boolean;
}

/** How to build the metrics. */
export interface MetricsOptions {
  /** Also export process metrics (CPU, memory, event loop lag, open handles); default true. */
  processMetrics?: boolean;
}

/** The metrics of one feedfold instance; the pipeline, scheduler, service and server report through it. */
export class Metrics {
  readonly registry = new Registry();
  private readonly polls: Counter<'outcome'>;
  private readonly pollErrors: Counter<'code'>;
  private readonly fetchDuration: Histogram<'outcome'>;
  private readonly itemsStored: Counter;
  private readonly exactDuplicates: Counter;
  private readonly copies: Counter<'kind'>;
  private readonly sourceErrors: Gauge<'source'>;
  private readonly sourceLastSuccess: Gauge<'source'>;
  private readonly sourceDisabled: Gauge<'source'>;
  private readonly cycles: Counter<'result'>;
  private readonly cycleDuration: Histogram;
  private readonly lastCycle: Gauge;
  private readonly inFlight: Gauge;
  private readonly reloads: Counter<'result'>;
  private readonly httpRequests: Counter<'route' | 'status'>;

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    this.polls = new Counter({ name: 'feedfold_polls_total', help: 'Polls by outcome (new, unchanged, failed, aborted).', labelNames: ['outcome'], registers });
    this.pollErrors = new Counter({ name: 'feedfold_poll_errors_total', help: 'Failed polls by error code.', labelNames: ['code'], registers });
    this.fetchDuration = new Histogram({
      name: 'feedfold_poll_duration_seconds',
      help: 'Wall time of one poll (fetch, parse, store, dedup), by outcome.',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60],
      registers,
    });
    this.itemsStored = new Counter({ name: 'feedfold_items_stored_total', help: 'New on-topic items stored.', registers });
    this.exactDuplicates = new Counter({ name: 'feedfold_exact_duplicates_total', help: 'Items found to be exact duplicates of an earlier item.', registers });
    this.copies = new Counter({ name: 'feedfold_copies_found_total', help: 'Copies found by kind.', labelNames: ['kind'], registers });
    this.sourceErrors = new Gauge({ name: 'feedfold_source_consecutive_errors', help: 'Consecutive failed polls per source.', labelNames: ['source'], registers });
    this.sourceLastSuccess = new Gauge({ name: 'feedfold_source_last_success_timestamp_seconds', help: 'Unix time of the last successful poll per source.', labelNames: ['source'], registers });
    this.sourceDisabled = new Gauge({ name: 'feedfold_source_disabled', help: '1 when the service stopped polling a source (410, repeated 404).', labelNames: ['source'], registers });
    this.cycles = new Counter({ name: 'feedfold_cycles_total', help: 'Scheduler cycles by result (completed, skipped because one was still running, failed).', labelNames: ['result'], registers });
    this.cycleDuration = new Histogram({ name: 'feedfold_cycle_duration_seconds', help: 'Wall time of one scheduler cycle.', buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600], registers });
    this.lastCycle = new Gauge({ name: 'feedfold_last_cycle_timestamp_seconds', help: 'Unix time the last cycle finished.', registers });
    this.inFlight = new Gauge({ name: 'feedfold_polls_in_flight', help: 'Polls running now.', registers });
    this.reloads = new Counter({ name: 'feedfold_config_reloads_total', help: 'Config reloads by result (applied, rejected).', labelNames: ['result'], registers });
    this.httpRequests = new Counter({ name: 'feedfold_http_requests_total', help: 'HTTP requests served by route and status.', labelNames: ['route', 'status'], registers });
    for (const outcome of ['new', 'unchanged', 'failed', 'aborted']) this.polls.inc({ outcome }, 0);
    for (const result of ['completed', 'skipped', 'failed']) this.cycles.inc({ result }, 0);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one finished poll and its duration. */
  recordPoll(sample: PollSample): void {
    this.polls.inc({ outcome: sample.outcome });
    if (sample.outcome === 'failed' && sample.errorCode) this.pollErrors.inc({ code: sample.errorCode });
    this.fetchDuration.observe({ outcome: sample.outcome }, Math.max(0, sample.durationMs) / 1000);
  }

  /** Counts new items stored. */
  recordItemsStored(count: number): void {
    if (count > 0) this.itemsStored.inc(count);
  }

  /** Counts items found to be exact duplicates. */
  recordExactDuplicates(count: number): void {
    if (count > 0) this.exactDuplicates.inc(count);
  }

  /** Counts copies found, by kind. */
  recordCopies(kind: CopyKind | string, count = 1): void {
    if (count > 0) this.copies.inc({ kind }, count);
  }

  /** Sets the per-source health gauges. */
  setSourceHealth(sourceId: string, health: SourceHealthSample): void {
    this.sourceErrors.set({ source: sourceId }, health.consecutiveErrors);
    this.sourceDisabled.set({ source: sourceId }, health.disabled ? 1 : 0);
    if (health.lastSuccessAt !== undefined) this.sourceLastSuccess.set({ source: sourceId }, health.lastSuccessAt / 1000);
  }

  /** Drops the gauges of a source removed from the config. */
  forgetSource(sourceId: string): void {
    for (const gauge of [this.sourceErrors, this.sourceLastSuccess, this.sourceDisabled]) gauge.remove({ source: sourceId });
  }

  /** Counts a cycle; a completed one also records its duration and end time. */
  recordCycle(result: 'completed' | 'skipped' | 'failed', durationMs?: number, finishedAt?: number): void {
    this.cycles.inc({ result });
    if (durationMs !== undefined) this.cycleDuration.observe(durationMs / 1000);
    if (finishedAt !== undefined) this.lastCycle.set(finishedAt / 1000);
  }

  /** Sets the number of polls running now. */
  setInFlight(count: number): void {
    this.inFlight.set(count);
  }

  /** Counts a config reload attempt. */
  recordReload(result: 'applied' | 'rejected'): void {
    this.reloads.inc({ result });
  }

  /** Counts one HTTP response. */
  recordHttp(route: string, status: number): void {
    this.httpRequests.inc({ route, status: String(status) });
  }

  /** The exposition text for /metrics. */
  async render(): Promise<string> {
    return this.registry.metrics();
  }

  /** The Content-Type of the exposition text. */
  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Creates the metrics of one instance. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  return new Metrics(options);
}
