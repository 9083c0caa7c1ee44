// Turns one stored cluster and its verified edges into the report's view: original, copies, related items.
import type { Cluster, ClusterMember, DupEdge, StoredItem } from '../model.js';
import type {
  BoilerplateSpan,
  ReportCluster,
  ReportCopy,
  ReportCopyKind,
  ReportFilters,
  ReportItem,
  ReportPassage,
  ReportRelated,
} from './model.js';
import { toSafeHref } from './safe-href.js';

/** Everything buildCluster needs besides the cluster and its edges. */
export interface ClusterContext {
  items: Map<number, StoredItem>;
  sourceTitles: Map<string, string>;
  filters: ReportFilters;
  /** The copy cluster of each item that is in one. */
  clusterOf: Map<number, string>;
  boilerplateSpans(itemId: number): BoilerplateSpan[];
}

/** Builds one report cluster with the copies that pass the filters; undefined when the original is missing. */
export function buildCluster(cluster: Cluster, edges: DupEdge[], ctx: ClusterContext): ReportCluster | undefined {
  const originalItem = ctx.items.get(cluster.originalItemId);
  if (!originalItem) return undefined;
  const original = { ...toReportItem(originalItem, ctx), text: originalItem.text };
  const memberIds = new Set(cluster.members.map((m) => m.itemId));
  const copies: ReportCopy[] = [];
  const insideRelated: ClusterMember[] = [];
  for (const member of cluster.members) {
    if (member.itemId === originalItem.id) continue;
    if (member.kind === 'related') {
      insideRelated.push(member);
      continue;
    }
    const item = ctx.items.get(member.itemId);
    if (!item) continue;
    const copy = buildCopy(member, item, originalItem, edges, memberIds, ctx);
    if (passesFilters(copy, original.sourceId, ctx.filters)) copies.push(copy);
  }
  return {
    id: cluster.id,
    reason: cluster.reason,
    createdAt: cluster.createdAt,
    updatedAt: cluster.updatedAt,
    original,
    copies,
    related: buildRelated(cluster.id, edges, memberIds, insideRelated, ctx),
  };
}

/** Converts a stored item to the report's item fields (unsafe links dropped). */
export function toReportItem(item: StoredItem, ctx: Pick<ClusterContext, 'sourceTitles'>): ReportItem {
  const out: ReportItem = {
    itemId: item.id,
    sourceId: item.sourceId,
    sourceTitle: ctx.sourceTitles.get(item.sourceId) ?? item.sourceId,
    title: item.title,
    firstSeenAt: item.firstSeenAt,
    appearedAt: item.publishedAt ?? item.firstSeenAt,
  };
  const link = toSafeHref(item.link);
  if (link) out.link = link;
  if (item.publishedAt !== undefined) out.publishedAt = item.publishedAt;
  return out;
}

function buildCopy(
  member: ClusterMember,
  item: StoredItem,
  original: StoredItem,
  edges: DupEdge[],
  memberIds: Set<number>,
  ctx: ClusterContext,
): ReportCopy {
  const picked = pickEdge(item.id, original.id, edges, memberIds);
  const basisId = picked?.basisId ?? original.id;
  const basisText = ctx.items.get(basisId)?.text ?? original.text;
  const passages = picked ? orientPassages(picked.edge, basisId) : [];
  const kind: ReportCopyKind = narrowKind(member.kind) ?? narrowKind(picked?.edge.kind) ?? 'edited';
  const copy: ReportCopy = {
    ...toReportItem(item, ctx),
    kind,
    lagSeconds: member.lagSeconds,
    score: member.score,
    copiedShare: round(copiedShare(passages, basisText, kind, picked, basisId)),
    credits: member.credits,
    basisItemId: basisId,
    passages,
    boilerplate: ctx.boilerplateSpans(item.id),
    text: item.text,
  };
  if (picked) copy.scores = picked.edge.scores;
  return copy;
}

/** The edge to the original when there is one, else the copy's strongest edge to another member. */
function pickEdge(copyId: number, originalId: number, edges: DupEdge[], memberIds: Set<number>) {
  const own = edges.filter((e) => e.kind !== 'related' && (e.a === copyId || e.b === copyId));
  const direct = own.find((e) => e.a === originalId || e.b === originalId);
  if (direct) return { edge: direct, basisId: originalId };
  let best: { edge: DupEdge; basisId: number } | undefined;
  for (const edge of own) {
    const other = edge.a === copyId ? edge.b : edge.a;
    if (!memberIds.has(other)) continue;
    if (!best || edge.scores.passageCoverage > best.edge.scores.passageCoverage) best = { edge, basisId: other };
  }
  return best;
}

function orientPassages(edge: DupEdge, basisId: number): ReportPassage[] {
  const basisIsA = edge.a === basisId;
  return edge.passages.map((p) => ({
    kind: p.kind,
    score: p.score,
    originalFrom: basisIsA ? p.aFrom : p.bFrom,
    originalTo: basisIsA ? p.aTo : p.bTo,
    copyFrom: basisIsA ? p.bFrom : p.aFrom,
    copyTo: basisIsA ? p.bTo : p.aTo,
  }));
}

/** Share of the basis text covered by verbatim and paraphrase passages; falls back to shingle containment. */
function copiedShare(
  passages: ReportPassage[],
  basisText: string,
  kind: ReportCopyKind,
  picked: { edge: DupEdge; basisId: number } | undefined,
  basisId: number,
): number {
  if (kind === 'exact') return 1;
  const ranges = passages
    .filter((p) => p.kind !== 'quote')
    .map((p) => [Math.max(0, p.originalFrom), Math.min(basisText.length, p.originalTo)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  if (ranges.length === 0 || basisText.length === 0) {
    if (!picked) return 0;
    return picked.edge.a === basisId ? picked.edge.scores.containAB : picked.edge.scores.containBA;
  }
  let covered = 0;
  let end = 0;
  for (const [from, to] of ranges) {
    const start = Math.max(from, end);
    if (to > start) covered += to - start;
    end = Math.max(end, to);
  }
  return covered / basisText.length;
}

function buildRelated(
  clusterId: string,
  edges: DupEdge[],
  memberIds: Set<number>,
  insideRelated: ClusterMember[],
  ctx: ClusterContext,
): ReportRelated[] {
  const core = new Set(memberIds);
  for (const m of insideRelated) core.delete(m.itemId);
  const byItem = new Map<number, ReportRelated>();
  for (const edge of edges) {
    if (edge.kind !== 'related' || core.has(edge.a) === core.has(edge.b)) continue;
    const [inside, outside] = core.has(edge.a) ? [edge.a, edge.b] : [edge.b, edge.a];
    const item = ctx.items.get(outside);
    const known = byItem.get(outside);
    if (!item || (known && known.scores.jaccard >= edge.scores.jaccard)) continue;
    const related: ReportRelated = { ...toReportItem(item, ctx), relatedToItemId: inside, scores: edge.scores };
    const home = ctx.clusterOf.get(outside);
    if (home !== undefined && home !== clusterId) related.clusterId = home;
    byItem.set(outside, related);
  }
  return [...byItem.values()].sort((x, y) => x.appearedAt - y.appearedAt || x.itemId - y.itemId);
}

function passesFilters(copy: ReportCopy, originalSourceId: string, filters: ReportFilters): boolean {
  if (filters.from !== undefined && copy.appearedAt < filters.from) return false;
  if (filters.to !== undefined && copy.appearedAt >= filters.to) return false;
  if (filters.sources && !filters.sources.includes(copy.sourceId) && !filters.sources.includes(originalSourceId)) {
    return false;
  }
  if (filters.kinds && !filters.kinds.includes(copy.kind)) return false;
  return filters.minScore === undefined || copy.score >= filters.minScore;
}

function narrowKind(kind: DupEdge['kind'] | undefined): ReportCopyKind | undefined {
  return kind === undefined || kind === 'related' ? undefined : kind;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
