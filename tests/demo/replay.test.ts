import { describe, it, expect } from 'vitest';
import { mergeOutcomes } from '../../src/demo/replay.js';
import type { PollOutcome } from '../../src/pipeline.js';

const poll = (sourceId: string, patch: Partial<PollOutcome>): PollOutcome => ({
  sourceId, outcome: 'unchanged', newItems: 0, updatedItems: 0, seen: 0, offTopic: 0, exactDuplicates: 0, durationMs: 1, ...patch,
});

describe('mergeOutcomes', () => {
  it('adds up what each round stored and keeps what the last document held', () => {
    const merged = mergeOutcomes([
      [poll('a', { outcome: 'new', newItems: 1, seen: 2, offTopic: 1, status: 200, copies: { verbatim: 1 } }), poll('b', { status: 200 })],
      [poll('a', { status: 304 }), poll('b', { outcome: 'new', newItems: 2, seen: 2, status: 200, exactDuplicates: 1, copies: { edited: 1 } })],
      [poll('a', { outcome: 'new', newItems: 1, seen: 3, offTopic: 1, status: 200, copies: { verbatim: 1, rewrite: 1 } }), poll('b', { status: 304 })],
    ]);
    expect(merged).toEqual([
      poll('a', { outcome: 'new', newItems: 2, seen: 3, offTopic: 1, status: 200, durationMs: 3, copies: { verbatim: 2, rewrite: 1 } }),
      poll('b', { outcome: 'new', newItems: 2, seen: 2, status: 200, exactDuplicates: 1, durationMs: 3, copies: { edited: 1 } }),
    ]);
  });

  it.each([
    ['failed in the last round', [{ status: 200, outcome: 'new', newItems: 1, seen: 1 }, { outcome: 'failed', code: 'FETCH_HTTP_404', status: 404 }], 'failed', 'FETCH_HTTP_404'],
    ['failed, then recovered', [{ outcome: 'failed', code: 'FETCH_TIMEOUT' }, { status: 200, seen: 1 }], 'unchanged', undefined],
    ['never changed', [{ status: 200, seen: 1 }, { status: 304 }], 'unchanged', undefined],
  ] as const)('a source %s ends %s', (_what, polls, outcome, code) => {
    const [merged] = mergeOutcomes(polls.map((p) => [poll('s', p as Partial<PollOutcome>)]));
    expect([merged.outcome, merged.code]).toEqual([outcome, code]);
  });
});
