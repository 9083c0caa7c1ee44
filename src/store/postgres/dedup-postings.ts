// Posting lists on Postgres (dedup_postings, primary key (seg, key, item_id)): a lookup is one statement that
// seeks every (segment, key) pair of the window, the segments taken from dedup_segments (btree scans with `= ANY`
// on both leading columns do one descent per pair), and returns at most cap + 1 postings per key, so a stock key
// costs no transfer. No in-process filter as on SQLite: it would go stale when other workers write, and a seek
// per pair in one round trip is cheap. Postings of the batch in progress are buffered, visible to lookups at
// once, and written by `flush` in one multi-row insert per 50,000 postings, in key order.
import type { PostingHit } from '../../dedup/port.js';
import type { PgContext } from './context.js';

const ROWS_PER_STATEMENT = 50_000;

// Why the window function: a key with more than `cap` postings is reported as saturated, so only whether there
// are more than cap matters, and cap + 1 rows per key tell it. Why the LATERAL join: written as `seg = ANY(...)
// AND key = ANY(...)`, the planner (which cannot see the segments at plan time) scanned whole segments through
// the index on seg and filtered the keys: 20 ms per lookup at 30,000 postings, growing with the store. A nested
// loop of one index seek per (segment, key) pair costs the same at any size (0.6 ms for 250 keys).
const LOOKUP = `SELECT key, item_id, pos FROM (
    SELECT p.key, p.item_id, p.pos, p.seg, row_number() OVER (PARTITION BY p.key ORDER BY p.seg, p.item_id) AS n
    FROM dedup_segments s CROSS JOIN unnest($1::bigint[]) AS k(key)
    CROSS JOIN LATERAL (SELECT d.key, d.item_id, d.pos, d.seg FROM dedup_postings d WHERE d.seg = s.seg AND d.key = k.key
      ORDER BY d.item_id LIMIT $4) p
    WHERE s.seg BETWEEN $2 AND $3
  ) q WHERE n <= $4 ORDER BY key, seg, item_id`;

const WRITE = `WITH written AS (
    INSERT INTO dedup_postings (seg, key, item_id, pos)
    SELECT p.seg, p.key, p.item_id, p.pos FROM unnest($1::integer[], $2::bigint[], $3::bigint[], $4::integer[]) WITH ORDINALITY
      AS p(seg, key, item_id, pos, n) ORDER BY p.n
    ON CONFLICT DO NOTHING)
  INSERT INTO dedup_segments (seg, version, keys) SELECT s.seg, 1, s.keys FROM unnest($5::integer[], $6::bigint[]) AS s(seg, keys)
  ON CONFLICT (seg) DO UPDATE SET version = dedup_segments.version + 1, keys = dedup_segments.keys + excluded.keys`;

/** The posting index of one store view (the buffer belongs to the transaction that view is bound to). */
export function createPostingIndex(ctx: PgContext) {
  // Buffered posting i: seg, key, item, pos, and the previous posting of the same key (-1: first).
  let seg: number[] = [];
  let key: number[] = [];
  let item: number[] = [];
  let pos: number[] = [];
  let prev: number[] = [];
  let last = new Map<number, number>();
  const discard = (): void => {
    seg = [];
    key = [];
    item = [];
    pos = [];
    prev = [];
    last = new Map();
  };
  const buffered = (k: number, from: number, to: number): PostingHit[] => {
    const out: PostingHit[] = [];
    for (let i = last.get(k) ?? -1; i !== -1; i = prev[i]) if (seg[i] >= from && seg[i] <= to) out.push({ key: k, itemId: item[i], pos: pos[i] });
    return out.reverse();
  };

  return {
    /** Drops an unwritten batch. */
    discard,

    /** Postings of `keys` in segments [from, to] (the unwritten batch included); keys with more than `cap`
     *  postings are saturated instead. As on SQLite, a key asked twice counts its buffered postings twice. */
    async lookup(keys: readonly number[], from: number, to: number, cap: number): Promise<{ hits: PostingHit[]; saturated: Set<number> }> {
      const asked = new Map<number, number>();
      for (const k of keys) asked.set(k, (asked.get(k) ?? 0) + 1);
      const stored = new Map<number, PostingHit[]>();
      if (asked.size > 0) {
        const limit = Number.isFinite(cap) ? Math.max(0, Math.floor(cap)) + 1 : Number.MAX_SAFE_INTEGER;
        const rows = await ctx.rows<{ key: number; item_id: number; pos: number }>(LOOKUP, [[...asked.keys()], from, to, limit], 'dedup_lookup');
        for (const row of rows) {
          const list = stored.get(row.key);
          const hit = { key: row.key, itemId: row.item_id, pos: row.pos };
          if (list) list.push(hit);
          else stored.set(row.key, [hit]);
        }
      }
      const hits: PostingHit[] = [];
      const saturated = new Set<number>();
      for (const [k, times] of asked) {
        const mine = last.has(k) ? buffered(k, from, to) : [];
        const found: PostingHit[] = [];
        for (let t = 0; t < times; t++) found.push(...mine);
        found.push(...(stored.get(k) ?? []));
        if (found.length > cap) saturated.add(k);
        else hits.push(...found);
      }
      return { hits, saturated };
    },

    /** Buffers postings of one item (written by `flush`; visible to lookups at once). */
    add(s: number, itemId: number, keys: readonly number[], positions: readonly number[]): void {
      for (let i = 0; i < keys.length; i++) {
        const n = seg.length;
        seg.push(s);
        key.push(keys[i]);
        item.push(itemId);
        pos.push(positions[i] ?? 0);
        prev.push(last.get(keys[i]) ?? -1);
        last.set(keys[i], n);
      }
    },

    /** Writes the batch in key order (a posting already stored is kept, as SQLite's INSERT OR IGNORE does) and
     *  bumps each written segment's version and key count. */
    async flush(): Promise<void> {
      const order = Array.from(seg.keys()).sort((a, b) => key[a] - key[b] || a - b);
      const rows = { seg, key, item, pos };
      discard();
      for (let start = 0; start < order.length; start += ROWS_PER_STATEMENT) {
        const chunk = order.slice(start, start + ROWS_PER_STATEMENT);
        const perSegment = new Map<number, number>();
        for (const i of chunk) perSegment.set(rows.seg[i], (perSegment.get(rows.seg[i]) ?? 0) + 1);
        await ctx.run(WRITE, [
          chunk.map((i) => rows.seg[i]),
          chunk.map((i) => rows.key[i]),
          chunk.map((i) => rows.item[i]),
          chunk.map((i) => rows.pos[i]),
          [...perSegment.keys()],
          [...perSegment.values()],
        ]);
      }
    },

    /** Drops every segment before `seg`; returns the postings removed. */
    pruneBefore: (before: number): Promise<number> =>
      ctx.run('WITH segments AS (DELETE FROM dedup_segments WHERE seg < $1) DELETE FROM dedup_postings WHERE seg < $1', [before]),

    /** Memory held by the buffer, in bytes (an estimate). */
    memoryBytes: (): number => seg.length * 5 * 8 + last.size * 48,
  };
}
