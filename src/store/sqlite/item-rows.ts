// Row mapping for the items table: SQL rows to StoredItem and back, and the list filters.
import type { StoredItem } from '../../model.js';
import type { ExactDuplicate, ItemInput, ListItemsOptions } from './items.js';
import { buildWhere } from './where-clause.js';

/** The columns every item read selects. */
export const COLUMNS = `id, identity, source_id, guid, link, title, author, published_at, updated_at, first_seen_at,
  last_seen_at, text_hash, summary, content_html, text, language, categories`;

/** An items row as SQLite returns it. */
export interface ItemRow {
  id: number;
  identity: string;
  source_id: string;
  guid: string | null;
  link: string | null;
  title: string;
  author: string | null;
  published_at: number | null;
  updated_at: number | null;
  first_seen_at: number;
  last_seen_at: number;
  text_hash: string;
  summary: string | null;
  content_html: string | null;
  text: string;
  language: string | null;
  categories: string;
}

/** Named parameters for inserting or rewriting an item. */
export function toParams(item: ItemInput) {
  return {
    identity: item.identity,
    guid: item.guid ?? null,
    link: item.link ?? null,
    title: item.title,
    author: item.author ?? null,
    publishedAt: item.publishedAt ?? null,
    updatedAt: item.updatedAt ?? null,
    summary: item.summary ?? null,
    contentHtml: item.contentHtml ?? null,
    text: item.text,
    textHash: item.textHash,
    language: item.language ?? null,
    categories: JSON.stringify(item.categories ?? []),
  };
}

/** WHERE clause and parameters for list/count filters. */
export function buildFilter(options: ListItemsOptions): { where: string; params: Array<string | number> } {
  return buildWhere([
    ['source_id = ?', options.sourceId],
    ['COALESCE(published_at, first_seen_at) >= ?', options.since],
    ['COALESCE(published_at, first_seen_at) < ?', options.until],
  ]);
}

/** A row as a StoredItem (NULL → undefined, categories parsed). */
export function toItem(row: ItemRow): StoredItem {
  return {
    id: row.id,
    identity: row.identity,
    sourceId: row.source_id,
    guid: row.guid ?? undefined,
    link: row.link ?? undefined,
    title: row.title,
    author: row.author ?? undefined,
    publishedAt: row.published_at ?? undefined,
    updatedAt: row.updated_at ?? undefined,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    textHash: row.text_hash,
    summary: row.summary ?? undefined,
    contentHtml: row.content_html ?? undefined,
    text: row.text,
    language: row.language ?? undefined,
    categories: JSON.parse(row.categories) as string[],
  };
}

/** An exact_duplicates row as an ExactDuplicate. */
export function toDuplicate(row: { item_id: number; original_id: number; reason: string; created_at: number }): ExactDuplicate {
  return {
    itemId: row.item_id,
    originalId: row.original_id,
    reason: row.reason as ExactDuplicate['reason'],
    createdAt: row.created_at,
  };
}
