// The items table: one row per (source, identity), saved a source at a time, with exact cross-source duplicates.
import type { NormalizedItem, StoredItem } from '../../model.js';
import type { TableContext } from './context.js';
import { COLUMNS, buildFilter, toDuplicate, toItem, toParams, type ItemRow } from './item-rows.js';

/** A parsed item ready to store: `textHash` is sha256(normalizeText(text)), computed by the caller. */
export interface ItemInput extends NormalizedItem {
  textHash: string;
}

/** What one `saveBatch` did. */
export interface SaveItemsResult {
  newIds: number[];
  /** Items seen before whose title or text changed (the row was rewritten). */
  updatedIds: number[];
  /** Items in the batch (new, updated and unchanged). */
  seen: number;
  /** New items recorded as exact duplicates of another source's item. */
  exactDuplicates: number;
}

/** Filters for `list` and `count`; `since`/`until` apply to the item's date (published, else first seen). */
export interface ListItemsOptions {
  sourceId?: string;
  since?: number;
  until?: number;
  limit?: number;
  offset?: number;
}

/** An exact duplicate link: `itemId` repeats `originalId` from another source (the earlier published, else the
 *  first stored). */
export interface ExactDuplicate {
  itemId: number;
  originalId: number;
  reason: 'same-link' | 'same-text';
  createdAt: number;
}

// Why: short texts ("Read more", a bare headline) coincide across unrelated items; only longer ones prove a copy.
const MIN_SAME_TEXT_CHARS = 80;

/** Creates the items table module. */
export function createItemsTable(ctx: TableContext) {
  const { db } = ctx;
  const findOwn = db.prepare<[string, string], { identity: string; id: number; title: string; text_hash: string }>(
    'SELECT identity, id, title, text_hash FROM items WHERE source_id = ? AND identity IN (SELECT value FROM json_each(?))',
  );
  const touch = db.prepare<[number, number]>('UPDATE items SET last_seen_at = ? WHERE id = ?');
  const rewrite = db.prepare(`UPDATE items SET guid = @guid, link = @link, title = @title, author = @author,
    published_at = COALESCE(@publishedAt, published_at), updated_at = COALESCE(@updatedAt, updated_at),
    last_seen_at = @now, summary = @summary, content_html = @contentHtml, text = @text, text_hash = @textHash,
    language = @language, categories = @categories WHERE id = @id`);
  const insert = db.prepare(`INSERT INTO items (source_id, identity, guid, link, title, author, published_at,
    updated_at, first_seen_at, last_seen_at, summary, content_html, text, text_hash, language, categories)
    VALUES (@sourceId, @identity, @guid, @link, @title, @author, @publishedAt, @updatedAt, @now, @now, @summary,
    @contentHtml, @text, @textHash, @language, @categories)`);
  const findByLink = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM items WHERE link = ? AND source_id <> ? ORDER BY id LIMIT 1',
  );
  const findByText = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM items WHERE text_hash = ? AND source_id <> ? ORDER BY id LIMIT 1',
  );
  const recordDuplicate = db.prepare<[number, number, string, number]>(
    'INSERT OR IGNORE INTO exact_duplicates (item_id, original_id, reason, created_at) VALUES (?, ?, ?, ?)',
  );
  const publishedOf = db.prepare<[number], { published_at: number | null }>('SELECT published_at FROM items WHERE id = ?');
  const repoint = db.prepare<[number, number]>('UPDATE exact_duplicates SET original_id = ? WHERE original_id = ?');
  const getOne = db.prepare<[number], ItemRow>(`SELECT ${COLUMNS} FROM items WHERE id = ?`);
  const getSome = db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM items WHERE id IN (SELECT value FROM json_each(?))`);
  const duplicateOf = db.prepare<[number], { item_id: number; original_id: number; reason: string; created_at: number }>(
    'SELECT item_id, original_id, reason, created_at FROM exact_duplicates WHERE item_id = ?',
  );
  const duplicatesOf = db.prepare<[number], { item_id: number; original_id: number; reason: string; created_at: number }>(
    'SELECT item_id, original_id, reason, created_at FROM exact_duplicates WHERE original_id = ? ORDER BY item_id',
  );
  const countBySource = db.prepare<[], { source_id: string; n: number }>(
    'SELECT source_id, COUNT(*) AS n FROM items GROUP BY source_id',
  );

  const save = db.transaction((sourceId: string, items: ItemInput[], now: number): SaveItemsResult => {
    const result: SaveItemsResult = { newIds: [], updatedIds: [], seen: items.length, exactDuplicates: 0 };
    // One lookup for the whole batch: most items of a re-polled feed are already stored.
    const known = new Map(findOwn.all(sourceId, JSON.stringify(items.map((i) => i.identity))).map((row) => [row.identity, row]));
    for (const item of items) {
      const own = known.get(item.identity);
      if (own) {
        if (own.title === item.title && own.text_hash === item.textHash) {
          touch.run(now, own.id);
        } else {
          rewrite.run({ ...toParams(item), id: own.id, now });
          if (!result.newIds.includes(own.id)) result.updatedIds.push(own.id);
        }
        continue;
      }
      const id = Number(insert.run({ ...toParams(item), sourceId, now }).lastInsertRowid);
      result.newIds.push(id);
      // A feed that lists one item twice: the second occurrence is "seen again", not new.
      known.set(item.identity, { identity: item.identity, id, title: item.title, text_hash: item.textHash });
      const byLink = item.link ? findByLink.get(item.link, sourceId) : undefined;
      const byText = !byLink && item.text.trim().length >= MIN_SAME_TEXT_CHARS ? findByText.get(item.textHash, sourceId) : undefined;
      const original = byLink ?? byText;
      if (original) {
        // Every copy names the same original: the chain's root, or this item when it was published earlier
        // (sources are polled concurrently, so storing order alone would make the direction a race).
        const root = duplicateOf.get(original.id)?.original_id ?? original.id;
        const rootPublished = publishedOf.get(root)?.published_at ?? undefined;
        const reason = byLink ? 'same-link' : 'same-text';
        if (item.publishedAt !== undefined && rootPublished !== undefined && item.publishedAt < rootPublished) {
          repoint.run(id, root);
          recordDuplicate.run(root, id, reason, now);
        } else {
          recordDuplicate.run(id, root, reason, now);
        }
        result.exactDuplicates += 1;
      }
    }
    return result;
  });

  return {
    /** Stores one source's items in one transaction (see SaveItemsResult); signals a change when rows moved. */
    saveBatch(sourceId: string, items: ItemInput[], now: number): SaveItemsResult {
      const result = save(sourceId, items, now);
      if (result.newIds.length > 0 || result.updatedIds.length > 0) ctx.markChanged();
      return result;
    },
    /** One item by row id. */
    get(id: number): StoredItem | undefined {
      const row = getOne.get(id);
      return row ? toItem(row) : undefined;
    },
    /** Items by row id, in the order asked; unknown ids are skipped. */
    getMany(ids: number[]): StoredItem[] {
      if (ids.length === 0) return [];
      const byId = new Map(getSome.all(JSON.stringify(ids)).map((row) => [row.id, toItem(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    /** Items newest first by date (published, else first seen). */
    list(options: ListItemsOptions = {}): StoredItem[] {
      const { where, params } = buildFilter(options);
      const sql = `SELECT ${COLUMNS} FROM items ${where}
        ORDER BY COALESCE(published_at, first_seen_at) DESC, id DESC LIMIT ? OFFSET ?`;
      const rows = db.prepare(sql).all(...params, options.limit ?? -1, options.offset ?? 0) as ItemRow[];
      return rows.map(toItem);
    },
    /** Number of items matching the filters. */
    count(options: ListItemsOptions = {}): number {
      const { where, params } = buildFilter(options);
      return (db.prepare(`SELECT COUNT(*) AS n FROM items ${where}`).get(...params) as { n: number }).n;
    },
    /** Item count per source id. */
    countBySource(): Map<string, number> {
      return new Map(countBySource.all().map((row) => [row.source_id, row.n]));
    },
    /** The exact duplicate record of an item, if it repeats another source's item. */
    exactDuplicateOf(itemId: number): ExactDuplicate | undefined {
      const row = duplicateOf.get(itemId);
      return row ? toDuplicate(row) : undefined;
    },
    /** Items of other sources that exactly repeat this one. */
    exactDuplicatesOf(originalId: number): ExactDuplicate[] {
      return duplicatesOf.all(originalId).map(toDuplicate);
    },
  };
}

/** The items table module's type. */
export type ItemsTable = ReturnType<typeof createItemsTable>;
