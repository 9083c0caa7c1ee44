// 32-bit hashing used by every signature: FNV-1a for strings, murmur3's fmix32 finalizer, seeded combiners.
// All results are unsigned 32-bit integers (0..2^32-1) so they fit SQLite integers and typed arrays exactly.

/** murmur3 finalizer: spreads the bits of a 32-bit value; returns an unsigned 32-bit integer. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Spreads an integer key below 2^53 (a posting key) over 32 bits; returns an unsigned 32-bit integer. */
export function mixKey(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  return mix32(lo ^ mix32(hi + 0x7f4a7c15));
}

/** FNV-1a over the UTF-16 code units of `s`, seeded, finalized with mix32. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** hashString of the first `n` code units of `s` (all of it when shorter), without slicing it. */
export function hashPrefix(s: string, n: number, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  const end = Math.min(n, s.length);
  for (let i = 0; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** A fixed set of words tested through their hashString(word, seed), which preparation has already computed:
 *  a probe of a small typed-array table plus one string comparison, instead of hashing every token's string
 *  again for a Set<string> lookup. Exact: a hash match still compares the strings. */
export class HashedWordSet {
  private readonly bySeed = new Map<number, SeededWordTable>();

  constructor(private readonly words: ReadonlySet<string>) {}

  /** The table for one seed (built once per seed). */
  forSeed(seed: number): SeededWordTable {
    let table = this.bySeed.get(seed);
    if (!table) this.bySeed.set(seed, (table = new SeededWordTable([...this.words], seed)));
    return table;
  }
}

/** Open addressing over the words' hashes (words sharing a hash simply take several slots). */
export class SeededWordTable {
  private readonly hashes: Uint32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly list: string[], seed: number) {
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.hashes = new Uint32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    list.forEach((w, k) => {
      const h = hashString(w, seed);
      let s = h & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.hashes[s] = h;
      this.slots[s] = k;
    });
  }

  /** Whether `word`, whose hashString under this table's seed is `hash`, is in the set. */
  has(word: string, hash: number): boolean {
    for (let s = hash & this.mask; this.slots[s] !== -1; s = (s + 1) & this.mask) {
      if (this.hashes[s] === hash && this.list[this.slots[s]] === word) return true;
    }
    return false;
  }
}

/** Hashes two 32-bit values into one (order matters). */
export function hashPair(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x27d4eb2f) + Math.imul(b ^ 0x165667b1, 0x85ebca77)) | 0);
}

/** Hashes a window of `k` values of `values` starting at `from` with a seed (word shingles, band keys). */
export function hashWindow(values: ArrayLike<number>, from: number, k: number, seed: number): number {
  let h = mix32(seed ^ 0x5bd1e995);
  for (let i = 0; i < k; i++) h = mix32((Math.imul(h, 31) + values[from + i] + i) | 0);
  return h;
}

/** Shingle hashes: one per window of `k` consecutive values (none when there are fewer than k). A rolling
 *  polynomial over the values (odd multiplier, mod 2^32), finalized with mix32: O(1) per shingle. */
export function hashShingles(values: ArrayLike<number>, k: number, seed: number): Uint32Array {
  const n = values.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  let top = 1;
  for (let j = 1; j < k; j++) top = Math.imul(top, ROLL);
  let sum = 0;
  for (let j = 0; j < k; j++) sum = (Math.imul(sum, ROLL) + values[j]) | 0;
  const salt = mix32(seed ^ 0x5bd1e995);
  for (let i = 0; ; i++) {
    out[i] = mix32(sum ^ salt);
    if (i + 1 >= n) break;
    sum = (Math.imul((sum - Math.imul(values[i], top)) | 0, ROLL) + values[i + k]) | 0;
  }
  return out;
}

const ROLL = 0x01000193;

/** Sorted distinct values of a hash array (a set representation cheap to intersect). */
export function toSortedSet(values: ArrayLike<number>): Uint32Array {
  // Why the constructor: Uint32Array.from walks a plain array through the iterator protocol (slow in V8).
  const copy = new Uint32Array(values).sort();
  let n = 0;
  for (let i = 0; i < copy.length; i++) if (i === 0 || copy[i] !== copy[n - 1]) copy[n++] = copy[i];
  return copy.subarray(0, n);
}

/** Size of the intersection of two sorted distinct arrays. */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** A short stable hex id (13 chars, 52 bits) for a string, for ids that must survive rebuilds. */
export function stableId(s: string): string {
  const a = hashString(s, 0x1234567);
  const b = hashString(s, 0x7654321) & 0xfffff;
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(5, '0');
}
