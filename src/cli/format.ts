// How the CLI writes things: one poll outcome per line, and times to the minute (UTC).
import type { PollOutcome } from '../pipeline.js';

/** `2023-11-14 10:02` (UTC). */
export function formatMinute(time: number): string {
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}

/** One line for one source: `new 3 (12 seen, 9 off-topic)`, `unchanged`, `failed FETCH_HTTP_404 message`. */
export function describeOutcome(outcome: PollOutcome): string {
  if (outcome.outcome === 'failed') return `failed ${outcome.code} ${outcome.message ?? ''}`.trimEnd();
  if (outcome.skipped) return `skipped (${outcome.message})`;
  const details: string[] = [];
  if (outcome.status === 304) details.push('304 not modified');
  else details.push(`${outcome.seen} seen`);
  if (outcome.offTopic > 0) details.push(`${outcome.offTopic} off-topic`);
  if (outcome.updatedItems > 0) details.push(`${outcome.updatedItems} updated`);
  if (outcome.exactDuplicates > 0) details.push(`${outcome.exactDuplicates} exact duplicates`);
  if (outcome.dedupError) details.push(`copy detection failed: ${outcome.dedupError}`);
  const head = outcome.outcome === 'new' ? `new ${outcome.newItems}` : 'unchanged';
  return `${head} (${details.join(', ')})`;
}
