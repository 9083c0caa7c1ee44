// `feedfold dedup rebuild`: forgets every signature, edge and cluster and replays detection over all stored
// items in first-seen order, in batches (each its own transaction). Cluster ids come out the same, because
// they derive from each cluster's founding item; copy events keep their first `foundAt`.
import type { DedupSettings } from '../model.js';
import { detectCopies, type DetectContext } from './detect.js';
import { forgetDocs } from './docs.js';
import { resolveParams, signatureParams } from './params.js';
import type { DedupStore } from './port.js';

/** Progress and totals of a rebuild. */
export interface RebuildResult {
  items: number;
  copies: number;
  clusters: number;
  ms: number;
}

/** Options of rebuildAll. */
export interface RebuildOptions {
  batchSize?: number;
  onProgress?: (done: number) => void;
  /** Wall clock for the duration only (default performance.now). */
  clock?: () => number;
}

/** Recomputes all dedup state from the stored items. */
export async function rebuildAll(store: DedupStore, settings: DedupSettings, context: DetectContext, options: RebuildOptions = {}): Promise<RebuildResult> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const params = resolveParams(settings);
  await store.transaction(async (tx) => {
    await tx.lockDetection();
    forgetDocs(tx);
    await tx.dedup.clearDerived();
    await tx.clusters.clearAll();
    await tx.dedup.setParams(signatureParams(params), context.now);
  });
  const result: RebuildResult = { items: 0, copies: 0, clusters: 0, ms: 0 };
  const touched = new Set<string>();
  let after: { firstSeenAt: number; id: number } | undefined;
  for (;;) {
    const page = await store.dedup.itemIdsInOrder(after, options.batchSize ?? 1000);
    if (page.length === 0) break;
    const done = await detectCopies(store, page.map((p) => p.id), settings, context);
    result.items += done.processed;
    result.copies += done.joined;
    for (const id of done.clusters) touched.add(id);
    after = page[page.length - 1];
    options.onProgress?.(result.items);
  }
  await store.transaction((tx) => tx.clusters.pruneCopyEvents());
  result.clusters = touched.size;
  result.ms = Math.round(clock() - started);
  return result;
}
