// Posting lists for candidate lookups, partitioned by day segment (the day of an item's first_seen). Inserts
// land in one small segment, lookups seek only segments inside the time window, and pruning drops whole
// segments. Each segment has an in-memory Bloom filter so that keys no stored item has (almost all of them)
// cost no SQLite seek; filters are rebuilt from SQLite when another connection changed the segment.
import type Database from 'better-sqlite3';
import { BlockedBloom } from './dedup-bloom.js';

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

interface SegmentState {
  bloom: BlockedBloom;
  keys: number;
  version: number;
  dirty: boolean;
}

const MIN_CAPACITY = 65_536;

/** Creates the posting index over the dedup_postings / dedup_segments tables of one connection. */
export function createPostingIndex(db: Database.Database) {
  const segments = new Map<number, SegmentState>();
  const listSegments = db.prepare<[number, number], { seg: number; version: number; keys: number }>(
    'SELECT seg, version, keys FROM dedup_segments WHERE seg BETWEEN ? AND ?',
  );
  const segmentKeys = db.prepare<[number], number>('SELECT key FROM dedup_postings WHERE seg = ?').pluck();
  const find = db.prepare<[number, number, number], [number, number]>(
    'SELECT item_id, pos FROM dedup_postings WHERE seg = ? AND key = ? LIMIT ?',
  ).raw();
  const insert = db.prepare<[number, number, number, number]>(
    'INSERT OR IGNORE INTO dedup_postings (seg, key, item_id, pos) VALUES (?, ?, ?, ?)',
  );
  const bump = db.prepare<[number, number], { version: number }>(`INSERT INTO dedup_segments (seg, version, keys) VALUES (?, 1, ?)
    ON CONFLICT (seg) DO UPDATE SET version = version + 1, keys = excluded.keys RETURNING version`);

  const load = (seg: number, version: number, keys: number): SegmentState => {
    const bloom = new BlockedBloom(Math.max(MIN_CAPACITY, keys * 2));
    let count = 0;
    for (const key of segmentKeys.iterate(seg)) {
      bloom.add(key);
      count++;
    }
    const state = { bloom, keys: count, version, dirty: false };
    segments.set(seg, state);
    return state;
  };

  return {
    /** Refreshes the filters of segments [from, to] from SQLite where another writer changed them. */
    sync(from: number, to: number): void {
      const live = new Set<number>();
      for (const row of listSegments.all(from, to)) {
        live.add(row.seg);
        const state = segments.get(row.seg);
        if (!state || (state.version !== row.version && !state.dirty)) load(row.seg, row.version, row.keys);
      }
      for (const [seg, state] of segments) if (seg >= from && seg <= to && !live.has(seg) && !state.dirty) segments.delete(seg);
    },

    /** Postings of `keys` in segments [from, to]; a key with more than `cap` postings is saturated. */
    lookup(keys: readonly number[], from: number, to: number, cap: number): PostingLookup {
      const counts = new Map<number, PostingHit[]>();
      const saturated = new Set<number>();
      for (let seg = from; seg <= to; seg++) {
        const state = segments.get(seg);
        if (!state) continue;
        for (const key of keys) {
          if (saturated.has(key) || !state.bloom.has(key)) continue;
          const rows = find.all(seg, key, cap + 1);
          if (rows.length === 0) continue;
          let list = counts.get(key);
          if (!list) counts.set(key, (list = []));
          for (const [itemId, pos] of rows) list.push({ key, itemId, pos });
          if (list.length > cap) {
            saturated.add(key);
            counts.delete(key);
          }
        }
      }
      const hits: PostingHit[] = [];
      for (const list of counts.values()) hits.push(...list);
      return { hits, saturated };
    },

    /** Adds postings of one item to a segment (inside the caller's transaction). */
    add(seg: number, itemId: number, keys: readonly number[], pos: readonly number[]): void {
      let state = segments.get(seg);
      if (!state) {
        const previous = segments.get(seg - 1);
        state = { bloom: new BlockedBloom(Math.max(MIN_CAPACITY, (previous?.keys ?? 0) * 2)), keys: 0, version: 0, dirty: true };
        segments.set(seg, state);
      }
      for (let i = 0; i < keys.length; i++) {
        insert.run(seg, keys[i], itemId, pos[i] ?? 0);
        state.bloom.add(keys[i]);
      }
      state.keys += keys.length;
      state.dirty = true;
      // Why: an overfull filter answers "maybe" too often; rebuild it bigger from the rows just written.
      if (state.keys > state.bloom.capacity * 1.5) {
        const rebuilt = load(seg, state.version, state.keys * 2);
        rebuilt.dirty = true;
      }
    },

    /** Records this writer's changes (segment versions and key counts); call before the transaction commits. */
    flush(): void {
      for (const [seg, state] of segments) {
        if (!state.dirty) continue;
        state.version = bump.get(seg, state.keys)!.version;
        state.dirty = false;
      }
    },

    /** Drops every segment before `seg`; returns the postings removed. */
    pruneBefore(seg: number): number {
      const removed = db.prepare('DELETE FROM dedup_postings WHERE seg < ?').run(seg).changes;
      db.prepare('DELETE FROM dedup_segments WHERE seg < ?').run(seg);
      for (const key of [...segments.keys()]) if (key < seg) segments.delete(key);
      return removed;
    },

    /** Forgets every posting (rebuild). */
    clear(): void {
      db.exec('DELETE FROM dedup_postings; DELETE FROM dedup_segments;');
      segments.clear();
    },

    /** Memory held by the filters, in bytes. */
    memoryBytes(): number {
      let total = 0;
      for (const state of segments.values()) total += state.bloom.bytes;
      return total;
    },
  };
}

/** The posting index of one connection. */
export type PostingIndex = ReturnType<typeof createPostingIndex>;
