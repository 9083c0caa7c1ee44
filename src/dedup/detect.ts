// detectCopies: the incremental engine run after new items are stored. Per item, in first-seen order: prepare,
// learn boilerplate, sign, look up candidates in the time window, verify each one exactly, store edges with
// their evidence, then place the item in a cluster (singletons included) without chaining.
import type { CopyKind, DedupSettings, SourceRole } from '../model.js';
import type { ClusterContext, SourceLabel } from './cluster-build.js';
import { loadDocs } from './docs.js';
import { segmentOf } from './keys.js';
import { checkParams, resolveParams, signatureParams, type DedupParams } from './params.js';
import type { DedupStore, EdgeRecord } from './port.js';
import { phaseClock, processItem } from './process-item.js';
import { verifyEdge } from './verify-edge.js';
import { RareWords } from './weights.js';

/** When and for whom detection runs. */
export interface DetectContext {
  now: number;
  roles: Map<string, SourceRole>;
  /** When given, milliseconds spent per phase are added to it (benchmarks). */
  timings?: Record<string, number>;
}

/** What one detectCopies call did. */
export interface DetectResult {
  processed: number;
  /** New edges by kind (copies and `related`). */
  copies: Partial<Record<CopyKind, number>>;
  /** Items that joined a cluster with other members. */
  joined: number;
  /** Clusters that gained members or were written. */
  clusters: string[];
}

/** Runs copy detection for stored items (by id); incremental, one transaction that holds the detection lock.
 *  Rejects with DedupParamsError when the stored signatures were built with other parameters. */
export async function detectCopies(store: DedupStore, itemIds: number[], settings: DedupSettings, context: DetectContext): Promise<DetectResult> {
  const params = resolveParams(settings);
  const signature = signatureParams(params);
  const result: DetectResult = { processed: 0, copies: {}, joined: 0, clusters: [] };
  if (itemIds.length === 0) {
    checkParams(await store.dedup.getParams(), signature);
    return result;
  }
  return store.transaction(async (tx) => {
    // Before reading anything: another worker's detection may be rewriting the same clusters.
    await tx.lockDetection();
    const stored = await tx.dedup.getParams();
    checkParams(stored, signature);
    if (stored === undefined) await tx.dedup.setParams(signature, context.now);
    const clock = phaseClock(context.timings);
    const items = (await tx.items.getMany([...new Set(itemIds)])).sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id - b.id);
    if (items.length === 0) return result;
    const window = params.windowDays * 86_400_000;
    // Everything read from here on is this transaction's view: rare-word counts and the cluster context are
    // loaded afresh, and cached documents are checked against the learned boilerplate (see docs.ts).
    await tx.dedup.beginBatch();
    const words = await RareWords.open(tx);
    const ctx = await clusterContext(tx, params, context, words);
    const touched = new Set<string>();
    clock('open');
    for (const item of items) {
      const joined = await processItem({ store: tx, params, ctx, words, result, timings: context.timings }, item);
      if (joined) {
        touched.add(joined);
        result.joined++;
      }
      result.processed++;
    }
    clock('');
    await words.flush();
    clock('words');
    await tx.dedup.endBatch();
    clock('postings');
    await tx.dedup.pruneBefore(segmentOf(items[items.length - 1].firstSeenAt - window) - 1);
    clock('prune');
    result.clusters = [...touched];
    return result;
  });
}

async function clusterContext(store: DedupStore, params: DedupParams, context: DetectContext, words: RareWords): Promise<ClusterContext> {
  // Sources are read one by one as clusters need them (a poll touches a few), never the whole list: with
  // thousands of sources, listing them on every poll made a cycle quadratic in the number of sources.
  const labels = new Map<string, Promise<SourceLabel>>();
  return {
    store, params, now: context.now,
    source(id: string): Promise<SourceLabel> {
      let label = labels.get(id);
      if (!label) {
        label = store.sources.get(id).then((s) => ({ role: context.roles.get(id) ?? s?.role ?? 'unknown', title: s?.title }));
        labels.set(id, label);
      }
      return label;
    },
    async verify(a: number, b: number): Promise<EdgeRecord | undefined> {
      const docs = await loadDocs(store, [a, b], params);
      const da = docs.get(a);
      const db = docs.get(b);
      if (!da || !db) return undefined;
      const edge = await verifyEdge(da.doc, db.doc, params, words, context.now);
      await store.dedup.deleteEdge(b, a);
      if (edge) await store.dedup.saveEdge(edge);
      return edge;
    },
  };
}
