import { describe, expect, it } from 'vitest';
import { clusterEntryId, copyEntryId, credibleTime, describeCopy, describeLag, joinUrl, tagPrefix } from '../../src/publish/describe-copy.js';

describe('describeLag', () => {
  it.each([
    [0, 'within a minute'],
    [59, 'within a minute'],
    [60, '1 min later'],
    [25 * 60, '25 min later'],
    [3 * 3600, '3 h later'],
    [3 * 3600 + 29 * 60, '3 h later'],
    [47 * 3600, '47 h later'],
    [48 * 3600, '2 days later'],
    [36 * 3600 * 2 + 12 * 3600, '4 days later'],
    [-2 * 3600, '2 h earlier'],
    [-90 * 60, '2 h earlier'],
  ])('%i s -> %s', (seconds, words) => {
    expect(describeLag(seconds)).toBe(words);
  });
});

describe('describeCopy', () => {
  it.each([
    ['verbatim', 3 * 3600, true, 'verbatim copy, 3 h later'],
    ['boilerplate', 45 * 60, true, 'verbatim copy with added boilerplate, 45 min later'],
    ['edited', 26 * 3600, false, 'edited copy, 26 h later, uncredited'],
    ['rewrite', 3 * 86400, true, 'rewritten copy, 3 days later'],
    ['exact', 0, true, 'exact copy, within a minute'],
  ] as const)('%s', (kind, lag, credits, words) => {
    expect(describeCopy(kind, lag, credits)).toBe(words);
  });
});

describe('credibleTime', () => {
  it.each([
    ['declared date before first sight', { publishedAt: 1_000, firstSeenAt: 5_000 }, 1_000],
    ['declared date in our future is clamped', { publishedAt: 9_000, firstSeenAt: 5_000 }, 5_000],
    ['missing date falls back to first sight', { publishedAt: undefined, firstSeenAt: 5_000 }, 5_000],
    ['zero date (broken feed) falls back to first sight', { publishedAt: 0, firstSeenAt: 5_000 }, 5_000],
  ])('%s', (_name, item, expected) => {
    expect(credibleTime(item)).toBe(expected);
  });
});

describe('ids', () => {
  it.each([
    ['https://feeds.example.org/', 'tag:feeds.example.org,2024:feedfold'],
    ['https://feeds.example.org/kidal/', 'tag:feeds.example.org,2024:feedfold/kidal'],
    ['http://127.0.0.1:8080', 'tag:127.0.0.1,2024:feedfold:8080'],
  ])('tag prefix of %s', (base, prefix) => {
    expect(tagPrefix(base)).toBe(prefix);
  });

  it('builds entry ids from the cluster or event id, escaping what a tag URI cannot hold', () => {
    expect(clusterEntryId('https://feeds.example.org/kidal', 'c-afp 88/41')).toBe('tag:feeds.example.org,2024:feedfold/kidal/cluster/c-afp%2088%2F41');
    expect(copyEntryId('https://feeds.example.org/kidal', 'ev-2')).toBe('tag:feeds.example.org,2024:feedfold/kidal/copy/ev-2');
  });

  it('joins URLs with exactly one slash', () => {
    expect(joinUrl('https://a.example/kidal/', '/feed.xml')).toBe('https://a.example/kidal/feed.xml');
    expect(joinUrl('https://a.example', 'feed.xml')).toBe('https://a.example/feed.xml');
  });
});
