// One poll of one source: fetch → parse → topic filter → store + dedup (one transaction, opened only after the
// fetch and parse: no transaction waits on the network); and a bounded pool over all.
import crypto from 'node:crypto';
import { ParseError } from './errors.js';
import { fetchFeed, type FetchFeedOptions } from './fetch/index.js';
import type { Config, CopyKind, FetchResult, SourceErrorCode, SourceRecord } from './model.js';
import type { Logger } from './observe/logger.js';
import type { Metrics } from './observe/metrics.js';
import { normalizeText, parseFeed } from './parse/index.js';
import type { Store } from './store/index.js';
import { createTopicMatcher, type TopicMatch } from './topic/index.js';
import { defaultDetector, runDetect, type DetectCopies } from './pipeline/detect.js';
import { emptyOutcome, finish, finishFailure, skippedOutcome } from './pipeline/outcome.js';
import { isOwnFeed } from './pipeline/own-feed.js';

export { isOwnFeed } from './pipeline/own-feed.js';
export type { DetectCopies } from './pipeline/detect.js';

/** What the pipeline works with. `metrics`, when set, counts each poll: leave it unset where the caller
 *  counts polls itself (the scheduler's settlePoll does). */
export interface PipelineDeps {
  store: Store;
  config: Config;
  now: () => number;
  logger?: Logger;
  metrics?: Metrics;
}

/** Options of one poll. */
export interface PollSourceOptions {
  /** Cancels the fetch; the poll then rejects with the signal's reason and records nothing. */
  signal?: AbortSignal;
  /** Run copy detection on new items (default true; the ingest benchmark turns it off). */
  detect?: boolean;
  /** The copy detector to run (default: detectCopies of src/dedup). */
  detector?: DetectCopies;
  /** Passed to fetchFeed (connection pools, DNS). */
  fetchOptions?: Omit<FetchFeedOptions, 'signal' | 'now'>;
}

/** Options of one cycle over many sources. */
export interface PollAllOptions extends PollSourceOptions {
  /** Sources to poll (default: every enabled source of the config). Listed ids are polled even if disabled. */
  sourceIds?: string[];
  /** Polls at once (default config.fetch.concurrency). */
  concurrency?: number;
  /** Skip sources whose Retry-After has not passed (default true; sources listed in sourceIds are polled anyway). */
  respectRetryAfter?: boolean;
  /** Called as each source finishes, for progress display. */
  onOutcome?: (outcome: PollOutcome, done: number, total: number) => void;
}

/** How one poll of one source ended. */
export interface PollOutcome {
  sourceId: string;
  outcome: 'new' | 'unchanged' | 'failed';
  newItems: number;
  /** Items seen before whose title or text changed. */
  updatedItems: number;
  /** Items in the document (on and off topic). */
  seen: number;
  offTopic: number;
  /** New items that repeat another source's item exactly (same link or same text). */
  exactDuplicates: number;
  /** Copies found by the dedup step, by kind. */
  copies?: Partial<Record<CopyKind, number>>;
  code?: SourceErrorCode;
  message?: string;
  status?: number;
  retryAfterSeconds?: number;
  /** Set when the source was not polled: the publisher's Retry-After has not passed yet. */
  skipped?: 'retry-after';
  /** Set when copy detection failed: the items are stored, `feedfold dedup rebuild` catches them up. */
  dedupError?: string;
  durationMs: number;
}

const inFlight = new WeakMap<Store, Map<string, Promise<PollOutcome>>>();
const matchers = new WeakMap<Config['topic'], (item: { title: string; text: string }) => TopicMatch>();

/** Polls one source; expected failures are outcomes, never throws (except when cancelled). Two calls for the
 *  same source at once share one poll. */
export function pollSource(deps: PipelineDeps, source: SourceRecord, options: PollSourceOptions = {}): Promise<PollOutcome> {
  let running = inFlight.get(deps.store);
  if (!running) inFlight.set(deps.store, (running = new Map()));
  const current = running.get(source.id);
  if (current) return current;
  const poll = runPoll(deps, source, options).finally(() => running.delete(source.id));
  running.set(source.id, poll);
  return poll;
}

/** Polls many sources with bounded concurrency; one source's failure never stops the others. */
export async function pollAll(deps: PipelineDeps, options: PollAllOptions = {}): Promise<PollOutcome[]> {
  const wanted = options.sourceIds ?? deps.config.sources.filter((s) => s.enabled).map((s) => s.id);
  const sources = (await Promise.all(wanted.map((id) => deps.store.sources.get(id)))).filter((s) => s !== undefined);
  const enabledOnly = options.sourceIds === undefined;
  const queue = sources.filter((s) => !enabledOnly || s.enabled);
  const results: PollOutcome[] = new Array(queue.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const index = next++;
      const source = queue[index];
      const waiting = (options.respectRetryAfter ?? enabledOnly) && source.retryAfterUntil !== undefined && source.retryAfterUntil > deps.now();
      results[index] = waiting ? skippedOutcome(source) : await pollSource(deps, source, options);
      done += 1;
      options.onOutcome?.(results[index], done, queue.length);
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? deps.config.fetch.concurrency, queue.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/** sha256 of the normalized text: equal hashes across sources are exact duplicates. */
export function hashText(text: string): string {
  return crypto.createHash('sha256').update(normalizeText(text)).digest('hex');
}

async function runPoll(deps: PipelineDeps, source: SourceRecord, options: PollSourceOptions): Promise<PollOutcome> {
  const { store, config, now } = deps;
  const startedAt = now();
  const outcome = emptyOutcome(source.id);
  let result: FetchResult;
  try {
    if (isOwnFeed(source.url, config.server)) {
      return await finishFailure(deps, source, outcome, startedAt, 'SELF_FEED_REFUSED', `${source.url} is this feedfold's own published feed: refusing to ingest it`);
    }
    result = await fetchFeed({ url: source.url, etag: source.etag, lastModified: source.lastModified }, config.fetch, { ...options.fetchOptions, signal: options.signal, now });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return finishFailure(deps, source, outcome, startedAt, 'INTERNAL', `fetch crashed: ${(error as Error).message}`);
  }
  if (result.kind === 'failed') {
    outcome.status = result.status;
    outcome.retryAfterSeconds = result.retryAfterSeconds;
    return finishFailure(deps, source, outcome, startedAt, result.code, result.message, result.retryAfterSeconds);
  }
  if (result.kind === 'not-modified') {
    const finishedAt = now();
    await store.transaction(async (tx) => {
      await tx.sources.recordSuccess(source.id, {
        now: startedAt,
        etag: result.etag ?? source.etag,
        lastModified: result.lastModified ?? source.lastModified,
        ttlMinutes: source.ttlMinutes,
        maxAgeSeconds: result.maxAgeSeconds,
        movedTo: result.movedTo,
      });
      await tx.pollRuns.record({ sourceId: source.id, startedAt, finishedAt, outcome: 'unchanged', status: 304, itemsSeen: 0, itemsNew: 0, itemsOffTopic: 0, bytes: 0 });
    });
    outcome.status = 304;
    return finish(deps, outcome, startedAt);
  }
  try {
    return await storeDocument(deps, source, result, outcome, startedAt, options);
  } catch (error) {
    if (error instanceof ParseError) return finishFailure(deps, source, outcome, startedAt, error.code as SourceErrorCode, error.message);
    deps.logger?.error({ source: source.id, err: error }, 'poll crashed');
    return finishFailure(deps, source, outcome, startedAt, 'INTERNAL', `internal error: ${(error as Error).message}`);
  }
}

async function storeDocument(deps: PipelineDeps, source: SourceRecord, result: Extract<FetchResult, { kind: 'ok' }>, outcome: PollOutcome, startedAt: number, options: PollSourceOptions): Promise<PollOutcome> {
  const { store, config, now } = deps;
  const feed = await parseFeed(result.text, result.url, { defaultLanguage: source.language });
  const match = matcherFor(config.topic);
  const onTopic = feed.items.filter((item) => match(item).matched);
  const inputs = onTopic.map((item) => ({ ...item, language: item.language ?? feed.language ?? source.language, textHash: hashText(item.text) }));
  const detect = options.detect === false ? undefined : (options.detector ?? defaultDetector);
  outcome.status = result.status;
  outcome.seen = feed.items.length;
  outcome.offTopic = feed.items.length - onTopic.length;
  await store.transaction(async (tx) => {
    const saved = await tx.items.saveBatch(source.id, inputs, startedAt);
    outcome.newItems = saved.newIds.length;
    outcome.updatedItems = saved.updatedIds.length;
    outcome.exactDuplicates = saved.exactDuplicates;
    outcome.outcome = saved.newIds.length > 0 ? 'new' : 'unchanged';
    await tx.sources.recordSuccess(source.id, { now: startedAt, etag: result.etag, lastModified: result.lastModified, ttlMinutes: feed.ttlMinutes, maxAgeSeconds: result.maxAgeSeconds, movedTo: result.movedTo });
    await tx.pollRuns.record({ sourceId: source.id, startedAt, finishedAt: now(), outcome: outcome.outcome, status: result.status, itemsSeen: outcome.seen, itemsNew: outcome.newItems, itemsOffTopic: outcome.offTopic, bytes: result.bytes });
    if (detect && saved.newIds.length > 0) await runDetect(tx, deps, detect, saved.newIds, outcome);
  });
  return finish(deps, outcome, startedAt);
}

function matcherFor(topic: Config['topic']): (item: { title: string; text: string }) => TopicMatch {
  let match = matchers.get(topic);
  if (!match) matchers.set(topic, (match = createTopicMatcher(topic)));
  return match;
}
