// How a poll ends: failures recorded on the source and in poll_runs, durations, metrics and the log line.
import type { SourceErrorCode, SourceRecord } from '../model.js';
import type { PipelineDeps, PollOutcome } from '../pipeline.js';

/** A fresh outcome: nothing seen, nothing stored yet. */
export function emptyOutcome(sourceId: string): PollOutcome {
  return { sourceId, outcome: 'unchanged', newItems: 0, updatedItems: 0, seen: 0, offTopic: 0, exactDuplicates: 0, durationMs: 0 };
}

/** The outcome of a source left alone because its Retry-After has not passed. */
export function skippedOutcome(source: SourceRecord): PollOutcome {
  const until = new Date(source.retryAfterUntil ?? 0).toISOString();
  return { ...emptyOutcome(source.id), skipped: 'retry-after', message: `not polled: the publisher asked to wait until ${until} (Retry-After)` };
}

/** Records a failed poll (source row and poll run, one transaction) and resolves to its outcome. */
export async function finishFailure(deps: PipelineDeps, source: SourceRecord, outcome: PollOutcome, startedAt: number, code: SourceErrorCode, message: string, retryAfterSeconds?: number): Promise<PollOutcome> {
  await deps.store.transaction(async (tx) => {
    await tx.sources.recordFailure(source.id, { now: startedAt, code, message, retryAfterSeconds });
    await tx.pollRuns.record({ sourceId: source.id, startedAt, finishedAt: deps.now(), outcome: 'failed', status: outcome.status, errorCode: code, errorMessage: message, itemsSeen: 0, itemsNew: 0, itemsOffTopic: 0, bytes: 0 });
  });
  Object.assign(outcome, { outcome: 'failed', code, message, newItems: 0, updatedItems: 0, exactDuplicates: 0 });
  return finish(deps, outcome, startedAt);
}

/** Sets the duration, counts the poll in metrics when given, and logs it. */
export function finish(deps: PipelineDeps, outcome: PollOutcome, startedAt: number): PollOutcome {
  outcome.durationMs = Math.max(0, deps.now() - startedAt);
  const { metrics } = deps;
  if (metrics) {
    metrics.recordPoll({ sourceId: outcome.sourceId, outcome: outcome.outcome, durationMs: outcome.durationMs, errorCode: outcome.code });
    metrics.recordItemsStored(outcome.newItems);
    metrics.recordExactDuplicates(outcome.exactDuplicates);
    for (const [kind, count] of Object.entries(outcome.copies ?? {})) metrics.recordCopies(kind, count);
  }
  const line = { source: outcome.sourceId, outcome: outcome.outcome, items: outcome.newItems, seen: outcome.seen, durationMs: outcome.durationMs };
  if (outcome.outcome === 'failed') deps.logger?.warn({ ...line, code: outcome.code, error: outcome.message }, 'poll failed');
  else deps.logger?.debug(line, 'poll');
  return outcome;
}
