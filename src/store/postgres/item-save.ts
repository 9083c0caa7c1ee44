// `items.saveBatch` on Postgres: the decisions of src/store/sqlite/items.ts, made in memory from a few set-based
// reads, then written in a few statements, instead of SQLite's handful of statements per item. SQLite decides item
// by item against the rows as they are at that moment; the plan below replays that order exactly, tracking the
// rows this batch inserts or rewrites and the exact-duplicate links it moves, so the results are the same.
import type { ItemInput, SaveItemsResult } from '../sqlite/items.js';
import { toParams } from '../sqlite/item-rows.js';
import type { PgContext } from './context.js';

// Why: short texts ("Read more", a bare headline) coincide across unrelated items; only longer ones prove a copy.
const MIN_SAME_TEXT_CHARS = 80;

const PARAM_COLUMNS = ['identity', 'guid', 'link', 'title', 'author', 'publishedAt', 'updatedAt', 'summary', 'contentHtml', 'text', 'textHash', 'language', 'categories'] as const;
const SQL_TYPES = ['text', 'text', 'text', 'text', 'text', 'bigint', 'bigint', 'text', 'text', 'text', 'text', 'text', 'text'];

const INSERT = `INSERT INTO items (source_id, identity, guid, link, title, author, published_at, updated_at, first_seen_at,
  last_seen_at, summary, content_html, text, text_hash, language, categories)
  SELECT $1, t.identity, t.guid, t.link, t.title, t.author, t.published_at, t.updated_at, $2, $2, t.summary, t.content_html,
    t.text, t.text_hash, t.language, t.categories
  FROM unnest(${SQL_TYPES.map((type, i) => `$${i + 3}::${type}[]`).join(', ')}) WITH ORDINALITY
    AS t(identity, guid, link, title, author, published_at, updated_at, summary, content_html, text, text_hash, language, categories, n)
  ORDER BY t.n RETURNING id, identity`;

const REWRITE = `UPDATE items SET guid = $2, link = $3, title = $4, author = $5, published_at = COALESCE($6, published_at),
  updated_at = COALESCE($7, updated_at), last_seen_at = $8, summary = $9, content_html = $10, text = $11, text_hash = $12,
  language = $13, categories = $14 WHERE id = $1`;

// For each link / text hash: the first item of another source carrying it, the item that one repeats (if any), and
// both publication dates.
const ORIGINALS = `WITH o AS (
    (SELECT DISTINCT ON (link) 'link' AS by, link AS value, id FROM items
      WHERE link = ANY($2::text[]) AND source_id <> $1 ORDER BY link, id)
    UNION ALL
    (SELECT DISTINCT ON (text_hash) 'text', text_hash, id FROM items
      WHERE text_hash = ANY($3::text[]) AND source_id <> $1 ORDER BY text_hash, id))
  SELECT o.by, o.value, o.id, oi.published_at, d.original_id, r.published_at AS original_published_at
  FROM o JOIN items oi ON oi.id = o.id LEFT JOIN exact_duplicates d ON d.item_id = o.id LEFT JOIN items r ON r.id = d.original_id`;

interface OriginalRow {
  by: 'link' | 'text';
  value: string;
  id: number;
  published_at: number | null;
  original_id: number | null;
  original_published_at: number | null;
}

type DuplicateOp = { op: 'record'; itemId: number; originalId: number; reason: string } | { op: 'repoint'; to: number; from: number };

/** Stores one source's items (see sqlite/items.ts `saveBatch`); call inside `ctx.atomic`. */
export async function saveItems(t: PgContext, sourceId: string, items: ItemInput[], now: number): Promise<SaveItemsResult> {
  const result: SaveItemsResult = { newIds: [], updatedIds: [], seen: items.length, exactDuplicates: 0 };
  if (items.length === 0) return result;
  const own = await t.rows<{ identity: string; id: number; title: string; text_hash: string }>(
    'SELECT identity, id, title, text_hash FROM items WHERE source_id = $1 AND identity = ANY($2::text[])',
    [sourceId, items.map((i) => i.identity)],
  );
  // First occurrences of unknown identities are inserted (all at once, in batch order: the same ids SQLite gives).
  const known = new Map(own.map((row) => [row.identity, { ...row, fresh: false }]));
  const inserts: ItemInput[] = [];
  for (const item of items) {
    if (known.has(item.identity)) continue;
    inserts.push(item);
    known.set(item.identity, { identity: item.identity, id: -1, title: item.title, text_hash: item.textHash, fresh: true });
  }
  if (inserts.length > 0) {
    const params = inserts.map(toParams);
    const columns = PARAM_COLUMNS.map((column) => params.map((p) => p[column]));
    const ids = await t.rows<{ id: number; identity: string }>(INSERT, [sourceId, now, ...columns]);
    for (const row of ids) known.get(row.identity)!.id = row.id;
  }
  const originals = await findOriginals(t, sourceId, inserts);

  // Replay SQLite's item-by-item decisions.
  const touched: number[] = [];
  const rewrites: Array<{ id: number; item: ItemInput }> = [];
  const ops: DuplicateOp[] = [];
  const published = new Map<number, number | undefined>();
  const inserted = new Set<string>();
  for (const item of items) {
    const row = known.get(item.identity)!;
    if (row.fresh && !inserted.has(item.identity)) {
      inserted.add(item.identity);
      result.newIds.push(row.id);
      published.set(row.id, item.publishedAt);
      if (detectDuplicate(item, row.id, originals, published, ops)) result.exactDuplicates += 1;
      continue;
    }
    if (row.title === item.title && row.text_hash === item.textHash) {
      touched.push(row.id);
      continue;
    }
    rewrites.push({ id: row.id, item });
    if (published.has(row.id)) published.set(row.id, item.publishedAt ?? published.get(row.id));
    if (!row.fresh) result.updatedIds.push(row.id);
  }

  if (touched.length > 0) await t.run('UPDATE items SET last_seen_at = $1 WHERE id = ANY($2::bigint[])', [now, touched]);
  for (const { id, item } of rewrites) {
    const p = toParams(item);
    await t.run(REWRITE, [id, p.guid, p.link, p.title, p.author, p.publishedAt, p.updatedAt, now, p.summary, p.contentHtml, p.text, p.textHash, p.language, p.categories]);
  }
  await writeDuplicateOps(t, ops, now);
  return result;
}

/** What the batch's new items may repeat, with the exact-duplicate links among those items, kept current as the
 *  replay moves them. */
interface Originals {
  byLink: Map<string, number>;
  byText: Map<string, number>;
  /** item → the item it repeats, for every looked-up original (absent: it repeats nothing). */
  duplicateOf: Map<number, number>;
  published: Map<number, number | undefined>;
}

async function findOriginals(t: PgContext, sourceId: string, inserts: ItemInput[]): Promise<Originals> {
  const out: Originals = { byLink: new Map(), byText: new Map(), duplicateOf: new Map(), published: new Map() };
  const links = [...new Set(inserts.flatMap((i) => (i.link ? [i.link] : [])))];
  const texts = [...new Set(inserts.filter((i) => i.text.trim().length >= MIN_SAME_TEXT_CHARS).map((i) => i.textHash))];
  if (links.length === 0 && texts.length === 0) return out;
  for (const row of await t.rows<OriginalRow>(ORIGINALS, [sourceId, links, texts])) {
    (row.by === 'link' ? out.byLink : out.byText).set(row.value, row.id);
    out.published.set(row.id, row.published_at ?? undefined);
    if (row.original_id !== null) {
      out.duplicateOf.set(row.id, row.original_id);
      out.published.set(row.original_id, row.original_published_at ?? undefined);
    }
  }
  return out;
}

// One new item: is it an exact duplicate of another source's item? Same rules as sqlite/items.ts.
function detectDuplicate(item: ItemInput, id: number, o: Originals, own: Map<number, number | undefined>, ops: DuplicateOp[]): boolean {
  const byLink = item.link ? o.byLink.get(item.link) : undefined;
  const byText = byLink === undefined && item.text.trim().length >= MIN_SAME_TEXT_CHARS ? o.byText.get(item.textHash) : undefined;
  const original = byLink ?? byText;
  if (original === undefined) return false;
  const root = o.duplicateOf.get(original) ?? original;
  const rootPublished = own.has(root) ? own.get(root) : o.published.get(root);
  const reason = byLink !== undefined ? 'same-link' : 'same-text';
  if (item.publishedAt !== undefined && rootPublished !== undefined && item.publishedAt < rootPublished) {
    ops.push({ op: 'repoint', to: id, from: root }, { op: 'record', itemId: root, originalId: id, reason });
    for (const [key, value] of o.duplicateOf) if (value === root) o.duplicateOf.set(key, id);
    if (!o.duplicateOf.has(root)) o.duplicateOf.set(root, id);
  } else {
    ops.push({ op: 'record', itemId: id, originalId: root, reason });
  }
  return true;
}

// Consecutive records go in one INSERT (ON CONFLICT DO NOTHING keeps the first, as SQLite's INSERT OR IGNORE
// does one by one); a repoint is its own statement, in order.
async function writeDuplicateOps(t: PgContext, ops: DuplicateOp[], now: number): Promise<void> {
  let records: Array<Extract<DuplicateOp, { op: 'record' }>> = [];
  const flush = async (): Promise<void> => {
    if (records.length === 0) return;
    await t.run(
      `INSERT INTO exact_duplicates (item_id, original_id, reason, created_at)
        SELECT r.item_id, r.original_id, r.reason, $4 FROM unnest($1::bigint[], $2::bigint[], $3::text[]) WITH ORDINALITY AS r(item_id, original_id, reason, n)
        ORDER BY r.n ON CONFLICT (item_id) DO NOTHING`,
      [records.map((r) => r.itemId), records.map((r) => r.originalId), records.map((r) => r.reason), now],
    );
    records = [];
  };
  for (const op of ops) {
    if (op.op === 'record') {
      records.push(op);
      continue;
    }
    await flush();
    await t.run('UPDATE exact_duplicates SET original_id = $1 WHERE original_id = $2', [op.to, op.from]);
  }
  await flush();
}
