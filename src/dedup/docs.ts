// Prepared documents for verification: items are read from the store, prepared (with the learned boilerplate
// of their source applied) and kept in a small per-store LRU, since a fresh original is compared with each of
// its copies as they arrive. The LRU outlives detection batches, and between them other processes learn
// boilerplate or clear it (a rebuild): a cached document is used only while it was prepared from the item as
// it is now, with the same seed, and the learned boilerplate it applied is still exactly the store's (checked
// on every hit, one read per source). A hit is then the document a fresh preparation would give.
import type { StoredItem } from '../model.js';
import type { DedupParams } from './params.js';
import type { DedupStore } from './port.js';
import { applyLearned, prepareDoc, type PreparedDoc } from './prepare.js';

const CACHE_SIZE = 500;

interface CacheEntry {
  seed: number;
  doc: PreparedDoc;
  item: StoredItem;
}

const caches = new WeakMap<object, Map<number, CacheEntry>>();

/** A prepared document with the stored item it came from. */
export interface LoadedDoc {
  doc: PreparedDoc;
  item: StoredItem;
}

/** Prepares an item with its source's learned boilerplate applied. */
export async function prepareItem(store: DedupStore, item: StoredItem, params: DedupParams): Promise<PreparedDoc> {
  const doc = prepareDoc(item, params.seed);
  const hashes = doc.paragraphs.filter((p) => !p.boilerplate && p.hash !== 0).map((p) => p.hash);
  const learned = await store.dedup.learnedBoilerplate(item.sourceId, hashes);
  if (learned.size > 0) applyLearned(doc, learned);
  return doc;
}

/** Loads and prepares items by id (cached); unknown ids are skipped. */
export async function loadDocs(store: DedupStore, ids: readonly number[], params: DedupParams): Promise<Map<number, LoadedDoc>> {
  const cache = cacheOf(store);
  const out = new Map<number, LoadedDoc>();
  if (ids.length === 0) return out;
  const items = await store.items.getMany([...ids]);
  const hits = new Map<number, CacheEntry>();
  for (const item of items) {
    const hit = cache.get(item.id);
    if (hit && preparedFrom(hit, item, params.seed)) hits.set(item.id, hit);
  }
  const stale = await staleEntries(store, [...hits.values()]);
  for (const item of items) {
    const hit = hits.get(item.id);
    // Still cached (preparing an earlier item may have evicted it) and still prepared as the store says.
    if (hit && cache.get(item.id) === hit && !stale.has(hit)) {
      cache.delete(item.id);
      cache.set(item.id, hit);
      out.set(item.id, { doc: hit.doc, item });
      continue;
    }
    const doc = await prepareItem(store, item, params);
    remember(cache, item.id, { seed: params.seed, doc, item });
    out.set(item.id, { doc, item });
  }
  return out;
}

/** Puts a freshly prepared document in the cache (the item being processed, compared later with its copies). */
export function rememberDoc(store: DedupStore, item: StoredItem, doc: PreparedDoc, params: DedupParams): void {
  remember(cacheOf(store), item.id, { seed: params.seed, doc, item });
}

/** Forgets every cached document of a store (rebuild). */
export function forgetDocs(store: DedupStore): void {
  caches.delete(store.dedup);
}

function cacheOf(store: DedupStore): Map<number, CacheEntry> {
  let cache = caches.get(store.dedup);
  if (!cache) caches.set(store.dedup, (cache = new Map()));
  return cache;
}

// Whether a cached document was prepared from this item as it is now (besides learned boilerplate, preparation
// reads only these fields and the seed).
function preparedFrom(entry: CacheEntry, item: StoredItem, seed: number): boolean {
  return entry.seed === seed && entry.item.sourceId === item.sourceId && entry.item.title === item.title && entry.item.text === item.text;
}

// Cached documents whose learned boilerplate is no longer the store's: since they were prepared, a paragraph of
// theirs was learned (by this process or another one) or forgotten (a rebuild elsewhere, a rolled-back batch).
async function staleEntries(store: DedupStore, entries: CacheEntry[]): Promise<Set<CacheEntry>> {
  const stale = new Set<CacheEntry>();
  const bySource = new Map<string, CacheEntry[]>();
  for (const entry of entries) {
    const group = bySource.get(entry.doc.sourceId);
    if (group) group.push(entry);
    else bySource.set(entry.doc.sourceId, [entry]);
  }
  for (const [sourceId, group] of bySource) {
    const hashes = new Set(group.flatMap((e) => learnable(e.doc)));
    const learned = await store.dedup.learnedBoilerplate(sourceId, [...hashes]);
    for (const entry of group) {
      const applied = entry.doc.paragraphs.filter((p) => p.hash !== 0 && p.boilerplate?.startsWith('learned-'));
      const current = learnable(entry.doc).filter((h) => learned.has(h));
      if (current.length !== applied.length || applied.some((p) => !learned.has(p.hash))) stale.add(entry);
    }
  }
  return stale;
}

// Paragraph hashes of a document that learned boilerplate can cover (those not left out by a rule).
function learnable(doc: PreparedDoc): number[] {
  return doc.paragraphs.filter((p) => p.hash !== 0 && (!p.boilerplate || p.boilerplate.startsWith('learned-'))).map((p) => p.hash);
}

function remember(cache: Map<number, CacheEntry>, id: number, entry: CacheEntry): void {
  cache.delete(id);
  cache.set(id, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as number);
}
