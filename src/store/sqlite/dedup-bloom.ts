// A segment-mask filter over posting keys: one Bloom-like table whose cells hold a 32-bit mask of the day
// segments that may contain a key (bit = segment mod 32). A lookup reads three cells of one 64-byte block and
// learns, in one go, which segments can hold the key: no key means no SQLite seek, and a key costs one cache
// miss however many segments the window spans. Dropping a segment clears its bit everywhere. Never a false
// negative.

const PROBES = 3;
const BLOCK = 16;

/** Bloom-style filter answering "which segments may contain this key?". */
export class SegmentFilter {
  readonly capacity: number;
  private cells: Uint32Array;
  private mask: number;
  private stored = 0;

  /** Sized for segments of up to `capacity` keys each: every segment's bit plane spans all cells, so the
   *  false-positive rate depends on the largest segment, not on how many there are (12 cells per key: ~1%). */
  constructor(capacity: number) {
    this.capacity = capacity;
    const size = nextPowerOfTwo(Math.max(1 << 16, capacity * 12));
    this.cells = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** Keys added since creation (re-adds included). */
  get keys(): number {
    return this.stored;
  }

  /** Records that segment `seg` holds `key`. */
  add(key: number, seg: number): void {
    const bit = 1 << (seg & 31);
    const h = hashKey(key);
    const base = h & this.mask & ~(BLOCK - 1);
    const inner = mix(h);
    for (let i = 0; i < PROBES; i++) this.cells[base + ((inner >>> (4 * i)) & (BLOCK - 1))] |= bit;
    this.stored++;
  }

  /** Segment bits (seg mod 32) that may hold `key`; 0 means none does. */
  segmentsOf(key: number): number {
    const h = hashKey(key);
    const base = h & this.mask & ~(BLOCK - 1);
    const inner = mix(h);
    let bits = 0xffffffff;
    for (let i = 0; i < PROBES; i++) bits &= this.cells[base + ((inner >>> (4 * i)) & (BLOCK - 1))];
    return bits >>> 0;
  }

  /** Forgets a segment (its bit is cleared in every cell; another live segment sharing the bit keeps it). */
  clearSegment(seg: number): void {
    const keep = ~(1 << (seg & 31));
    for (let i = 0; i < this.cells.length; i++) this.cells[i] &= keep;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.cells.byteLength;
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
