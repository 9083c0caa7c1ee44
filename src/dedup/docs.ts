// Prepared documents for verification: items are read from the store, prepared (with the learned boilerplate
// of their source applied) and kept in a small per-store LRU, since a fresh original is compared with each of
// its copies as they arrive.
import type { StoredItem } from '../model.js';
import type { DedupParams } from './params.js';
import type { DedupStore } from './port.js';
import { applyLearned, prepareDoc, type PreparedDoc } from './prepare.js';

const CACHE_SIZE = 500;
const caches = new WeakMap<object, Map<number, { key: string; doc: PreparedDoc; item: StoredItem }>>();

/** A prepared document with the stored item it came from. */
export interface LoadedDoc {
  doc: PreparedDoc;
  item: StoredItem;
}

/** Prepares an item with its source's learned boilerplate applied. */
export function prepareItem(store: DedupStore, item: StoredItem, params: DedupParams): PreparedDoc {
  const doc = prepareDoc(item, params.seed);
  const hashes = doc.paragraphs.filter((p) => !p.boilerplate && p.hash !== 0).map((p) => p.hash);
  const learned = store.dedup.learnedBoilerplate(item.sourceId, hashes);
  if (learned.size > 0) applyLearned(doc, learned);
  return doc;
}

/** Loads and prepares items by id (cached); unknown ids are skipped. */
export function loadDocs(store: DedupStore, ids: readonly number[], params: DedupParams): Map<number, LoadedDoc> {
  let cache = caches.get(store.dedup);
  if (!cache) caches.set(store.dedup, (cache = new Map()));
  const out = new Map<number, LoadedDoc>();
  if (ids.length === 0) return out;
  for (const item of store.items.getMany([...ids])) {
    const key = `${item.textHash}:${item.title}`;
    const hit = cache.get(item.id);
    if (hit && hit.key === key) {
      cache.delete(item.id);
      cache.set(item.id, hit);
      out.set(item.id, { doc: hit.doc, item });
      continue;
    }
    const doc = prepareItem(store, item, params);
    remember(cache, item.id, { key, doc, item });
    out.set(item.id, { doc, item });
  }
  return out;
}

/** Puts a freshly prepared document in the cache (the item being processed, compared later with its copies). */
export function rememberDoc(store: DedupStore, item: StoredItem, doc: PreparedDoc): void {
  let cache = caches.get(store.dedup);
  if (!cache) caches.set(store.dedup, (cache = new Map()));
  remember(cache, item.id, { key: `${item.textHash}:${item.title}`, doc, item });
}

/** Forgets every cached document of a store (rebuild, parameter change). */
export function forgetDocs(store: DedupStore): void {
  caches.delete(store.dedup);
}

function remember(cache: Map<number, { key: string; doc: PreparedDoc; item: StoredItem }>, id: number, entry: { key: string; doc: PreparedDoc; item: StoredItem }): void {
  cache.delete(id);
  cache.set(id, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as number);
}
