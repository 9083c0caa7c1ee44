// One new item through detection: prepare, learn boilerplate, sign, look up candidates, store postings and
// the item record, verify candidates, store edges, place the item in a cluster.
import type { StoredItem } from '../model.js';
import { findCandidates, learnParagraphs } from './candidates.js';
import { assignCluster } from './cluster-join.js';
import { COPY_KINDS, type ClusterContext } from './cluster-build.js';
import type { DetectResult } from './detect.js';
import { loadDocs, prepareItem, rememberDoc } from './docs.js';
import { computeFeatures } from './features.js';
import { segmentOf } from './keys.js';
import type { DedupParams } from './params.js';
import type { DedupStore, EdgeRecord } from './port.js';
import { applyLearned, type PreparedDoc } from './prepare.js';
import { verifyEdge } from './verify-edge.js';
import type { RareWords } from './weights.js';

/** What processing one item needs. */
export interface ItemRun {
  store: DedupStore;
  params: DedupParams;
  ctx: ClusterContext;
  words: RareWords;
  result: DetectResult;
  timings?: Record<string, number>;
}

/** Processes one stored item; resolves to the cluster it joined (undefined when it stayed on its own). */
export async function processItem(run: ItemRun, item: StoredItem): Promise<string | undefined> {
  const { store, params, ctx, words, result } = run;
  const t = params.thresholds;
  const clock = phaseClock(run.timings);
  const window = params.windowDays * 86_400_000;
  const from = segmentOf(item.firstSeenAt - window);
  const to = segmentOf(item.firstSeenAt + window);
  const seg = segmentOf(item.firstSeenAt);
  const doc = await prepareItem(store, item, params);
  clock('prepare');
  const paragraphs = await learnParagraphs(store, doc, ctx.now, params, from, to);
  if (paragraphs.learned.size > 0) applyLearned(doc, paragraphs.learned);
  clock('boilerplate');
  const features = computeFeatures(doc, params);
  clock('signatures');
  const { candidates, postings } = await findCandidates(store, item.id, item.firstSeenAt, features, params, from, to);
  clock('lookup');
  await store.dedup.addPostings(seg, item.id, postings.keys.concat(paragraphs.postings.keys), postings.pos.concat(paragraphs.postings.pos));
  await store.dedup.saveItem({
    itemId: item.id, sourceId: item.sourceId, firstSeenAt: item.firstSeenAt, seg, coreHash: features.coreHash,
    tokens: doc.words.length - doc.titleCount, wordSketch: features.wordSketch, boilerplate: boilerplateSpans(doc),
    credits: doc.credits, processedAt: ctx.now,
  });
  words.count(doc, `${item.sourceId}\u0000${item.identity}`);
  rememberDoc(store, item, doc, params);
  clock('store');
  const docs = await loadDocs(store, candidates.map((c) => c.itemId), params);
  const edges: EdgeRecord[] = [];
  const related: EdgeRecord[] = [];
  for (const c of candidates) {
    const other = docs.get(c.itemId);
    const edge = other ? await verifyEdge(other.doc, doc, params, words, ctx.now) : undefined;
    if (edge) (edge.kind === 'related' ? related : edges).push(edge);
  }
  related.sort((x, y) => y.score - x.score);
  for (const edge of [...edges, ...related.slice(0, t.maxRelatedPerItem)]) {
    await store.dedup.saveEdge(edge);
    result.copies[edge.kind] = (result.copies[edge.kind] ?? 0) + 1;
  }
  clock('verify');
  const placed = await assignCluster(ctx, item, edges.filter((e) => COPY_KINDS.has(e.kind)));
  clock('cluster');
  return placed.joined ? placed.clusterId : undefined;
}

/** Boilerplate spans of a prepared document, in StoredItem.text offsets. */
export function boilerplateSpans(doc: PreparedDoc): Array<{ from: number; to: number; why: string }> {
  return doc.paragraphs.filter((p) => p.boilerplate).map((p) => ({ from: p.from, to: p.to, why: p.boilerplate! }));
}

/** Adds the time since the previous call to `timings[phase]` (a no-op without timings; an empty phase name
 *  only restarts the clock, for time already counted elsewhere). */
export function phaseClock(timings: Record<string, number> | undefined): (phase: string) => void {
  if (!timings) return () => {};
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    if (phase) timings[phase] = (timings[phase] ?? 0) + now - last;
    last = now;
  };
}
