// After one poll: store the next due time (or the reason the source is given up), and report it to metrics and logs.
import type { ScheduleSettings, SourceRecord } from '../model.js';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import { computeNextDue, decideDisable } from './due.js';
import type { PollReport, SchedulerSources } from './types.js';

/** What settling one finished (not aborted) poll needs. */
export interface SettlePollOptions {
  sources: SchedulerSources;
  source: SourceRecord;
  report: PollReport;
  settings: ScheduleSettings;
  startedAt: number;
  durationMs: number;
  now: () => number;
  random: () => number;
  logger?: Logger;
  metrics?: Metrics;
}

/** Computes and stores the next due time or a disable reason, counts the poll, and writes its one log line. */
export async function settlePoll(options: SettlePollOptions): Promise<void> {
  const { sources, source, report, settings, startedAt, durationMs, logger, metrics } = options;
  const failed = report.outcome === 'failed';
  // The pipeline has recorded the poll by now: re-read the row for its error counters, TTL and max-age.
  const after = (await sources.get(source.id)) ?? source;
  const retryAfterUntil =
    after.retryAfterUntil ?? (report.retryAfterSeconds ? startedAt + report.retryAfterSeconds * 1000 : undefined);
  const next = computeNextDue(
    {
      polledAt: startedAt,
      intervalMinutes: after.intervalMinutes,
      ttlMinutes: after.ttlMinutes,
      maxAgeSeconds: after.maxAgeSeconds,
      retryAfterUntil,
      consecutiveErrors: failed ? Math.max(1, after.consecutiveErrors) : after.consecutiveErrors,
    },
    settings,
    options.random,
  );
  const disabledReason = decideDisable(
    { sourceId: source.id, lastErrorCode: report.errorCode ?? after.lastErrorCode, consecutive404s: after.consecutive404s, failed },
    settings,
    options.now(),
  );
  await sources.saveSchedule(source.id, { nextDueAt: next.dueAt, disabledReason });

  metrics?.recordPoll({ sourceId: source.id, outcome: report.outcome, durationMs, errorCode: report.errorCode });
  metrics?.recordItemsStored(report.itemsNew ?? 0);
  metrics?.recordExactDuplicates(report.exactDuplicates ?? 0);
  for (const [kind, count] of Object.entries(report.copies ?? {})) metrics?.recordCopies(kind, count);
  metrics?.setSourceHealth(source.id, {
    consecutiveErrors: after.consecutiveErrors,
    lastSuccessAt: after.lastSuccessAt,
    disabled: disabledReason !== undefined,
  });

  const line = {
    source: source.id,
    outcome: report.outcome,
    items: report.itemsNew ?? 0,
    seen: report.itemsSeen,
    durationMs,
    nextDueAt: new Date(next.dueAt).toISOString(),
    dueReason: next.reason,
  };
  if (failed) logger?.warn({ ...line, errorCode: report.errorCode, error: report.errorMessage }, 'poll');
  else logger?.info(line, 'poll');
  if (disabledReason) logger?.error({ source: source.id, reason: disabledReason }, 'source disabled');
}
