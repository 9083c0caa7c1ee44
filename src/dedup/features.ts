// Signatures of a prepared item: word shingles (title and body kept apart), the core hash, one-permutation
// MinHash band keys, winnowed fingerprints with positions, the content-word sketch and its band keys, and the
// stopword skeleton (compared at verification: it survives synonym swapping).
import { hashPrefix, hashShingles, mix32, toSortedSet } from './hash.js';
import { bandHashes, sketchSet } from './minhash.js';
import type { DedupParams } from './params.js';
import { contentIndices, type PreparedDoc } from './prepare.js';
import { winnow } from './winnow.js';

const STEM_LENGTH = 6;
const STEM_SEED = 0x57e3;

// Long texts store one fingerprint per 4 windows' worth (about 36 for 600 words instead of 130): guaranteed
// detection of shared runs of 4 × window + shingle - 1 tokens (36 by default), fewer writes per item.
const LONG_TEXT_SHINGLES = 150;
const STORED_WINDOW_FACTOR = 4;

/** Word shingles of an item's content tokens; `pos[i]` is the token index where shingle i starts. */
export interface Shingles {
  hashes: Uint32Array;
  pos: Int32Array;
}

/** What is indexed for candidate lookups. */
export interface ItemFeatures {
  /** Hash of the body's content tokens (boilerplate left out): equal for verbatim copies. 0 when empty. */
  coreHash: number;
  bandKeys: number[];
  wordKeys: number[];
  /** MinHash of the content-word set (stored: estimates word overlap with later items cheaply). */
  wordSketch: Uint32Array;
  /** Winnowed with the configured window: looked up for a new item. */
  fingerprints: Array<{ hash: number; pos: number }>;
  /** Winnowed with a coarser window on long texts: what is stored. A shared run long enough to hold a whole
   *  coarse window is still found, since its coarse minimum is also a fine-window minimum of the new item. */
  storedFingerprints: Array<{ hash: number; pos: number }>;
  shingleCount: number;
}

/** Content-token shingles of a document, title and body apart (cached on the document). */
export function shinglesOf(doc: PreparedDoc, k: number, seed: number): Shingles {
  const cached = doc.cache.shingles as Shingles | undefined;
  if (cached) return cached;
  const idx = contentIndices(doc);
  const bodyFrom = lowerBound(idx, doc.titleCount);
  const parts = [[0, bodyFrom], [bodyFrom, idx.length]].map(([from, to]) => {
    const seq = new Uint32Array(to - from);
    for (let i = from; i < to; i++) seq[i - from] = doc.wordHash[idx[i]];
    return { from, hashes: hashShingles(seq, k, seed) };
  });
  const hashes = new Uint32Array(parts[0].hashes.length + parts[1].hashes.length);
  const pos = new Int32Array(hashes.length);
  let n = 0;
  for (const part of parts) {
    hashes.set(part.hashes, n);
    for (let i = 0; i < part.hashes.length; i++) pos[n + i] = idx[part.from + i];
    n += part.hashes.length;
  }
  const out = { hashes, pos };
  doc.cache.shingles = out;
  return out;
}

/** Computes every indexed feature of a prepared document. */
export function computeFeatures(doc: PreparedDoc, params: DedupParams): ItemFeatures {
  const sh = shinglesOf(doc, params.shingleSize, params.seed);
  const idx = contentIndices(doc);
  const bodyFrom = lowerBound(idx, doc.titleCount);
  let core = mix32(params.seed ^ 0xc0e);
  for (let i = bodyFrom; i < idx.length; i++) core = Math.imul(core ^ doc.wordHash[idx[i]], 0x01000193);
  const coreHash = idx.length > bodyFrom ? mix32(core) || 1 : 0;
  const enough = sh.hashes.length >= params.minShinglesForLsh;
  const bandKeys = enough ? bandHashes(sketchSet(sh.hashes, params.numHashes, params.seed), params.bands, params.rows, params.seed) : [];
  const fp = winnow(sh.hashes, params.winnowWindow);
  const fingerprints = fp.hashes.map((hash, i) => ({ hash, pos: sh.pos[fp.positions[i]] }));
  const coarse = sh.hashes.length >= LONG_TEXT_SHINGLES ? winnow(sh.hashes, params.winnowWindow * STORED_WINDOW_FACTOR) : fp;
  const storedFingerprints = coarse.hashes.map((hash, i) => ({ hash, pos: sh.pos[coarse.positions[i]] }));
  const words = wordSignature(doc, params);
  return {
    coreHash, bandKeys, wordKeys: words.keys, wordSketch: words.sketch, fingerprints, storedFingerprints,
    shingleCount: sh.hashes.length,
  };
}

/** Shingles of the stopword skeleton (function words only, in order): what synonym spinning leaves intact. */
export function skeletonShingles(doc: PreparedDoc, idx: Int32Array, params: DedupParams): Uint32Array {
  const seq: number[] = [];
  for (let i = 0; i < idx.length; i++) if (doc.stop[idx[i]] && idx[i] >= doc.titleCount) seq.push(doc.wordHash[idx[i]]);
  return hashShingles(seq, params.skeletonShingle, mix32(params.seed ^ 0x51e7));
}

/** Distinct unquoted content words of the body (no function words, numbers or one- and two-letter words), cut
 *  to their first six letters: a crude stemmer that makes "rising"/"rises" and "policy"/"policies" agree. */
export function contentWordSet(doc: PreparedDoc): Uint32Array {
  const out: number[] = [];
  for (let i = doc.titleCount; i < doc.words.length; i++) {
    const w = doc.words[i];
    if (!doc.content[i] || doc.quoted[i] || doc.stop[i] || w.length < 3 || isNumber(w)) continue;
    out.push(w.length > STEM_LENGTH ? hashPrefix(w, STEM_LENGTH, STEM_SEED) : doc.wordHash[i]);
  }
  return toSortedSet(out);
}

// Whether a word is all ASCII digits (/^\d+$/ without a regex per token).
function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

function wordSignature(doc: PreparedDoc, params: DedupParams): { keys: number[]; sketch: Uint32Array } {
  const words = contentWordSet(doc);
  if (words.length < params.minShinglesForLsh) return { keys: [], sketch: new Uint32Array(0) };
  const sketch = sketchSet(words, Math.max(params.wordSketch, params.wordBands * params.wordRows), mix32(params.seed ^ 0x3011));
  return { keys: bandHashes(sketch, params.wordBands, params.wordRows, mix32(params.seed ^ 0x3012)), sketch: sketch.values };
}

/** Estimated Jaccard of two stored word sketches (share of equal values; 0 when either is empty). */
export function sketchSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
