// The dedup table module: signature parameters, per-item detection records, posting lists (via the posting
// index), learned boilerplate, rare-word counts and verified edges. Only SQL lives here; src/dedup decides.
import type { BoilerplateSpan, DedupItemRecord, DedupTablePort, EdgeRecord, ItemMeta } from '../../dedup/port.js';
import type { CopyKind } from '../../model.js';
import type { TableContext } from './context.js';
import { createPostingIndex } from './dedup-postings.js';

/** A dedup_items row (both backends return this shape). */
export interface DedupItemRow {
  item_id: number;
  source_id: string;
  first_seen_at: number;
  seg: number;
  core_hash: number;
  tokens: number;
  word_sketch: Buffer | null;
  boilerplate: string;
  credits: string;
  processed_at: number;
}

/** A stored sketch (uint32 little-endian bytes) as a Uint32Array; empty when absent. */
export function toSketch(blob: Buffer | null): Uint32Array {
  if (!blob || blob.byteLength % 4 !== 0) return new Uint32Array(0);
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

/** A dedup_edges row. */
export interface EdgeRow {
  a: number;
  b: number;
  kind: CopyKind;
  score: number;
  scores: string;
  passages: string;
  created_at: number;
}

/** Creates the dedup table module of one connection. */
export function createDedupTable(ctx: TableContext) {
  const { db } = ctx;
  const postings = createPostingIndex(db);
  const getParams = db.prepare<[], string>('SELECT params FROM dedup_params WHERE id = 1').pluck();
  const setParams = db.prepare<[string, number]>(`INSERT INTO dedup_params (id, params, updated_at) VALUES (1, ?, ?)
    ON CONFLICT (id) DO UPDATE SET params = excluded.params, updated_at = excluded.updated_at`);
  const saveItem = db.prepare(`INSERT INTO dedup_items (item_id, source_id, first_seen_at, seg, core_hash, tokens,
    word_sketch, boilerplate, credits, processed_at) VALUES (@itemId, @sourceId, @firstSeenAt, @seg, @coreHash, @tokens,
    @wordSketch, @boilerplate, @credits, @processedAt) ON CONFLICT (item_id) DO UPDATE SET source_id = excluded.source_id,
    first_seen_at = excluded.first_seen_at, seg = excluded.seg, core_hash = excluded.core_hash, tokens = excluded.tokens,
    word_sketch = excluded.word_sketch, boilerplate = excluded.boilerplate, credits = excluded.credits,
    processed_at = excluded.processed_at`);
  const getItems = db.prepare<[string], DedupItemRow>('SELECT * FROM dedup_items WHERE item_id IN (SELECT value FROM json_each(?))');
  const getMeta = db.prepare<[string], { item_id: number; source_id: string; first_seen_at: number; word_sketch: Buffer | null }>(
    'SELECT item_id, source_id, first_seen_at, word_sketch FROM dedup_items WHERE item_id IN (SELECT value FROM json_each(?))',
  );
  const learnedCount = db.prepare<[], number>('SELECT count(*) FROM dedup_boilerplate').pluck();
  const learnedAll = db.prepare<[], { para_hash: number; source_id: string }>('SELECT para_hash, source_id FROM dedup_boilerplate');
  // Learned boilerplate is small (a few paragraphs per source): held in memory, reloaded when the table changed.
  let learnedCache: { rows: number; bySource: Map<string, Set<number>> } | undefined;
  const learnedMap = (): Map<string, Set<number>> => {
    const rows = learnedCount.get() ?? 0;
    if (learnedCache?.rows === rows) return learnedCache.bySource;
    const bySource = new Map<string, Set<number>>();
    for (const row of learnedAll.iterate()) {
      let set = bySource.get(row.source_id);
      if (!set) bySource.set(row.source_id, (set = new Set()));
      set.add(row.para_hash);
    }
    learnedCache = { rows, bySource };
    return bySource;
  };
  const getOneItem = db.prepare<[number], DedupItemRow>('SELECT * FROM dedup_items WHERE item_id = ?');
  const learn = db.prepare<[number, string, number, number]>(`INSERT INTO dedup_boilerplate (para_hash, source_id, items,
    learned_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET items = max(items, excluded.items)`);
  const dfGet = db.prepare<[string], [number, number]>('SELECT word, n FROM dedup_df WHERE word IN (SELECT value FROM json_each(?))').raw();
  const dfAdd = db.prepare<[number, number]>('INSERT INTO dedup_df (word, n) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET n = n + excluded.n');
  const metaGet = db.prepare<[string], number>('SELECT value FROM dedup_meta WHERE name = ?').pluck();
  const metaAdd = db.prepare<[string, number]>('INSERT INTO dedup_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value');
  const saveEdge = db.prepare(`INSERT INTO dedup_edges (a, b, kind, score, scores, passages, created_at)
    VALUES (@a, @b, @kind, @score, @scores, @passages, @createdAt) ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind,
    score = excluded.score, scores = excluded.scores, passages = excluded.passages`);
  const deleteEdge = db.prepare<[number, number]>('DELETE FROM dedup_edges WHERE a = ? AND b = ?');
  const edgesOf = db.prepare<[string, string], EdgeRow>(`SELECT * FROM dedup_edges WHERE a IN (SELECT value FROM json_each(?))
    UNION SELECT * FROM dedup_edges WHERE b IN (SELECT value FROM json_each(?))`);
  const inOrder = db.prepare<[number, number, number, number], { id: number; firstSeenAt: number }>(`SELECT id,
    first_seen_at AS firstSeenAt FROM items WHERE first_seen_at > ? OR (first_seen_at = ? AND id > ?)
    ORDER BY first_seen_at, id LIMIT ?`);
  const allEdges = db.prepare<[], EdgeRow>('SELECT * FROM dedup_edges ORDER BY created_at, a, b');

  const table: DedupTablePort = {
    getParams: () => getParams.get(),
    setParams: (params, now) => void setParams.run(params, now),
    // Why sync drops the buffer: a batch that threw before endBatch left postings that were never written.
    beginBatch: () => postings.sync(),
    lookup: (keys, from, to, cap) => postings.lookup(keys, from, to, cap),
    addPostings: (seg, itemId, keys, pos) => postings.add(seg, itemId, keys, pos),
    endBatch: () => postings.flush(),
    pruneBefore: (seg) => postings.pruneBefore(seg),
    saveItem(record) {
      saveItem.run({
        ...record, wordSketch: record.wordSketch.length > 0 ? Buffer.from(record.wordSketch.buffer, record.wordSketch.byteOffset, record.wordSketch.byteLength) : null,
        boilerplate: JSON.stringify(record.boilerplate), credits: JSON.stringify(record.credits),
      });
    },
    getItems(ids) {
      const rows = ids.length === 1 ? [getOneItem.get(ids[0])].filter((r) => r !== undefined) : getItems.all(JSON.stringify(ids));
      return new Map(rows.map((row) => [row.item_id, toDedupItem(row)]));
    },
    getMeta(ids) {
      const out = new Map<number, ItemMeta>();
      if (ids.length === 0) return out;
      for (const row of getMeta.all(JSON.stringify(ids))) {
        out.set(row.item_id, { itemId: row.item_id, sourceId: row.source_id, firstSeenAt: row.first_seen_at, wordSketch: toSketch(row.word_sketch) });
      }
      return out;
    },
    learnedBoilerplate(sourceId, hashes) {
      const out = new Map<number, string>();
      if (hashes.length === 0) return out;
      const map = learnedMap();
      const own = map.get(sourceId);
      const global = map.get('*');
      for (const hash of hashes) {
        if (own?.has(hash)) out.set(hash, 'learned-source');
        else if (global?.has(hash)) out.set(hash, 'learned-global');
      }
      return out;
    },
    learnBoilerplate(sourceId, hash, items, now) {
      learn.run(hash, sourceId, items, now);
      learnedCache = undefined;
    },
    docFrequencies(words) {
      const out = new Map<number, number>();
      for (let i = 0; i < words.length; i += 500) {
        for (const [word, n] of dfGet.all(JSON.stringify(words.slice(i, i + 500)))) out.set(word, n);
      }
      return out;
    },
    docCount: () => metaGet.get('df_docs') ?? 0,
    addDocFrequencies(words, docs) {
      for (const [word, n] of words) dfAdd.run(word, n);
      if (docs > 0) metaAdd.run('df_docs', docs);
    },
    saveEdge(edge) {
      saveEdge.run({ ...edge, scores: JSON.stringify(edge.scores), passages: JSON.stringify(edge.passages) });
      ctx.markChanged();
    },
    deleteEdge: (a, b) => void deleteEdge.run(a, b),
    edgesOf(itemIds) {
      if (itemIds.length === 0) return [];
      const ids = JSON.stringify(itemIds);
      return edgesOf.all(ids, ids).map(toEdge);
    },
    *allEdges() {
      for (const row of allEdges.iterate()) yield toEdge(row);
    },
    boilerplateSpans(itemId): BoilerplateSpan[] {
      const row = getOneItem.get(itemId);
      return row ? (JSON.parse(row.boilerplate) as BoilerplateSpan[]) : [];
    },
    clearDerived() {
      postings.clear();
      db.exec('DELETE FROM dedup_df; DELETE FROM dedup_meta; DELETE FROM dedup_boilerplate; DELETE FROM dedup_edges; DELETE FROM dedup_items;');
      learnedCache = undefined;
      ctx.markChanged();
    },
    itemIdsInOrder(after, limit) {
      return inOrder.all(after?.firstSeenAt ?? -Infinity, after?.firstSeenAt ?? -Infinity, after?.id ?? -Infinity, limit);
    },
    memoryBytes: () => postings.memoryBytes(),
  };
  return table;
}

/** A dedup_items row as a record (JSON columns parsed). */
export function toDedupItem(row: DedupItemRow): DedupItemRecord {
  return {
    itemId: row.item_id, sourceId: row.source_id, firstSeenAt: row.first_seen_at, seg: row.seg, coreHash: row.core_hash,
    tokens: row.tokens, wordSketch: toSketch(row.word_sketch), boilerplate: JSON.parse(row.boilerplate), credits: JSON.parse(row.credits), processedAt: row.processed_at,
  };
}

/** Maps a dedup_edges row to an edge record. */
export function toEdge(row: EdgeRow): EdgeRecord {
  return {
    a: row.a, b: row.b, kind: row.kind, score: row.score, scores: JSON.parse(row.scores), passages: JSON.parse(row.passages),
    createdAt: row.created_at,
  };
}

/** The dedup table module. */
export type DedupTable = ReturnType<typeof createDedupTable>;
