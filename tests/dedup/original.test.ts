import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../eval/harness.js';
import { DEFAULT_THRESHOLDS } from '../../src/dedup/index.js';
import { chooseOriginal, credibleTime, creditMatchesSource, type OriginalCandidate } from '../../src/dedup/original.js';
import { EDITED_A, paddedCopy, TITLE_A, WIRE_A } from '../fixtures/dedup/stories.js';
import { article, at, feed, newHarness } from './helpers.js';

const t = { ...DEFAULT_THRESHOLDS };
const H = 3_600_000;
const member = (itemId: number, extra: Partial<OriginalCandidate>): OriginalCandidate => ({
  itemId, sourceId: `s${itemId}`, role: 'unknown', firstSeenAt: at(0), credits: [], ...extra,
});
const none = () => undefined;

describe('credible publication time', () => {
  it.each([
    ['a sane feed date', at(-10), at(0), at(-10), true],
    ['no feed date', undefined, at(0), at(0), false],
    ['a future date', at(60), at(0), at(0), false],
    ['a date 3 days early', at(-72 * 60), at(0), at(-48 * 60), true],
    ['an absurd date (1970)', 0, at(0), at(0), false],
  ])('uses %s', (_, publishedAt, firstSeenAt, expected, fromFeed) => {
    expect(credibleTime({ publishedAt, firstSeenAt }, t)).toEqual({ at: expected, fromFeed });
  });
});

describe('chooseOriginal', () => {
  it('trusts attribution over dates: a copy credits the source of another member', () => {
    const choice = chooseOriginal([
      member(1, { sourceId: 'copier', publishedAt: at(-120), firstSeenAt: at(10), credits: ['Atlantic Wire'] }),
      member(2, { sourceId: 'atlantic-wire', sourceTitle: 'Atlantic Wire', publishedAt: at(-5), firstSeenAt: at(0) }),
    ], t, none);
    expect(choice).toEqual({ itemId: 2, reason: 'attribution' });
  });

  it('lets a role: original source win a close call against a copier whose feed clock runs early', () => {
    const choice = chooseOriginal([
      member(1, { role: 'copier', publishedAt: at(-4 * 60), firstSeenAt: at(30) }),
      member(2, { role: 'original', publishedAt: at(0), firstSeenAt: at(3) }),
    ], t, none);
    expect(choice).toEqual({ itemId: 2, reason: 'role-original' });
  });

  it('takes the earliest credible date when the gap is beyond close calls', () => {
    const choice = chooseOriginal([
      member(1, { role: 'copier', publishedAt: at(-840), firstSeenAt: at(-830) }),
      member(2, { role: 'original', publishedAt: at(0), firstSeenAt: at(3) }),
    ], t, none);
    expect(choice).toEqual({ itemId: 1, reason: 'earliest-published' });
  });

  it('ignores a future feed date (falls back to first seen)', () => {
    const choice = chooseOriginal([
      member(1, { publishedAt: at(0) + 1000 * H, firstSeenAt: at(60) }),
      member(2, { publishedAt: at(0), firstSeenAt: at(2) }),
    ], t, none);
    expect(choice.itemId).toBe(2);
  });

  it('breaks exact ties by containment direction, then first seen, then lowest id', () => {
    const tie = [member(1, { firstSeenAt: at(0) }), member(2, { firstSeenAt: at(0) })];
    expect(chooseOriginal(tie, t, (of, into) => (of === 1 && into === 2 ? 1 : 0.3))).toEqual({ itemId: 2, reason: 'containment' });
    expect(chooseOriginal(tie, t, none)).toEqual({ itemId: 1, reason: 'lowest-id' });
    expect(chooseOriginal([member(1, { firstSeenAt: at(5) }), member(2, { firstSeenAt: at(0) })], t, none)).toEqual({ itemId: 2, reason: 'first-seen' });
  });

  it.each([
    ['AFP', 'afp-wire', 'Agence France-Presse', true],
    ['MFW', 'meridian-financial-wire', undefined, true],
    ['Continental Wire', 'continental-wire', undefined, true],
    ['Reuters', 'rfi-afrique', 'RFI Afrique', false],
    ['AP', 'africa-post', undefined, false],
  ])('credit %j designates source %s (%s): %s', (credit, id, title, expected) => {
    expect(creditMatchesSource(credit, id, title)).toBe(expected);
  });
});

describe('original choice end to end with wrong feed dates', () => {
  let harness: Harness;
  afterEach(() => harness?.close());

  it('names the wire although copies claim earlier dates, and measures lags from credible times', async () => {
    harness = await newHarness();
    const ids = await feed(harness, [
      article('wire-a', 'atlantic-wire', WIRE_A, 0, { title: TITLE_A, publishedAt: at(-3), sourceRole: 'original' }),
      article('early-clock', 'copy-site', paddedCopy(), 40, { publishedAt: at(-50), sourceRole: 'copier' }),
      article('no-date', 'desk-site', EDITED_A, 70, { publishedAt: undefined }),
      article('future', 'third-site', WIRE_A, 80, { publishedAt: at(60 * 24 * 365), sourceRole: 'copier' }),
    ]);
    const [cluster] = await harness.store.clusters.list({ minSize: 2 });
    expect(cluster.originalItemId).toBe(ids.get('wire-a'));
    const lag = new Map(cluster.members.map((m) => [m.itemId, m.lagSeconds]));
    expect(lag.get(ids.get('early-clock')!)).toBe(0);
    expect(lag.get(ids.get('no-date')!)).toBe(73 * 60);
    expect(lag.get(ids.get('future')!)).toBe(83 * 60);
  });
});
