// One-permutation MinHash with optimal densification (Shrivastava 2017): one hash per shingle spread over
// `k` bins, empty bins filled from a pseudo-randomly chosen non-empty bin, so the sketch stays an LSH for
// Jaccard at a fraction of the cost of k independent permutations. Band keys follow (bands × rows = k).
import { hashPair, hashWindow, mix32 } from './hash.js';

/** A sketch of `k` values; all zeros (and `empty`) for an empty set. */
export interface Sketch {
  values: Uint32Array;
  empty: boolean;
}

/** One-permutation hashing of a set of 32-bit shingle hashes into `k` bins, densified. */
export function sketchSet(shingles: ArrayLike<number>, k: number, seed: number): Sketch {
  const values = new Uint32Array(k).fill(0xffffffff);
  const filled = new Uint8Array(k);
  const seedBin = mix32(seed ^ 0x2545f491);
  const seedValue = mix32(seed ^ 0x68e31da4);
  let any = false;
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i];
    const bin = mix32(s ^ seedBin) % k;
    const v = mix32(s ^ seedValue);
    if (!filled[bin] || v < values[bin]) values[bin] = v;
    filled[bin] = 1;
    any = true;
  }
  if (!any) return { values: new Uint32Array(k), empty: true };
  const original = Uint8Array.from(filled);
  for (let bin = 0; bin < k; bin++) {
    if (original[bin]) continue;
    for (let attempt = 1; ; attempt++) {
      const from = mix32(hashPair(bin, attempt) ^ seed) % k;
      if (original[from]) {
        values[bin] = values[from];
        break;
      }
    }
  }
  return { values, empty: false };
}

/** Estimated Jaccard similarity of two sketches (share of equal bins). */
export function estimateJaccard(a: Sketch, b: Sketch): number {
  if (a.empty || b.empty || a.values.length !== b.values.length) return 0;
  let same = 0;
  for (let i = 0; i < a.values.length; i++) if (a.values[i] === b.values[i]) same++;
  return same / a.values.length;
}

/** One 32-bit hash per band of `rows` consecutive sketch values (band index mixed in). */
export function bandHashes(sketch: Sketch, bands: number, rows: number, seed: number): number[] {
  const out: number[] = [];
  for (let b = 0; b < bands; b++) out.push(hashWindow(sketch.values, b * rows, rows, hashPair(seed, b)));
  return out;
}

/** Probability that a pair of Jaccard similarity `s` shares at least one band: 1 - (1 - s^rows)^bands. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}
