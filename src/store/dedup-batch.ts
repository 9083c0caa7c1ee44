// The write buffer of the posting index: postings of the batch being detected, visible to lookups at once and
// written at the end of the batch in key order (neighbouring keys share B-tree pages, so a sorted batch costs
// a fraction of the page writes of one random insert per posting).
import type Database from 'better-sqlite3';

const ROWS_PER_INSERT = 32;

/** Buffered postings: key → [seg, itemId, pos, ...]. */
export function createPostingBuffer(db: Database.Database) {
  const pending = new Map<number, number[]>();
  const insert = db.prepare<[number, number, number, number]>(
    'INSERT OR IGNORE INTO dedup_postings (seg, key, item_id, pos) VALUES (?, ?, ?, ?)',
  );
  const insertMany = db.prepare(
    `INSERT OR IGNORE INTO dedup_postings (seg, key, item_id, pos) VALUES ${Array(ROWS_PER_INSERT).fill('(?, ?, ?, ?)').join(', ')}`,
  );
  return {
    /** Buffers one posting. */
    add(seg: number, key: number, itemId: number, pos: number): void {
      const list = pending.get(key);
      if (list) list.push(seg, itemId, pos);
      else pending.set(key, [seg, itemId, pos]);
    },
    /** Buffered postings of a key in segments [from, to] (undefined when there are none). */
    find(key: number, from: number, to: number): Array<{ itemId: number; pos: number }> | undefined {
      const list = pending.get(key);
      if (!list) return undefined;
      const out: Array<{ itemId: number; pos: number }> = [];
      for (let i = 0; i < list.length; i += 3) if (list[i] >= from && list[i] <= to) out.push({ itemId: list[i + 1], pos: list[i + 2] });
      return out;
    },
    /** Writes the buffer sorted by key; returns the rows written per segment. */
    write(): Map<number, number> {
      const perSegment = new Map<number, number>();
      const keys = Float64Array.from(pending.keys()).sort();
      const args: number[] = [];
      for (let k = 0; k < keys.length; k++) {
        const list = pending.get(keys[k])!;
        for (let i = 0; i < list.length; i += 3) {
          args.push(list[i], keys[k], list[i + 1], list[i + 2]);
          perSegment.set(list[i], (perSegment.get(list[i]) ?? 0) + 1);
          if (args.length === 4 * ROWS_PER_INSERT) {
            insertMany.run(args);
            args.length = 0;
          }
        }
      }
      for (let i = 0; i < args.length; i += 4) insert.run(args[i], args[i + 1], args[i + 2], args[i + 3]);
      pending.clear();
      return perSegment;
    },
    /** Drops the buffer (its transaction rolled back). */
    discard(): void {
      pending.clear();
    },
    /** Whether nothing is buffered. */
    get empty(): boolean {
      return pending.size === 0;
    },
  };
}
