// Per-source statistics, the source × source matrix, the lag timeline and the summary, from built clusters.
import type { SourceRecord, SourceRole } from '../model.js';
import {
  COPY_KINDS,
  type ReportCluster,
  type ReportCopyKind,
  type ReportFilters,
  type ReportMatrix,
  type ReportSourceStats,
  type ReportSummary,
  type ReportTimelinePoint,
} from './model.js';

/** The aggregate parts of the report. */
export interface ReportStats {
  summary: ReportSummary;
  sources: ReportSourceStats[];
  matrix: ReportMatrix;
  timeline: ReportTimelinePoint[];
}

interface Tally {
  sourceId: string;
  title: string;
  role: SourceRole;
  originals: number;
  copiesMade: number;
  timesCopied: number;
  credited: number;
  from: Map<string, number>;
  lags: number[];
}

/** Aggregates the filtered clusters; `itemCounts` are items per source in the period. */
export function buildStats(
  clusters: ReportCluster[],
  records: SourceRecord[],
  itemCounts: Map<string, number>,
  filters: ReportFilters,
): ReportStats {
  const tallies = new Map<string, Tally>();
  const tally = (sourceId: string, title?: string, role: SourceRole = 'unknown'): Tally => {
    let t = tallies.get(sourceId);
    if (!t) {
      t = { sourceId, title: title ?? sourceId, role, originals: 0, copiesMade: 0, timesCopied: 0, credited: 0, from: new Map(), lags: [] };
      tallies.set(sourceId, t);
    }
    return t;
  };
  for (const r of records) tally(r.id, r.title, r.role);
  const timeline: ReportTimelinePoint[] = [];
  const byKind = Object.fromEntries(COPY_KINDS.map((k) => [k, 0])) as Record<ReportCopyKind, number>;
  const allLags: number[] = [];
  let credited = 0;
  const related = new Set<number>();
  for (const cluster of clusters) {
    const orig = tally(cluster.original.sourceId, cluster.original.sourceTitle);
    orig.originals += 1;
    for (const r of cluster.related) if (r.clusterId === undefined) related.add(r.itemId);
    for (const copy of cluster.copies) {
      const t = tally(copy.sourceId, copy.sourceTitle);
      t.copiesMade += 1;
      t.lags.push(copy.lagSeconds);
      t.from.set(orig.sourceId, (t.from.get(orig.sourceId) ?? 0) + 1);
      orig.timesCopied += 1;
      if (copy.credits) {
        t.credited += 1;
        credited += 1;
      }
      byKind[copy.kind] += 1;
      allLags.push(copy.lagSeconds);
      timeline.push({
        clusterId: cluster.id,
        itemId: copy.itemId,
        sourceId: copy.sourceId,
        originalSourceId: orig.sourceId,
        kind: copy.kind,
        lagSeconds: copy.lagSeconds,
        appearedAt: copy.appearedAt,
        score: copy.score,
      });
    }
  }
  timeline.sort((x, y) => x.appearedAt - y.appearedAt || x.itemId - y.itemId);
  const involved = [...tallies.values()].filter((t) => t.copiesMade + t.timesCopied > 0);
  const wanted = new Set(filters.sources ?? []);
  const rows = [...tallies.values()].filter((t) =>
    filters.sources ? wanted.has(t.sourceId) || t.copiesMade + t.timesCopied > 0 : (itemCounts.get(t.sourceId) ?? 0) > 0 || t.copiesMade + t.timesCopied + t.originals > 0,
  );
  const sources = rows.map((t) => toStats(t, itemCounts.get(t.sourceId) ?? 0)).sort(bySignificance);
  return {
    summary: {
      clusters: clusters.length,
      copies: allLags.length,
      related: related.size,
      sourcesInvolved: involved.length,
      byKind,
      medianLagSeconds: median(allLags),
      credited,
    },
    sources,
    matrix: buildMatrix(involved),
    timeline,
  };
}

function toStats(t: Tally, items: number): ReportSourceStats {
  return {
    sourceId: t.sourceId,
    title: t.title,
    role: t.role,
    items,
    originals: t.originals,
    copiesMade: t.copiesMade,
    timesCopied: t.timesCopied,
    credited: t.credited,
    copiesFrom: [...t.from.entries()]
      .map(([sourceId, count]) => ({ sourceId, count }))
      .sort((x, y) => y.count - x.count || x.sourceId.localeCompare(y.sourceId)),
    medianLagSeconds: median(t.lags),
    copyRate: items > 0 ? Math.round((t.copiesMade / items) * 10000) / 10000 : 0,
  };
}

function bySignificance(x: ReportSourceStats, y: ReportSourceStats): number {
  return y.copiesMade - x.copiesMade || y.timesCopied - x.timesCopied || y.items - x.items || x.sourceId.localeCompare(y.sourceId);
}

function buildMatrix(involved: Tally[]): ReportMatrix {
  const rank = (key: 'copiesMade' | 'timesCopied') =>
    involved
      .filter((t) => t[key] > 0)
      .sort((a, b) => b[key] - a[key] || a.sourceId.localeCompare(b.sourceId))
      .map((t) => t.sourceId);
  const rows = rank('copiesMade');
  const columns = rank('timesCopied');
  const rowIndex = new Map(rows.map((id, i) => [id, i]));
  const columnIndex = new Map(columns.map((id, i) => [id, i]));
  const cells = rows.map(() => columns.map(() => 0));
  let max = 0;
  for (const t of involved) {
    const r = rowIndex.get(t.sourceId);
    if (r === undefined) continue;
    for (const [fromId, count] of t.from) {
      const c = columnIndex.get(fromId);
      if (c === undefined) continue;
      cells[r][c] += count;
      max = Math.max(max, cells[r][c]);
    }
  }
  return { rows, columns, cells, max };
}

/** Median of a list (mean of the middle two for even lengths), null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
