// The items table on Postgres: the same methods and results as src/store/sqlite/items.ts (saveBatch lives in
// item-save.ts), each read one statement.
import type { StoredItem } from '../../model.js';
import type { Async } from '../types.js';
import type { ItemsTable } from '../sqlite/items.js';
import { COLUMNS, buildFilter, toDuplicate, toItem, type ItemRow } from '../sqlite/item-rows.js';
import type { PgContext } from './context.js';
import { saveItems } from './item-save.js';
import { numbered } from './where.js';

type DuplicateRow = { item_id: number; original_id: number; reason: string; created_at: number };

/** Creates the items table module over a context. */
export function createItemsTable(ctx: PgContext): Async<ItemsTable> {
  return {
    saveBatch: (sourceId, items, now) =>
      ctx.atomic(async (t) => {
        const result = await saveItems(t, sourceId, items, now);
        if (result.newIds.length > 0 || result.updatedIds.length > 0) t.markChanged();
        return result;
      }),
    async get(id) {
      const [row] = await ctx.rows<ItemRow>(`SELECT ${COLUMNS} FROM items WHERE id = $1`, [id]);
      return row ? toItem(row) : undefined;
    },
    async getMany(ids) {
      if (ids.length === 0) return [];
      const rows = await ctx.rows<ItemRow>(`SELECT ${COLUMNS} FROM items WHERE id = ANY($1::bigint[])`, [ids], 'items_get_many');
      const byId = new Map<number, StoredItem>(rows.map((row) => [row.id, toItem(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async list(options = {}) {
      const { where, params } = buildFilter(options);
      const n = params.length;
      const sql = `SELECT ${COLUMNS} FROM items ${numbered(where)}
        ORDER BY COALESCE(published_at, first_seen_at) DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`;
      return (await ctx.rows<ItemRow>(sql, [...params, options.limit ?? null, options.offset ?? 0])).map(toItem);
    },
    async count(options = {}) {
      const { where, params } = buildFilter(options);
      const [row] = await ctx.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM items ${numbered(where)}`, params);
      return row.n;
    },
    async countBySource() {
      const rows = await ctx.rows<{ source_id: string; n: number }>('SELECT source_id, COUNT(*) AS n FROM items GROUP BY source_id ORDER BY source_id');
      return new Map(rows.map((row) => [row.source_id, row.n]));
    },
    async exactDuplicateOf(itemId) {
      const [row] = await ctx.rows<DuplicateRow>('SELECT item_id, original_id, reason, created_at FROM exact_duplicates WHERE item_id = $1', [itemId]);
      return row ? toDuplicate(row) : undefined;
    },
    async exactDuplicatesOf(originalId) {
      const rows = await ctx.rows<DuplicateRow>(
        'SELECT item_id, original_id, reason, created_at FROM exact_duplicates WHERE original_id = $1 ORDER BY item_id',
        [originalId],
      );
      return rows.map(toDuplicate);
    },
  };
}
