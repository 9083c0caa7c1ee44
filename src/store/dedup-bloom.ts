// A blocked Bloom filter over posting keys (integers below 2^53): all probes of a key fall in one 512-bit
// block, so a lookup costs one cache miss. It only answers "maybe" or "no": SQLite holds the postings.

const BLOCK_WORDS = 16;
const PROBES = 6;

/** Bloom filter sized for `capacity` keys at ~10 bits per key (false positives around 1%). */
export class BlockedBloom {
  readonly capacity: number;
  private readonly words: Uint32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    const blocks = nextPowerOfTwo(Math.max(64, Math.ceil((capacity * 10) / (BLOCK_WORDS * 32))));
    this.capacity = capacity;
    this.words = new Uint32Array(blocks * BLOCK_WORDS);
    this.mask = blocks - 1;
  }

  /** Adds a key. */
  add(key: number): void {
    const h = hashKey(key);
    const base = (h & this.mask) * BLOCK_WORDS;
    const h2 = mix(h ^ 0x9e3779b9);
    const step = (mix(h2) | 1) >>> 0;
    for (let i = 0; i < PROBES; i++) {
      const bit = (h2 + Math.imul(i, step)) & 511;
      this.words[base + (bit >>> 5)] |= 1 << (bit & 31);
    }
  }

  /** False when the key was certainly never added. */
  has(key: number): boolean {
    const h = hashKey(key);
    const base = (h & this.mask) * BLOCK_WORDS;
    const h2 = mix(h ^ 0x9e3779b9);
    const step = (mix(h2) | 1) >>> 0;
    for (let i = 0; i < PROBES; i++) {
      const bit = (h2 + Math.imul(i, step)) & 511;
      if ((this.words[base + (bit >>> 5)] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.words.byteLength;
  }
}

function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  return mix(lo ^ mix(hi + 0x7f4a7c15));
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
