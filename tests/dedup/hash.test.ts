import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashedWordSet, hashPrefix, hashString, toSortedSet } from '../../src/dedup/hash.js';
import { STOPWORDS } from '../../src/dedup/stopwords.js';

describe('hash helpers used on the hot path', () => {
  it('HashedWordSet answers exactly like the string set, whatever the seed', () => {
    const set = new HashedWordSet(STOPWORDS);
    const words = [...STOPWORDS, 'army', 'kidal', "l'", "'s", '', 'thé', 'the ', 'THE'];
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.string(), (seed, extra) => {
      const table = set.forSeed(seed);
      for (const w of [...words, extra]) expect(table.has(w, hashString(w, seed))).toBe(STOPWORDS.has(w));
    }), { numRuns: 50 });
  });

  it('a word whose hash collides with a set word is not in the set', () => {
    const table = new HashedWordSet(new Set(['alpha'])).forSeed(3);
    expect(table.has('beta', hashString('alpha', 3))).toBe(false);
    expect(table.has('alpha', hashString('alpha', 3))).toBe(true);
  });

  it('hashPrefix equals hashing the sliced prefix', () => {
    fc.assert(fc.property(fc.string(), fc.nat(12), fc.integer(), (s, n, seed) => {
      expect(hashPrefix(s, n, seed)).toBe(hashString(s.slice(0, n), seed));
    }));
  });

  it('toSortedSet sorts and deduplicates plain and typed arrays', () => {
    expect([...toSortedSet([3, 1, 3, 0xffffffff, 2])]).toEqual([1, 2, 3, 0xffffffff]);
    expect([...toSortedSet(new Uint32Array([5, 5, 4]))]).toEqual([4, 5]);
  });
});
