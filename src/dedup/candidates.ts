// Candidate lookup for a new item: its posting keys (core hash, LSH bands, winnowed fingerprints, and content-
// word bands in a shorter window) are looked up in the day segments of the time window, stock keys (more than maxPostings items)
// are skipped, and candidates are ranked by how much evidence they share. Learned boilerplate comes first:
// paragraph postings tell when a paragraph has repeated often enough to be furniture.
import { sketchSimilarity, type ItemFeatures } from './features.js';
import { KEY_KIND, keyKind, postingKey, segmentOf } from './keys.js';
import type { DedupParams } from './params.js';
import type { DedupStore } from './port.js';
import type { PreparedDoc } from './prepare.js';

/** A candidate item and the evidence it shares with the new one. */
export interface Candidate {
  itemId: number;
  core: boolean;
  bands: number;
  words: number;
  fingerprints: number;
}

/** Keys to store for the new item once its lookups are done. */
export interface PendingPostings {
  keys: number[];
  pos: number[];
}

/** Posting keys of an item's features: what is stored, or what is looked up in the whole window (core hash,
 *  LSH bands, coarse fingerprints: copies) or in the recent rewrite window (word bands, fine fingerprints). */
export function featureKeys(f: ItemFeatures, use: 'store' | 'window' | 'recent'): PendingPostings {
  const keys: number[] = [];
  const pos: number[] = [];
  if (use !== 'recent') {
    if (f.coreHash !== 0) keys.push(postingKey(KEY_KIND.core, 0, f.coreHash)), pos.push(0);
    f.bandKeys.forEach((h, b) => (keys.push(postingKey(KEY_KIND.band, b, h)), pos.push(0)));
  }
  if (use !== 'window') f.wordKeys.forEach((h, b) => (keys.push(postingKey(KEY_KIND.words, b, h)), pos.push(0)));
  for (const fp of use === 'recent' ? f.fingerprints : f.storedFingerprints) keys.push(postingKey(KEY_KIND.fingerprint, 0, fp.hash)), pos.push(fp.pos);
  return { keys, pos };
}

/** Looks up candidates within [from, to] segments and first-seen window; returns them ranked, plus what to store. */
export async function findCandidates(store: DedupStore, itemId: number, firstSeenAt: number, f: ItemFeatures, params: DedupParams, from: number, to: number): Promise<{ candidates: Candidate[]; postings: PendingPostings }> {
  const all = featureKeys(f, 'window');
  const { hits, saturated } = await store.dedup.lookup(all.keys, from, to, params.maxPostings);
  // Rewrites are written soon after their source: shared wording and short shared runs (kept quotes) are only
  // looked for in a recent window. A fine fingerprint may repeat a coarse one: count each hit once.
  const recent = featureKeys(f, 'recent');
  const seen = new Set(hits.map((h) => `${h.key}:${h.itemId}`));
  const near = await store.dedup.lookup(recent.keys, segmentOf(firstSeenAt - params.thresholds.rewriteWindowHours * 3_600_000), segmentOf(firstSeenAt), params.maxPostings);
  for (const h of near.hits) if (!seen.has(`${h.key}:${h.itemId}`)) hits.push(h);
  for (const k of near.saturated) saturated.add(k);
  recent.keys.forEach((k) => all.keys.push(k));
  const byItem = new Map<number, Candidate>();
  for (const hit of hits) {
    if (hit.itemId === itemId) continue;
    let c = byItem.get(hit.itemId);
    if (!c) byItem.set(hit.itemId, (c = { itemId: hit.itemId, core: false, bands: 0, words: 0, fingerprints: 0 }));
    const kind = keyKind(hit.key);
    if (kind === KEY_KIND.core) c.core = true;
    else if (kind === KEY_KIND.band) c.bands++;
    else if (kind === KEY_KIND.words) c.words++;
    else c.fingerprints++;
  }
  const t = params.thresholds;
  let candidates = [...byItem.values()].filter((c) => c.core || c.bands > 0 || c.words > 0 || c.fingerprints >= t.minSharedFingerprints);
  if (candidates.length > 0) {
    const meta = await store.dedup.getMeta(candidates.map((c) => c.itemId));
    const window = params.windowDays * 86_400_000;
    candidates = candidates.filter((c) => {
      const m = meta.get(c.itemId);
      if (m === undefined || Math.abs(m.firstSeenAt - firstSeenAt) > window) return false;
      // Why: low-threshold word bands also pair items that merely share common words; when they are the only
      // evidence, the stored sketches must estimate enough shared wording for a rewrite to be possible.
      const textual = c.core || c.bands > 0 || c.fingerprints >= t.minSharedFingerprints;
      return textual || sketchSimilarity(f.wordSketch, m.wordSketch) >= t.wordGate;
    });
  }
  candidates.sort((x, y) => rank(y) - rank(x) || x.itemId - y.itemId);
  const stored = featureKeys(f, 'store');
  const keep: PendingPostings = { keys: [], pos: [] };
  for (let i = 0; i < stored.keys.length; i++) {
    if (saturated.has(stored.keys[i])) continue;
    keep.keys.push(stored.keys[i]);
    keep.pos.push(stored.pos[i]);
  }
  return { candidates: candidates.slice(0, t.maxCandidates), postings: keep };
}

function rank(c: Candidate): number {
  return (c.core ? 1000 : 0) + 4 * c.bands + c.words + c.fingerprints;
}

/** Learns boilerplate from the new item's paragraphs (repeated by its source, or by many sources); returns the
 *  paragraph postings to store and the hashes that became boilerplate. */
export async function learnParagraphs(store: DedupStore, doc: PreparedDoc, now: number, params: DedupParams, from: number, to: number): Promise<{ postings: PendingPostings; learned: Map<number, string> }> {
  const t = params.thresholds;
  const paras = doc.paragraphs.filter((p) => !p.boilerplate && p.hash !== 0 && p.tokTo - p.tokFrom <= t.learnedMaxWords);
  const keys = [...new Set(paras.map((p) => postingKey(KEY_KIND.paragraph, 0, p.hash)))];
  const learned = new Map<number, string>();
  if (keys.length === 0) return { postings: { keys, pos: [] }, learned };
  const { hits, saturated } = await store.dedup.lookup(keys, from, to, params.maxPostings);
  const byKey = new Map<number, number[]>();
  for (const hit of hits) if (hit.itemId !== doc.itemId) byKey.set(hit.key, [...(byKey.get(hit.key) ?? []), hit.itemId]);
  const meta = await store.dedup.getMeta([...new Set(hits.map((h) => h.itemId))]);
  for (const key of keys) {
    const hash = key % 4294967296;
    const perSource = new Map<string, number>([[doc.sourceId, 1]]);
    for (const id of byKey.get(key) ?? []) {
      const source = meta.get(id)?.sourceId;
      if (source !== undefined) perSource.set(source, (perSource.get(source) ?? 0) + 1);
    }
    const mine = perSource.get(doc.sourceId)!;
    const repeating = [...perSource.values()].filter((n) => n >= 2).length;
    if (saturated.has(key) || repeating >= t.learnedGlobalSources) {
      await store.dedup.learnBoilerplate('*', hash, mine, now);
      learned.set(hash, 'learned-global');
    } else if (mine >= t.learnedSourceItems) {
      await store.dedup.learnBoilerplate(doc.sourceId, hash, mine, now);
      learned.set(hash, 'learned-source');
    }
  }
  const keep = keys.filter((k) => !learned.has(k % 4294967296));
  return { postings: { keys: keep, pos: keep.map(() => 0) }, learned };
}
