// The replay's poll loop: one pollAll per round with the clock at the round's time, a summary per round, and the
// rounds' outcomes merged into one line per source.
import type { CopyKind } from '../model.js';
import { pollAll, type PipelineDeps, type PollOutcome } from '../pipeline.js';
import type { Store } from '../store/index.js';

/** What one round of the replay brought. */
export interface DemoRound {
  /** The round's clock (epoch ms). */
  at: number;
  /** Items the feeds gained since the previous round (on and off topic). */
  published: number;
  /** Items stored in this round. */
  newItems: number;
  /** Copies found in this round (net growth of the copies in clusters). */
  copies: number;
  /** Sources that brought new items, with how many. */
  sources: Array<{ sourceId: string; newItems: number }>;
}

/** How to run the rounds. */
export interface ReplayRoundsOptions {
  rounds: readonly number[];
  /** Sets the clock that `deps.now`, the store and the feed server read. */
  setClock: (at: number) => void;
  /** How many items the feeds gained after `from` and by `to` (from undefined: the first round). */
  published?: (from: number | undefined, to: number) => number;
  /** Called after each round, for progress display. */
  onRound?: (round: DemoRound, done: number, total: number) => void;
}

/** Polls every source once per round, in order (one source at a time, so item ids and ties are reproducible). */
export async function replayRounds(deps: PipelineDeps, options: ReplayRoundsOptions): Promise<{ rounds: DemoRound[]; outcomes: PollOutcome[] }> {
  const history: PollOutcome[][] = [];
  const rounds: DemoRound[] = [];
  let copiesBefore = await countCopies(deps.store);
  let previous: number | undefined;
  for (const at of options.rounds) {
    options.setClock(at);
    const outcomes = await pollAll(deps, { concurrency: 1 });
    history.push(outcomes);
    const copies = await countCopies(deps.store);
    const round: DemoRound = {
      at,
      published: options.published?.(previous, at) ?? 0,
      newItems: outcomes.reduce((sum, o) => sum + o.newItems, 0),
      copies: copies - copiesBefore,
      sources: outcomes.filter((o) => o.newItems > 0).map((o) => ({ sourceId: o.sourceId, newItems: o.newItems })),
    };
    copiesBefore = copies;
    previous = at;
    rounds.push(round);
    options.onRound?.(round, rounds.length, options.rounds.length);
  }
  return { rounds, outcomes: mergeOutcomes(history) };
}

/** One outcome per source over all rounds: counts of new, updated and duplicate items and copies add up; what
 *  was seen (items, off-topic) is the last document fetched; the source failed if its last poll did. */
export function mergeOutcomes(history: ReadonlyArray<readonly PollOutcome[]>): PollOutcome[] {
  const bySource = new Map<string, PollOutcome[]>();
  for (const outcomes of history) {
    for (const o of outcomes) bySource.set(o.sourceId, [...(bySource.get(o.sourceId) ?? []), o]);
  }
  return [...bySource.values()].map((polls) => {
    const last = polls[polls.length - 1];
    const lastDocument = polls.filter((o) => o.outcome !== 'failed' && !o.skipped && o.status !== 304).pop();
    const sum = (key: 'newItems' | 'updatedItems' | 'exactDuplicates' | 'durationMs'): number => polls.reduce((n, o) => n + o[key], 0);
    const copies: Partial<Record<CopyKind, number>> = {};
    for (const o of polls) for (const [kind, n] of Object.entries(o.copies ?? {}) as Array<[CopyKind, number]>) copies[kind] = (copies[kind] ?? 0) + n;
    const merged: PollOutcome = {
      ...last,
      newItems: sum('newItems'),
      updatedItems: sum('updatedItems'),
      exactDuplicates: sum('exactDuplicates'),
      durationMs: sum('durationMs'),
      seen: lastDocument?.seen ?? 0,
      offTopic: lastDocument?.offTopic ?? 0,
      copies,
      dedupError: polls.map((o) => o.dedupError).filter(Boolean).pop(),
    };
    if (last.outcome !== 'failed') {
      merged.outcome = merged.newItems > 0 ? 'new' : 'unchanged';
      merged.status = lastDocument?.status ?? last.status;
    }
    if (merged.dedupError === undefined) delete merged.dedupError;
    return merged;
  });
}

async function countCopies(store: Store): Promise<number> {
  return (await store.clusters.list({ minSize: 2 })).reduce((n, c) => n + c.members.filter((m) => !m.isOriginal).length, 0);
}
