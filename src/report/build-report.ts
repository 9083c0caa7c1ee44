// Builds the report model from the store's read API: clusters with their copies, passages and related items.
import type { DupEdge, StoredItem } from '../model.js';
import { buildCluster, type ClusterContext } from './build-cluster.js';
import { buildStats } from './build-stats.js';
import { REPORT_VERSION, type ReportCluster, type ReportFilters, type ReportModel, type ReportStore } from './model.js';

/** What buildReport reads: the store, the clock reading, and how many clusters to list in full. */
export interface BuildReportInput {
  store: ReportStore;
  now: number;
  /** The story's name (config topic.name), shown in the page title. */
  topic?: string;
  /** Clusters listed in full (newest activity first); stats always cover every matching copy. Default 200. */
  maxClusters?: number;
}

const GET_MANY_CHUNK = 500;

/** Builds the report model for the given filters (every filter optional). */
export async function buildReport(input: BuildReportInput, filters: ReportFilters = {}): Promise<ReportModel> {
  const { store } = input;
  const normalized = normalizeFilters(filters);
  const records = await store.sources.list();
  const counts = await Promise.all(records.map((r) => store.items.count({ sourceId: r.id, since: normalized.from, until: normalized.to })));
  const itemCounts = new Map(records.map((r, i) => [r.id, counts[i]]));
  const multi = await store.clusters.list({ minSize: 2 });
  const allEdges = await Promise.all(multi.map((cluster) => store.clusters.edges(cluster.id)));
  const edgesByCluster = new Map<string, DupEdge[]>();
  const ids = new Set<number>();
  const clusterOf = new Map<number, string>();
  const copyIds: number[] = [];
  multi.forEach((cluster, i) => {
    for (const m of cluster.members) clusterOf.set(m.itemId, cluster.id);
    const edges = allEdges[i];
    edgesByCluster.set(cluster.id, edges);
    for (const m of cluster.members) ids.add(m.itemId);
    for (const e of edges) {
      ids.add(e.a);
      ids.add(e.b);
    }
    for (const m of cluster.members) if (m.itemId !== cluster.originalItemId && m.kind !== 'related') copyIds.push(m.itemId);
  });
  const items = await fetchItems(store, [...ids]);
  // Each copy's boilerplate spans, read up front: the clusters below are built without further reads.
  const spans = await Promise.all(copyIds.map((id) => store.dedup.boilerplateSpans(id)));
  const boilerplate = new Map(copyIds.map((id, i) => [id, spans[i]]));
  const context: ClusterContext = {
    items,
    sourceTitles: new Map(records.map((r) => [r.id, r.title])),
    filters: normalized,
    clusterOf,
    boilerplateSpans: (itemId) => boilerplate.get(itemId) ?? [],
  };
  const clusters: ReportCluster[] = [];
  for (const cluster of multi) {
    const built = buildCluster(cluster, edgesByCluster.get(cluster.id) ?? [], context);
    if (built && built.copies.length > 0) clusters.push(built);
  }
  const stats = buildStats(clusters, records, itemCounts, normalized);
  return {
    version: REPORT_VERSION,
    topic: input.topic ?? null,
    generatedAt: input.now,
    filters: normalized,
    summary: stats.summary,
    clusters: clusters.slice(0, input.maxClusters ?? 200),
    sources: stats.sources,
    matrix: stats.matrix,
    timeline: stats.timeline,
  };
}

/** Drops empty filter lists and sorts them, so equal filters give equal models. */
export function normalizeFilters(filters: ReportFilters): ReportFilters {
  const out: ReportFilters = {};
  if (filters.from !== undefined) out.from = filters.from;
  if (filters.to !== undefined) out.to = filters.to;
  if (filters.sources && filters.sources.length > 0) out.sources = [...new Set(filters.sources)].sort();
  if (filters.kinds && filters.kinds.length > 0) out.kinds = [...new Set(filters.kinds)].sort();
  if (filters.minScore !== undefined) out.minScore = filters.minScore;
  return out;
}

async function fetchItems(store: ReportStore, ids: number[]): Promise<Map<number, StoredItem>> {
  const map = new Map<number, StoredItem>();
  for (let i = 0; i < ids.length; i += GET_MANY_CHUNK) {
    for (const item of await store.items.getMany(ids.slice(i, i + GET_MANY_CHUNK))) map.set(item.id, item);
  }
  return map;
}

