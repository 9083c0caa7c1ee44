// Pure due-time rules: when a source should be polled next, backoff after errors, and when to give up on it.
import type { ScheduleSettings, SourceErrorCode } from '../model.js';

const MINUTE = 60_000;

/** What the due-time rules need to know about one source right after a poll. */
export interface DueFacts {
  /** When the poll that just ended started (epoch ms). */
  polledAt: number;
  /** The source's own interval from config; absent means the schedule default. */
  intervalMinutes?: number;
  /** RSS <ttl> of the last parsed document. */
  ttlMinutes?: number;
  /** Cache-Control max-age (or Expires) of the last response. */
  maxAgeSeconds?: number;
  /** Absolute time before which the server asked us not to come back (Retry-After). */
  retryAfterUntil?: number;
  /** Errors in a row, 0 after a success. */
  consecutiveErrors: number;
}

/** Which rule decided a due time, shown on /sources. */
export type DueReason = 'interval' | 'ttl' | 'max-age' | 'backoff' | 'retry-after' | 'floor' | 'ceiling';

/** The next due time and the rule that set it. */
export interface NextDue {
  dueAt: number;
  delayMs: number;
  reason: DueReason;
}

/** Returns the next due time: the longest of interval, TTL, max-age, backoff and Retry-After, within floor and ceiling. */
export function computeNextDue(facts: DueFacts, settings: ScheduleSettings, random: () => number): NextDue {
  const floor = settings.minIntervalMinutes * MINUTE;
  const ceiling = Math.max(floor, settings.maxIntervalMinutes * MINUTE);
  const candidates: Array<[number, DueReason]> = [
    [(facts.intervalMinutes ?? settings.defaultIntervalMinutes) * MINUTE, 'interval'],
  ];
  if (facts.ttlMinutes !== undefined && facts.ttlMinutes > 0) candidates.push([facts.ttlMinutes * MINUTE, 'ttl']);
  if (facts.maxAgeSeconds !== undefined && facts.maxAgeSeconds > 0) candidates.push([facts.maxAgeSeconds * 1000, 'max-age']);
  if (facts.consecutiveErrors > 0) candidates.push([computeBackoffMs(facts.consecutiveErrors, settings, random), 'backoff']);
  if (facts.retryAfterUntil !== undefined && facts.retryAfterUntil > facts.polledAt) {
    candidates.push([facts.retryAfterUntil - facts.polledAt, 'retry-after']);
  }
  // Strictly longer wins, so ties keep the earlier (more ordinary) reason.
  let [delay, reason] = candidates[0];
  for (const [ms, why] of candidates.slice(1)) if (Number.isFinite(ms) && ms > delay) [delay, reason] = [ms, why];
  if (!Number.isFinite(delay) || delay > ceiling) [delay, reason] = [ceiling, 'ceiling'];
  if (delay < floor) [delay, reason] = [floor, 'floor'];
  const delayMs = Math.round(delay);
  return { dueAt: facts.polledAt + delayMs, delayMs, reason };
}

/** Backoff after `errors` consecutive failures: base × 2^(errors-1), times a jitter factor in [0.5, 1.5). */
export function computeBackoffMs(errors: number, settings: ScheduleSettings, random: () => number): number {
  if (errors <= 0) return 0;
  const exponent = Math.min(errors - 1, 30);
  const raw = settings.backoffBaseMinutes * MINUTE * 2 ** exponent;
  const capped = Math.min(raw, settings.maxIntervalMinutes * MINUTE);
  const jitter = 0.5 + clampUnit(random());
  return Math.round(capped * jitter);
}

/** Whether a source should be polled at `now`; `slackMs` lets a source due a moment after the tick go now. */
export function isDue(
  source: { enabled: boolean; disabledReason?: string; nextDueAt?: number },
  now: number,
  slackMs = 0,
): boolean {
  if (!source.enabled || source.disabledReason) return false;
  return source.nextDueAt === undefined || source.nextDueAt - slackMs <= now;
}

/** What decides whether the service gives up on a source by itself. */
export interface DisableFacts {
  /** Named in the reason's advice (`feedfold sources enable ID`). */
  sourceId?: string;
  lastErrorCode?: SourceErrorCode | string;
  consecutive404s: number;
  /** The poll that just ended failed (a stale error code from an older poll never disables). */
  failed: boolean;
}

/** The reason to disable a source (410 Gone, or N consecutive 404s), or undefined to keep polling it. */
export function decideDisable(facts: DisableFacts, settings: ScheduleSettings, now: number): string | undefined {
  if (!facts.failed) return undefined;
  const when = new Date(now).toISOString();
  const advice = `\`feedfold sources enable ${facts.sourceId ?? 'ID'}\` or a new url in the config polls it again`;
  if (facts.lastErrorCode === 'FETCH_HTTP_410') {
    return `HTTP 410 Gone at ${when}: the publisher removed this feed; ${advice}`;
  }
  const limit = settings.disableAfter404s;
  if (limit > 0 && facts.lastErrorCode === 'FETCH_HTTP_404' && facts.consecutive404s >= limit) {
    return `HTTP 404 Not Found ${facts.consecutive404s} times in a row (last at ${when}); ${advice}`;
  }
  return undefined;
}

/** The scheduler's jitter source (re-exported from src/random.ts). */
export { createSeededRandom } from '../random.js';

function clampUnit(x: number): number {
  if (!Number.isFinite(x) || x < 0) return 0;
  return x >= 1 ? 0.999999 : x;
}
