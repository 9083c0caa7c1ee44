import { describe, expect, it } from 'vitest';
import { hashShingles, toSortedSet, countShared } from '../../src/dedup/hash.js';
import { bandHashes, candidateProbability, estimateJaccard, sketchSet } from '../../src/dedup/minhash.js';
import { postingKey, keyKind, keyHash } from '../../src/dedup/keys.js';

const words = (n: number, offset = 0) => Uint32Array.from({ length: n }, (_, i) => (i + offset) * 2654435761 >>> 0);

describe('one-permutation MinHash and LSH bands', () => {
  it('gives identical sets identical sketches and every band equal', () => {
    const a = sketchSet(hashShingles(words(300), 5, 1), 120, 7);
    const b = sketchSet(hashShingles(words(300), 5, 1), 120, 7);
    expect(bandHashes(a, 40, 3, 7)).toEqual(bandHashes(b, 40, 3, 7));
    expect(bandHashes(a, 40, 3, 7)).toHaveLength(40);
  });

  it('estimates Jaccard similarity within a few points', () => {
    const sa = hashShingles(words(1000), 1, 1);
    const sb = hashShingles(words(1000, 500), 1, 1);
    const exact = countShared(toSortedSet(sa), toSortedSet(sb)) / (toSortedSet(sa).length + toSortedSet(sb).length - countShared(toSortedSet(sa), toSortedSet(sb)));
    const est = estimateJaccard(sketchSet(sa, 256, 3), sketchSet(sb, 256, 3));
    expect(Math.abs(est - exact)).toBeLessThan(0.08);
  });

  it('densifies: sparse sets still fill every bin', () => {
    const sketch = sketchSet(Uint32Array.from([11, 22, 33]), 64, 5);
    expect(sketch.empty).toBe(false);
    expect(sketch.values.every((v) => v !== 0xffffffff)).toBe(true);
    expect(sketchSet([], 8, 1).empty).toBe(true);
  });

  it.each([
    [0.29, 40, 3, 0.62, 0.64],
    [0.5, 40, 3, 0.99, 1],
    [0.05, 40, 3, 0, 0.01],
  ])('candidate probability at s=%f with %i×%i is in [%f, %f]', (s, b, r, lo, hi) => {
    const p = candidateProbability(s, b, r);
    expect(p).toBeGreaterThanOrEqual(lo);
    expect(p).toBeLessThanOrEqual(hi);
  });

  it('packs kind, band and hash into exact integer keys', () => {
    const key = postingKey(2, 39, 0xfedcba98);
    expect(Number.isSafeInteger(key)).toBe(true);
    expect(keyKind(key)).toBe(2);
    expect(keyHash(key)).toBe(0xfedcba98);
  });
});
