import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ScheduleSettings } from '../../src/model.js';
import {
  computeBackoffMs,
  computeNextDue,
  createSeededRandom,
  decideDisable,
  isDue,
  type DueFacts,
} from '../../src/schedule/due.js';

const MIN = 60_000;
const T0 = Date.UTC(2023, 10, 14, 12, 0, 0);
const settings: ScheduleSettings = {
  cron: '*/10 * * * *',
  defaultIntervalMinutes: 30,
  minIntervalMinutes: 15,
  maxIntervalMinutes: 1440,
  backoffBaseMinutes: 15,
  disableAfter404s: 5,
};
const half = () => 0.5; // jitter factor exactly 1

describe('computeNextDue', () => {
  it.each<[string, Partial<DueFacts>, number, string]>([
    ['default interval', {}, 30, 'interval'],
    ['own interval', { intervalMinutes: 60 }, 60, 'interval'],
    ['own interval below the floor', { intervalMinutes: 5 }, 15, 'floor'],
    ['own interval above the ceiling', { intervalMinutes: 5000 }, 1440, 'ceiling'],
    ['longer ttl wins', { ttlMinutes: 120 }, 120, 'ttl'],
    ['shorter ttl ignored', { ttlMinutes: 20 }, 30, 'interval'],
    ['zero ttl ignored', { ttlMinutes: 0 }, 30, 'interval'],
    ['longer max-age wins', { maxAgeSeconds: 3 * 3600 }, 180, 'max-age'],
    ['shorter max-age ignored', { maxAgeSeconds: 60 }, 30, 'interval'],
    ['huge max-age clamped to the ceiling', { maxAgeSeconds: 10 * 86400 }, 1440, 'ceiling'],
    ['retry-after when longer', { retryAfterUntil: T0 + 90 * MIN }, 90, 'retry-after'],
    ['retry-after in the past ignored', { retryAfterUntil: T0 - MIN }, 30, 'interval'],
    ['retry-after beyond the ceiling clamped', { retryAfterUntil: T0 + 3 * 86400_000 }, 1440, 'ceiling'],
    ['one error: base backoff shorter than interval', { consecutiveErrors: 1 }, 30, 'interval'],
    ['three errors: 15 × 4 = 60 min', { consecutiveErrors: 3 }, 60, 'backoff'],
    ['six errors: 15 × 32 = 480 min', { consecutiveErrors: 6 }, 480, 'backoff'],
    ['forty errors: capped at the ceiling', { consecutiveErrors: 40 }, 1440, 'backoff'],
    ['backoff beats ttl when longer', { consecutiveErrors: 5, ttlMinutes: 60 }, 240, 'backoff'],
  ])('%s', (_name, facts, minutes, reason) => {
    const due = computeNextDue({ polledAt: T0, consecutiveErrors: 0, ...facts }, settings, half);
    expect(due.delayMs).toBe(minutes * MIN);
    expect(due.dueAt).toBe(T0 + minutes * MIN);
    expect(due.reason).toBe(reason);
  });

  it('stays within floor and ceiling for any facts and any random', () => {
    fc.assert(
      fc.property(
        fc.record({
          intervalMinutes: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
          ttlMinutes: fc.option(fc.integer({ min: -5, max: 100_000 }), { nil: undefined }),
          maxAgeSeconds: fc.option(fc.integer({ min: -5, max: 10_000_000 }), { nil: undefined }),
          retryAfterOffset: fc.option(fc.integer({ min: -1e9, max: 1e10 }), { nil: undefined }),
          consecutiveErrors: fc.integer({ min: 0, max: 10_000 }),
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (f, r) => {
          const due = computeNextDue(
            {
              polledAt: T0,
              intervalMinutes: f.intervalMinutes,
              ttlMinutes: f.ttlMinutes,
              maxAgeSeconds: f.maxAgeSeconds,
              retryAfterUntil: f.retryAfterOffset === undefined ? undefined : T0 + f.retryAfterOffset,
              consecutiveErrors: f.consecutiveErrors,
            },
            settings,
            () => r,
          );
          expect(due.delayMs).toBeGreaterThanOrEqual(15 * MIN);
          expect(due.delayMs).toBeLessThanOrEqual(1440 * MIN);
        },
      ),
    );
  });
});

describe('computeBackoffMs', () => {
  it('is reproducible with a seeded random and spreads with jitter', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const runA = [1, 2, 3, 4, 5, 6].map((n) => computeBackoffMs(n, settings, a));
    const runB = [1, 2, 3, 4, 5, 6].map((n) => computeBackoffMs(n, settings, b));
    expect(runA).toEqual(runB);
    runA.forEach((ms, i) => {
      const nominal = 15 * MIN * 2 ** i;
      expect(ms).toBeGreaterThanOrEqual(nominal * 0.5);
      expect(ms).toBeLessThan(nominal * 1.5);
    });
    const other = [1, 2, 3, 4, 5, 6].map((n) => computeBackoffMs(n, settings, createSeededRandom(7)));
    expect(other).not.toEqual(runA);
  });

  it('grows with the error count for a fixed jitter and never exceeds 1.5 × ceiling', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => computeBackoffMs(n, settings, half));
    expect(values).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440].map((m) => m * MIN));
    expect(computeBackoffMs(0, settings, half)).toBe(0);
  });

  it('two sources on one host back off independently (per source, never per domain)', () => {
    const random = createSeededRandom(1);
    const failing = computeNextDue({ polledAt: T0, consecutiveErrors: 6 }, settings, random);
    const healthy = computeNextDue({ polledAt: T0, consecutiveErrors: 0 }, settings, random);
    expect(failing.reason).toBe('backoff');
    expect(healthy.delayMs).toBe(30 * MIN);
  });
});

describe('createSeededRandom', () => {
  it('returns floats in [0, 1)', () => {
    const r = createSeededRandom(123);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('isDue', () => {
  it.each<[string, { enabled: boolean; disabledReason?: string; nextDueAt?: number }, number, boolean]>([
    ['never polled', { enabled: true }, 0, true],
    ['due time passed', { enabled: true, nextDueAt: T0 - 1 }, 0, true],
    ['due exactly now', { enabled: true, nextDueAt: T0 }, 0, true],
    ['due later', { enabled: true, nextDueAt: T0 + MIN }, 0, false],
    ['due within the slack', { enabled: true, nextDueAt: T0 + 20_000 }, 30_000, true],
    ['disabled by the operator', { enabled: false }, 0, false],
    ['disabled by the service', { enabled: true, disabledReason: 'HTTP 410 Gone' }, 0, false],
  ])('%s', (_name, source, slack, expected) => {
    expect(isDue(source, T0, slack)).toBe(expected);
  });
});

describe('decideDisable', () => {
  it.each<[string, { lastErrorCode?: string; consecutive404s: number; failed: boolean }, RegExp | undefined]>([
    ['410 disables at once', { lastErrorCode: 'FETCH_HTTP_410', consecutive404s: 0, failed: true }, /410 Gone/],
    ['4 404s keep polling', { lastErrorCode: 'FETCH_HTTP_404', consecutive404s: 4, failed: true }, undefined],
    ['5 404s disable', { lastErrorCode: 'FETCH_HTTP_404', consecutive404s: 5, failed: true }, /404 Not Found 5 times/],
    ['a 500 never disables', { lastErrorCode: 'FETCH_HTTP_500', consecutive404s: 9, failed: true }, undefined],
    ['a success clears it', { lastErrorCode: 'FETCH_HTTP_410', consecutive404s: 0, failed: false }, undefined],
    ['a timeout never disables', { lastErrorCode: 'FETCH_TIMEOUT', consecutive404s: 0, failed: true }, undefined],
  ])('%s', (_name, facts, expected) => {
    const reason = decideDisable(facts, settings, T0);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });

  it('never disables on 404s when the limit is 0', () => {
    const reason = decideDisable(
      { lastErrorCode: 'FETCH_HTTP_404', consecutive404s: 100, failed: true },
      { ...settings, disableAfter404s: 0 },
      T0,
    );
    expect(reason).toBeUndefined();
  });
});
