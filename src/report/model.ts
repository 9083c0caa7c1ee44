// The copy-detection report model: one plain object built from the store, shared by every renderer.
// Times are epoch milliseconds; lags are seconds; scores and shares are 0..1.
import type { Cluster, CopyKind, DupEdge, OriginalReason, PairScores, Passage, SourceRecord, SourceRole, StoredItem } from '../model.js';

/** Bumped when a field is renamed or removed (adding fields keeps the version). */
export const REPORT_VERSION = 1;

/** The kinds a copy can have in the report; `related` items are never copies. */
export type ReportCopyKind = Exclude<CopyKind, 'related'>;

/** Every copy kind, in the order renderers list them. */
export const COPY_KINDS: readonly ReportCopyKind[] = ['exact', 'verbatim', 'boilerplate', 'edited', 'rewrite'];

/** The slice of the store the report reads (structurally satisfied by the real Store). */
export interface ReportStore {
  sources: { list(): Promise<SourceRecord[]> };
  items: {
    getMany(ids: number[]): Promise<StoredItem[]>;
    /** Items matching the filters; times compare COALESCE(publishedAt, firstSeenAt), `until` exclusive. */
    count(options: { sourceId?: string; since?: number; until?: number }): Promise<number>;
  };
  clusters: {
    list(options: { limit?: number; since?: number; minSize?: number }): Promise<Cluster[]>;
    edges(clusterId: string): Promise<DupEdge[]>;
  };
  dedup: { boilerplateSpans(itemId: number): Promise<BoilerplateSpan[]> };
}

/** What to show. A copy is kept when it passes every filter; a cluster is kept when one of its copies is. */
export interface ReportFilters {
  /** Copies that appeared at or after this time (epoch ms). */
  from?: number;
  /** Copies that appeared before this time (epoch ms). */
  to?: number;
  /** Copies made by, or copied from, one of these source ids. */
  sources?: string[];
  /** Only these copy kinds. */
  kinds?: ReportCopyKind[];
  /** Copies whose similarity score is at least this (0..1). */
  minScore?: number;
}

/** A span of added boilerplate in an item's text (offsets index StoredItem.text, end exclusive). */
export interface BoilerplateSpan {
  from: number;
  to: number;
  why: string;
}

/** One article as the report shows it. `appearedAt` is its credible time: published, else first seen. */
export interface ReportItem {
  itemId: number;
  sourceId: string;
  sourceTitle: string;
  title: string;
  /** Only http(s) links survive; anything else is dropped. */
  link?: string;
  publishedAt?: number;
  firstSeenAt: number;
  appearedAt: number;
}

/** A copied stretch: `originalFrom..originalTo` indexes the basis item's text, `copyFrom..copyTo` the copy's. */
export interface ReportPassage {
  kind: Passage['kind'];
  score: number;
  originalFrom: number;
  originalTo: number;
  copyFrom: number;
  copyTo: number;
}

/** One copy of a cluster's original. */
export interface ReportCopy extends ReportItem {
  kind: ReportCopyKind;
  lagSeconds: number;
  /** The engine's similarity score for this copy (what `minScore` filters on). */
  score: number;
  /** Pair scores against the basis item; absent when the engine kept no edge for the pair. */
  scores?: PairScores;
  /** Share of the original's text found in the copy (verbatim + paraphrase passages; quotes excluded). */
  copiedShare: number;
  /** Whether the copy credits the original's source. */
  credits: boolean;
  /** The item the passages were aligned against: the original, or another copy it was matched to. */
  basisItemId: number;
  passages: ReportPassage[];
  boilerplate: BoilerplateSpan[];
  text: string;
}

/** An independent report of the same event, linked to a cluster member but not a copy. */
export interface ReportRelated extends ReportItem {
  /** The cluster member it was compared with. */
  relatedToItemId: number;
  /** The copy cluster this item itself belongs to, when it is in one (its own original or copies). */
  clusterId?: string;
  scores: PairScores;
}

/** One original with its shown copies and related reports. */
export interface ReportCluster {
  id: string;
  reason: OriginalReason;
  createdAt: number;
  updatedAt: number;
  original: ReportItem & { text: string };
  copies: ReportCopy[];
  related: ReportRelated[];
}

/** Who copies whom, per source, over the filtered copies. */
export interface ReportSourceStats {
  sourceId: string;
  title: string;
  role: SourceRole;
  /** Items of this source that appeared in the period (all items, copied or not). */
  items: number;
  /** Shown clusters whose original is from this source. */
  originals: number;
  copiesMade: number;
  /** Copies of this source's originals made by others. */
  timesCopied: number;
  /** Copies made that credit the original's source. */
  credited: number;
  /** Sources this one copied from, most copied first. */
  copiesFrom: Array<{ sourceId: string; count: number }>;
  medianLagSeconds: number | null;
  /** copiesMade / items (0 when it has no items in the period). */
  copyRate: number;
}

/** `cells[r][c]` = copies made by `rows[r]` of originals from `columns[c]` (rows copy from columns). */
export interface ReportMatrix {
  /** Sources that made at least one shown copy, most copies first. */
  rows: string[];
  /** Sources whose originals were copied, most copied first. */
  columns: string[];
  cells: number[][];
  max: number;
}

/** One mark on the lag timeline. */
export interface ReportTimelinePoint {
  clusterId: string;
  itemId: number;
  sourceId: string;
  originalSourceId: string;
  kind: ReportCopyKind;
  lagSeconds: number;
  appearedAt: number;
  score: number;
}

/** Totals over every shown copy (also beyond the listed clusters). */
export interface ReportSummary {
  clusters: number;
  copies: number;
  /** Distinct related items listed with the shown clusters that are in no copy cluster themselves. */
  related: number;
  /** Sources that made or supplied at least one shown copy. */
  sourcesInvolved: number;
  byKind: Record<ReportCopyKind, number>;
  medianLagSeconds: number | null;
  credited: number;
}

/** The whole report: what every renderer receives. */
export interface ReportModel {
  version: number;
  /** The story followed (config topic.name), when known. */
  topic: string | null;
  generatedAt: number;
  filters: ReportFilters;
  summary: ReportSummary;
  clusters: ReportCluster[];
  sources: ReportSourceStats[];
  matrix: ReportMatrix;
  timeline: ReportTimelinePoint[];
}
