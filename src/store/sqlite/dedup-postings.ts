// Posting lists for candidate lookups, partitioned by day segment (the day of an item's first_seen). Lookups
// seek only segments inside the time window, and pruning drops whole segments. One in-memory segment filter
// says which segments may hold a key, so keys no stored item has (almost all of them) cost no SQLite seek, and
// the ones that do cost one query per segment. The filter is rebuilt from SQLite when another connection
// changed a segment (versions in dedup_segments).
import type Database from 'better-sqlite3';
import { createPostingBuffer } from './dedup-batch.js';
import { SegmentFilter } from './dedup-bloom.js';

/** One stored posting that matched a looked-up key. */
export interface PostingHit {
  key: number;
  itemId: number;
  pos: number;
}

/** Hits for a set of keys; keys with more than `cap` postings in the window are reported as saturated instead. */
export interface PostingLookup {
  hits: PostingHit[];
  saturated: Set<number>;
}

const MIN_CAPACITY = 1 << 16;

/** Creates the posting index over the dedup_postings / dedup_segments tables of one connection. */
export function createPostingIndex(db: Database.Database) {
  const buffer = createPostingBuffer(db);
  // Live segments as this connection knows them: seg → { version, keys (including buffered ones) }.
  const known = new Map<number, { version: number; keys: number }>();
  let filter = new SegmentFilter(MIN_CAPACITY);
  const dirty = new Map<number, number>();
  const listSegments = db.prepare<[], { seg: number; version: number; keys: number }>('SELECT seg, version, keys FROM dedup_segments');
  const segmentKeys = db.prepare<[number], number>('SELECT key FROM dedup_postings WHERE seg = ?').pluck();
  // One statement for every (segment, key) pair the filter lets through: each pair is one B-tree seek in SQLite.
  const findPairs = db.prepare<[string], [number, number, number]>(`SELECT key, item_id, pos FROM dedup_postings
    WHERE (seg, key) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`).raw();
  const bump = db.prepare<[number, number], { version: number }>(`INSERT INTO dedup_segments (seg, version, keys) VALUES (?, 1, ?)
    ON CONFLICT (seg) DO UPDATE SET version = version + 1, keys = keys + excluded.keys RETURNING version`);

  const loadSegment = (seg: number): void => {
    for (const key of segmentKeys.iterate(seg)) filter.add(key, seg);
  };
  const rebuild = (capacity: number): void => {
    filter = new SegmentFilter(capacity);
    for (const seg of known.keys()) loadSegment(seg);
  };
  const forget = (seg: number): void => {
    known.delete(seg);
    filter.clearSegment(seg);
    // Why: segments 32 days apart share a bit; clearing one must not hide the other's keys.
    for (const other of known.keys()) if ((other & 31) === (seg & 31)) loadSegment(other);
  };

  return {
    /** Brings the filter in line with what other connections wrote or pruned; drops an unwritten batch. */
    sync(): void {
      buffer.discard();
      dirty.clear();
      const rows = listSegments.all();
      const live = new Set(rows.map((r) => r.seg));
      for (const seg of [...known.keys()]) if (!live.has(seg)) forget(seg);
      let largest = 0;
      for (const row of rows) {
        largest = Math.max(largest, row.keys);
        const mine = known.get(row.seg);
        if (!mine || mine.version !== row.version) {
          known.set(row.seg, { version: row.version, keys: row.keys });
          loadSegment(row.seg);
        }
      }
      // Why 2×: room for today's segment to grow before the filter has to be rebuilt again.
      if (largest > filter.capacity) rebuild(Math.max(MIN_CAPACITY, largest * 2));
    },

    /** Postings of `keys` in segments [from, to] (the unwritten batch included); a key with more than `cap`
     *  postings is saturated. */
    lookup(keys: readonly number[], from: number, to: number, cap: number): PostingLookup {
      const found = new Map<number, PostingHit[]>();
      const saturated = new Set<number>();
      const segs = [...known.keys()].filter((s) => s >= from && s <= to);
      const pairs: Array<[number, number]> = [];
      for (const key of keys) {
        // Buffered keys are in the filter too: a key it has never seen is in no segment and not in the buffer.
        const bits = filter.segmentsOf(key);
        if (bits === 0) continue;
        for (const hit of buffer.find(key, from, to) ?? []) push(found, key, { key, itemId: hit.itemId, pos: hit.pos });
        for (const seg of segs) if (bits & (1 << (seg & 31))) pairs.push([seg, key]);
      }
      if (pairs.length > 0) for (const [key, itemId, pos] of findPairs.all(JSON.stringify(pairs))) push(found, key, { key, itemId, pos });
      const hits: PostingHit[] = [];
      for (const [key, list] of found) {
        if (list.length > cap) saturated.add(key);
        else hits.push(...list);
      }
      return { hits, saturated };
    },

    /** Buffers postings of one item (written, sorted, by `flush`; visible to lookups at once). */
    add(seg: number, itemId: number, keys: readonly number[], pos: readonly number[]): void {
      for (let i = 0; i < keys.length; i++) {
        buffer.add(seg, keys[i], itemId, pos[i] ?? 0);
        filter.add(keys[i], seg);
      }
    },

    /** Writes the batch and records this writer's changes (segment versions and key counts); call before the
     *  transaction commits. */
    flush(): void {
      for (const [seg, rows] of buffer.write()) dirty.set(seg, (dirty.get(seg) ?? 0) + rows);
      let largest = 0;
      for (const [seg, rows] of dirty) {
        const { version } = bump.get(seg, rows)!;
        const keys = (known.get(seg)?.keys ?? 0) + rows;
        known.set(seg, { version, keys });
        largest = Math.max(largest, keys);
      }
      dirty.clear();
      if (largest > filter.capacity) rebuild(largest * 2);
    },

    /** Drops every segment before `seg`; returns the postings removed. */
    pruneBefore(seg: number): number {
      const old = [...known.keys()].filter((s) => s < seg);
      if (old.length === 0) return 0;
      const removed = db.prepare('DELETE FROM dedup_postings WHERE seg < ?').run(seg).changes;
      db.prepare('DELETE FROM dedup_segments WHERE seg < ?').run(seg);
      for (const s of old) forget(s);
      return removed;
    },

    /** Forgets every posting (rebuild). */
    clear(): void {
      db.exec('DELETE FROM dedup_postings; DELETE FROM dedup_segments;');
      known.clear();
      buffer.discard();
      dirty.clear();
      filter = new SegmentFilter(MIN_CAPACITY);
    },

    /** Memory held by the filter, in bytes. */
    memoryBytes: (): number => filter.bytes,
  };
}

function push(found: Map<number, PostingHit[]>, key: number, hit: PostingHit): void {
  const list = found.get(key);
  if (list) list.push(hit);
  else found.set(key, [hit]);
}

/** The posting index of one connection. */
export type PostingIndex = ReturnType<typeof createPostingIndex>;
