// The write buffer of the posting index: postings of the batch being detected, visible to lookups at once and
// written at the end of the batch in key order (neighbouring keys share B-tree pages, so a sorted batch costs
// a fraction of the page writes of one random insert per posting). Postings live in flat typed arrays chained
// per key behind an open-addressing table (no per-posting objects: a batch holds ~100 postings per item).
import { mixKey } from '../../dedup/hash.js';
import type Database from 'better-sqlite3';

const ROWS_PER_INSERT = 32;
const INITIAL_POSTINGS = 1 << 14;

/** Buffered postings, chained per key in insertion order. */
export function createPostingBuffer(db: Database.Database) {
  const insert = db.prepare<[number, number, number, number]>(
    'INSERT OR IGNORE INTO dedup_postings (seg, key, item_id, pos) VALUES (?, ?, ?, ?)',
  );
  const insertMany = db.prepare(
    `INSERT OR IGNORE INTO dedup_postings (seg, key, item_id, pos) VALUES ${Array(ROWS_PER_INSERT).fill('(?, ?, ?, ?)').join(', ')}`,
  );
  // Posting i: key, seg, item id, pos, and the next posting of the same key (-1: last).
  let keyOf = new Float64Array(INITIAL_POSTINGS);
  let segOf = new Float64Array(INITIAL_POSTINGS);
  let itemOf = new Float64Array(INITIAL_POSTINGS);
  let posOf = new Float64Array(INITIAL_POSTINGS);
  let next = new Int32Array(INITIAL_POSTINGS);
  let count = 0;
  // Open addressing over distinct keys: the key of each slot (0: empty; posting keys are never 0), and the head
  // and tail posting of that key. Why the key is kept in the slot: probing then reads one array, not a slot and
  // then the posting it points to (two cache misses per probe once a batch outgrows the CPU cache).
  let slotKeys = new Float64Array(2 * INITIAL_POSTINGS);
  let heads = new Int32Array(2 * INITIAL_POSTINGS).fill(-1);
  let tails = new Int32Array(2 * INITIAL_POSTINGS);
  let distinct = 0;

  const slotOf = (key: number): number => {
    const mask = slotKeys.length - 1;
    let s = mixKey(key) & mask;
    for (let k = slotKeys[s]; k !== 0 && k !== key; k = slotKeys[s]) s = (s + 1) & mask;
    return s;
  };
  const growPostings = (): void => {
    const grow = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(a.length * 2);
      b.set(a);
      return b;
    };
    keyOf = grow(keyOf);
    segOf = grow(segOf);
    itemOf = grow(itemOf);
    posOf = grow(posOf);
    next = grow(next);
  };
  const growTable = (): void => {
    const oldKeys = slotKeys;
    const oldHeads = heads;
    const oldTails = tails;
    slotKeys = new Float64Array(oldKeys.length * 2);
    heads = new Int32Array(oldKeys.length * 2).fill(-1);
    tails = new Int32Array(oldKeys.length * 2);
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] === 0) continue;
      const t = slotOf(oldKeys[s]);
      slotKeys[t] = oldKeys[s];
      heads[t] = oldHeads[s];
      tails[t] = oldTails[s];
    }
  };
  const reset = (): void => {
    if (distinct > 0) {
      slotKeys.fill(0);
      heads.fill(-1);
    }
    count = 0;
    distinct = 0;
  };

  return {
    /** Buffers one posting. */
    add(seg: number, key: number, itemId: number, pos: number): void {
      if (count === keyOf.length) growPostings();
      const i = count++;
      keyOf[i] = key;
      segOf[i] = seg;
      itemOf[i] = itemId;
      posOf[i] = pos;
      next[i] = -1;
      const s = slotOf(key);
      if (slotKeys[s] === 0) {
        slotKeys[s] = key;
        heads[s] = i;
        tails[s] = i;
        if (++distinct * 2 > slotKeys.length) growTable();
      } else {
        next[tails[s]] = i;
        tails[s] = i;
      }
    },
    /** Buffered postings of a key in segments [from, to] (undefined when there are none). */
    find(key: number, from: number, to: number): Array<{ itemId: number; pos: number }> | undefined {
      const s = slotOf(key);
      if (slotKeys[s] === 0) return undefined;
      const out: Array<{ itemId: number; pos: number }> = [];
      for (let i = heads[s]; i !== -1; i = next[i]) if (segOf[i] >= from && segOf[i] <= to) out.push({ itemId: itemOf[i], pos: posOf[i] });
      return out;
    },
    /** Writes the buffer sorted by key; returns the rows written per segment. */
    write(): Map<number, number> {
      const perSegment = new Map<number, number>();
      const keys = new Float64Array(distinct);
      let k = 0;
      for (let s = 0; s < slotKeys.length; s++) if (slotKeys[s] !== 0) keys[k++] = slotKeys[s];
      keys.sort();
      const args: number[] = [];
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        for (let i = heads[slotOf(key)]; i !== -1; i = next[i]) {
          args.push(segOf[i], key, itemOf[i], posOf[i]);
          perSegment.set(segOf[i], (perSegment.get(segOf[i]) ?? 0) + 1);
          if (args.length === 4 * ROWS_PER_INSERT) {
            insertMany.run(args);
            args.length = 0;
          }
        }
      }
      for (let i = 0; i < args.length; i += 4) insert.run(args[i], args[i + 1], args[i + 2], args[i + 3]);
      reset();
      return perSegment;
    },
    /** Drops the buffer (its transaction rolled back). */
    discard(): void {
      reset();
    },
    /** Whether nothing is buffered. */
    get empty(): boolean {
      return count === 0;
    },
  };
}
