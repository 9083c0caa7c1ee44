// detectCopies: the incremental engine run after new items are stored. Per item, in first-seen order: prepare,
// learn boilerplate, sign, look up candidates in the time window, verify each one exactly, store edges with
// their evidence, then place the item in a cluster (singletons included) without chaining.
import type { CopyKind, DedupSettings, SourceRole } from '../model.js';
import type { ClusterContext } from './cluster-build.js';
import { loadDocs } from './docs.js';
import { segmentOf } from './keys.js';
import { checkParams, resolveParams, signatureParams, type DedupParams } from './params.js';
import type { DedupStore, EdgeRecord } from './port.js';
import { processItem } from './process-item.js';
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

/** Runs copy detection for stored items (by id); incremental, one transaction. Throws DedupParamsError when the
 *  stored signatures were built with other parameters. */
export function detectCopies(store: DedupStore, itemIds: number[], settings: DedupSettings, context: DetectContext): DetectResult {
  const params = resolveParams(settings);
  const signature = signatureParams(params);
  checkParams(store.dedup.getParams(), signature);
  const result: DetectResult = { processed: 0, copies: {}, joined: 0, clusters: [] };
  if (itemIds.length === 0) return result;
  return store.transaction(() => {
    if (store.dedup.getParams() === undefined) store.dedup.setParams(signature, context.now);
    const items = store.items.getMany([...new Set(itemIds)]).sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id - b.id);
    if (items.length === 0) return result;
    const window = params.windowDays * 86_400_000;
    store.dedup.beginBatch();
    const words = new RareWords(store);
    const ctx = clusterContext(store, params, context, words);
    const touched = new Set<string>();
    for (const item of items) {
      const joined = processItem({ store, params, ctx, words, result, timings: context.timings }, item);
      if (joined) {
        touched.add(joined);
        result.joined++;
      }
      result.processed++;
    }
    words.flush();
    store.dedup.endBatch();
    store.dedup.pruneBefore(segmentOf(items[items.length - 1].firstSeenAt - window) - 1);
    result.clusters = [...touched];
    return result;
  });
}

function clusterContext(store: DedupStore, params: DedupParams, context: DetectContext, words: RareWords): ClusterContext {
  const sources = store.sources.list();
  return {
    store, params, now: context.now,
    roles: new Map([...sources.map((s) => [s.id, s.role] as const), ...context.roles]),
    sourceTitles: new Map(sources.map((s) => [s.id, s.title])),
    verify(a: number, b: number): EdgeRecord | undefined {
      const docs = loadDocs(store, [a, b], params);
      const da = docs.get(a);
      const db = docs.get(b);
      if (!da || !db) return undefined;
      const edge = verifyEdge(da.doc, db.doc, params, words, context.now);
      store.dedup.deleteEdge(b, a);
      if (edge) store.dedup.saveEdge(edge);
      return edge;
    },
  };
}
