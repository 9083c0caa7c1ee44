import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashShingles } from '../../src/dedup/hash.js';
import { winnow, winnowBruteForce } from '../../src/dedup/winnow.js';

describe('winnow', () => {
  it('selects the same fingerprints as the brute-force minimum of every window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (hashes, w) => {
        expect(winnow(hashes, w)).toEqual(winnowBruteForce(hashes, w));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [[5, 3, 4, 1, 2], 2, [1, 3]],
    [[2, 2, 2], 2, [1, 2]],
    [[7], 4, [0]],
    [[], 4, []],
  ])('winnows %j with window %i at positions %j', (hashes, w, positions) => {
    expect(winnow(hashes, w).positions).toEqual(positions);
  });

  it('guarantees a shared fingerprint for any shared run of window + shingle - 1 tokens', () => {
    const k = 5;
    const w = 8;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: w + k - 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 1e9 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 1e9 }), { maxLength: 30 }),
        (shared, left, right) => {
          const a = hashShingles(Uint32Array.from([...left, ...shared]), k, 1);
          const b = hashShingles(Uint32Array.from([...shared, ...right]), k, 1);
          const fa = new Set(winnow(a, w).hashes);
          expect(winnow(b, w).hashes.some((h) => fa.has(h))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
