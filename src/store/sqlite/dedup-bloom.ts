// A segment-mask filter over posting keys: one Bloom-like table whose cells hold a 32-bit mask of the day
// segments that may contain a key (bit = segment mod 32). A lookup reads three cells of one 64-byte block and
// learns, in one go, which segments can hold the key: no key means no SQLite seek, and a key costs one cache
// miss however many segments the window spans. Dropping a segment clears its bit everywhere. Never a false
// negative.
import { mix32, mixKey } from '../../dedup/hash.js';

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
    const h = mixKey(key);
    const base = h & this.mask & ~(BLOCK - 1);
    const inner = mix32(h);
    for (let i = 0; i < PROBES; i++) this.cells[base + ((inner >>> (4 * i)) & (BLOCK - 1))] |= bit;
    this.stored++;
  }

  /** Segment bits (seg mod 32) that may hold `key`; 0 means none does. */
  segmentsOf(key: number): number {
    const h = mixKey(key);
    const base = h & this.mask & ~(BLOCK - 1);
    const inner = mix32(h);
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

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
