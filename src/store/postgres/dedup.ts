// The dedup table on Postgres: the same methods and results as src/store/sqlite/dedup.ts, each one statement,
// batched over id/word/hash arrays (`= ANY($1)`, `unnest`). Nothing is cached across calls (several workers
// write the same tables); the only state is the posting buffer of the batch in progress.
import type { DedupItemRecord, ItemMeta } from '../../dedup/port.js';
import type { AsyncDedupTable } from '../types.js';
import { toDedupItem, toEdge, toSketch, type DedupItemRow, type EdgeRow } from '../sqlite/dedup.js';
import type { PgContext } from './context.js';
import { createPostingIndex } from './dedup-postings.js';

const SAVE_ITEM = `INSERT INTO dedup_items (item_id, source_id, first_seen_at, seg, core_hash, tokens, word_sketch, boilerplate,
  credits, processed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (item_id) DO UPDATE SET
  source_id = excluded.source_id, first_seen_at = excluded.first_seen_at, seg = excluded.seg, core_hash = excluded.core_hash,
  tokens = excluded.tokens, word_sketch = excluded.word_sketch, boilerplate = excluded.boilerplate, credits = excluded.credits,
  processed_at = excluded.processed_at`;
const SAVE_EDGE = `INSERT INTO dedup_edges (a, b, kind, score, scores, passages, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, score = excluded.score, scores = excluded.scores, passages = excluded.passages`;
// SQLite answers its UNION in (a, b) order; the ORDER BY says so here.
const EDGES_OF = `SELECT * FROM dedup_edges WHERE a = ANY($1::bigint[]) UNION SELECT * FROM dedup_edges WHERE b = ANY($1::bigint[])
  ORDER BY a, b`;
const ADD_DF = `WITH docs AS (
    INSERT INTO dedup_meta (name, value) SELECT 'df_docs', $3::double precision WHERE $3::double precision > 0
    ON CONFLICT (name) DO UPDATE SET value = dedup_meta.value + excluded.value)
  INSERT INTO dedup_df (word, n) SELECT * FROM unnest($1::bigint[], $2::double precision[])
  ON CONFLICT (word) DO UPDATE SET n = dedup_df.n + excluded.n`;

type MetaRow = Pick<DedupItemRow, 'item_id' | 'source_id' | 'first_seen_at' | 'word_sketch'>;

/** Creates the dedup table module over a context. */
export function createDedupTable(ctx: PgContext): AsyncDedupTable {
  const postings = createPostingIndex(ctx);
  const items = async (ids: readonly number[]): Promise<DedupItemRow[]> =>
    ids.length === 0 ? [] : ctx.rows<DedupItemRow>('SELECT * FROM dedup_items WHERE item_id = ANY($1::bigint[])', [ids], 'dedup_items_get');

  return {
    async getParams() {
      const [row] = await ctx.rows<{ params: string }>('SELECT params FROM dedup_params WHERE id = 1');
      return row?.params;
    },
    async setParams(params, now) {
      await ctx.run(
        `INSERT INTO dedup_params (id, params, updated_at) VALUES (1, $1, $2)
          ON CONFLICT (id) DO UPDATE SET params = excluded.params, updated_at = excluded.updated_at`,
        [params, now],
      );
    },
    // Why discard: a batch that threw before endBatch left postings that were never written.
    beginBatch: async () => postings.discard(),
    lookup: (keys, from, to, cap) => postings.lookup(keys, from, to, cap),
    addPostings: async (seg, itemId, keys, pos) => postings.add(seg, itemId, keys, pos),
    endBatch: () => postings.flush(),
    pruneBefore: (seg) => postings.pruneBefore(seg),
    async saveItem(record: DedupItemRecord) {
      const sketch = record.wordSketch.length > 0 ? Buffer.from(record.wordSketch.buffer, record.wordSketch.byteOffset, record.wordSketch.byteLength) : null;
      await ctx.rows(SAVE_ITEM, [record.itemId, record.sourceId, record.firstSeenAt, record.seg, record.coreHash, record.tokens, sketch,
        JSON.stringify(record.boilerplate), JSON.stringify(record.credits), record.processedAt], 'dedup_save_item');
    },
    async getItems(ids) {
      return new Map((await items(ids)).map((row) => [row.item_id, toDedupItem(row)]));
    },
    async getMeta(ids) {
      const out = new Map<number, ItemMeta>();
      if (ids.length === 0) return out;
      const rows = await ctx.rows<MetaRow>(
        'SELECT item_id, source_id, first_seen_at, word_sketch FROM dedup_items WHERE item_id = ANY($1::bigint[])', [ids], 'dedup_meta_get');
      for (const row of rows) {
        out.set(row.item_id, { itemId: row.item_id, sourceId: row.source_id, firstSeenAt: row.first_seen_at, wordSketch: toSketch(row.word_sketch) });
      }
      return out;
    },
    async learnedBoilerplate(sourceId, hashes) {
      const out = new Map<number, string>();
      if (hashes.length === 0) return out;
      const rows = await ctx.rows<{ para_hash: number; source_id: string }>(
        `SELECT para_hash, source_id FROM dedup_boilerplate WHERE para_hash = ANY($1::bigint[]) AND source_id IN ($2, '*')`,
        [hashes, sourceId], 'dedup_learned');
      const own = new Set(rows.filter((r) => r.source_id === sourceId).map((r) => r.para_hash));
      const global = new Set(rows.filter((r) => r.source_id === '*').map((r) => r.para_hash));
      for (const hash of hashes) {
        if (own.has(hash)) out.set(hash, 'learned-source');
        else if (global.has(hash)) out.set(hash, 'learned-global');
      }
      return out;
    },
    async learnBoilerplate(sourceId, hash, count, now) {
      await ctx.run(
        `INSERT INTO dedup_boilerplate (para_hash, source_id, items, learned_at) VALUES ($1, $2, $3, $4)
          ON CONFLICT (para_hash, source_id) DO UPDATE SET items = GREATEST(dedup_boilerplate.items, excluded.items)`,
        [hash, sourceId, count, now],
      );
    },
    async docFrequencies(words) {
      if (words.length === 0) return new Map();
      const rows = await ctx.rows<{ word: number; n: number }>('SELECT word, n FROM dedup_df WHERE word = ANY($1::bigint[])', [words], 'dedup_df_get');
      return new Map(rows.map((row) => [row.word, row.n]));
    },
    async docCount() {
      const [row] = await ctx.rows<{ value: number }>("SELECT value FROM dedup_meta WHERE name = 'df_docs'");
      return row?.value ?? 0;
    },
    async addDocFrequencies(words, docs) {
      if (words.size === 0 && !(docs > 0)) return;
      await ctx.run(ADD_DF, [[...words.keys()], [...words.values()], docs]);
    },
    saveEdge: (edge) =>
      ctx.write(async (t) => {
        await t.rows(SAVE_EDGE, [edge.a, edge.b, edge.kind, edge.score, JSON.stringify(edge.scores), JSON.stringify(edge.passages), edge.createdAt], 'dedup_save_edge');
        t.markChanged();
      }),
    async deleteEdge(a, b) {
      await ctx.run('DELETE FROM dedup_edges WHERE a = $1 AND b = $2', [a, b]);
    },
    async edgesOf(itemIds) {
      if (itemIds.length === 0) return [];
      return (await ctx.rows<EdgeRow>(EDGES_OF, [itemIds], 'dedup_edges_of')).map(toEdge);
    },
    async allEdges() {
      return (await ctx.rows<EdgeRow>('SELECT * FROM dedup_edges ORDER BY created_at, a, b')).map(toEdge);
    },
    async boilerplateSpans(itemId) {
      const [row] = await ctx.rows<{ boilerplate: string }>('SELECT boilerplate FROM dedup_items WHERE item_id = $1', [itemId]);
      return row ? JSON.parse(row.boilerplate) : [];
    },
    clearDerived: () =>
      ctx.atomic(async (t) => {
        postings.discard();
        await t.run('DELETE FROM dedup_postings');
        await t.run('DELETE FROM dedup_segments');
        for (const table of ['dedup_df', 'dedup_meta', 'dedup_boilerplate', 'dedup_edges', 'dedup_items']) await t.run(`DELETE FROM ${table}`);
        t.markChanged();
      }),
    async itemIdsInOrder(after, limit) {
      const columns = 'SELECT id, first_seen_at AS "firstSeenAt" FROM items';
      return after
        ? ctx.rows(`${columns} WHERE first_seen_at > $1 OR (first_seen_at = $1 AND id > $2) ORDER BY first_seen_at, id LIMIT $3`, [after.firstSeenAt, after.id, limit])
        : ctx.rows(`${columns} ORDER BY first_seen_at, id LIMIT $1`, [limit]);
    },
    memoryBytes: async () => postings.memoryBytes(),
  };
}
