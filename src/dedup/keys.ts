// Posting keys: kind and sub-key (band number) in the high bits, a 32-bit hash below; always below 2^48, so
// SQLite and JavaScript numbers hold them exactly.

/** Kinds of postings. */
export const KEY_KIND = { core: 1, band: 2, fingerprint: 4, paragraph: 5, words: 6 } as const;

const HASH_SPAN = 4294967296;
const SUB_SPAN = 4096;

/** The posting key of a hash of some kind (sub: band number, 0..4095). */
export function postingKey(kind: number, sub: number, hash: number): number {
  return (kind * SUB_SPAN + sub) * HASH_SPAN + (hash >>> 0);
}

/** The kind of a posting key. */
export function keyKind(key: number): number {
  return Math.floor(key / HASH_SPAN / SUB_SPAN);
}

/** The 32-bit hash of a posting key. */
export function keyHash(key: number): number {
  return key % HASH_SPAN;
}

/** Day segment of a time (epoch ms). */
export function segmentOf(at: number): number {
  return Math.floor(at / 86_400_000);
}
