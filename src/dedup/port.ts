// What detection needs from the store (satisfied structurally by the real Store: the SQLite table modules
// src/store/sqlite/dedup.ts and clusters.ts implement the synchronous ports below, and every backend offers them
// asynchronously). Plain records only, so the store never depends on dedup logic.
import type { CopyEvent, CopyKind, DupEdge, OriginalReason, SourceRole, StoredItem } from '../model.js';
import type { Async, AsyncDedupTable } from '../store/types.js';

/** A stored posting that matched a looked-up key. */
export interface PostingHit {
  key: number;
  itemId: number;
  pos: number;
}

/** A span of an item's text left out of similarity (offsets index StoredItem.text, end exclusive). */
export interface BoilerplateSpan {
  from: number;
  to: number;
  why: string;
}

/** A credit recorded for an item (agency, credit line, byline, "first appeared on"). */
export interface CreditRecord {
  name: string;
  kind: string;
  from: number;
  to: number;
}

/** What detection remembers about a processed item. */
export interface DedupItemRecord {
  itemId: number;
  sourceId: string;
  firstSeenAt: number;
  seg: number;
  coreHash: number;
  tokens: number;
  /** MinHash of the content-word set (empty when the text is too short). */
  wordSketch: Uint32Array;
  boilerplate: BoilerplateSpan[];
  credits: CreditRecord[];
  processedAt: number;
}

/** What candidate filtering reads about a stored item. */
export type ItemMeta = Pick<DedupItemRecord, 'itemId' | 'sourceId' | 'firstSeenAt' | 'wordSketch'>;

/** A verified edge plus the single score clusters and reports sort on. */
export interface EdgeRecord extends DupEdge {
  score: number;
}

/** A cluster row (members are stored separately). */
export interface ClusterRecord {
  id: string;
  originalItemId: number;
  reason: OriginalReason;
  size: number;
  createdAt: number;
  updatedAt: number;
}

/** A membership row. */
export interface MemberRecord {
  itemId: number;
  kind?: Exclude<CopyKind, 'related'>;
  isOriginal: boolean;
  lagSeconds: number;
  score: number;
  credits: boolean;
  joinedAt: number;
}

/** The dedup table module (src/store/sqlite/dedup.ts); detection sees it through AsyncDedupTable. */
export interface DedupTablePort {
  getParams(): string | undefined;
  setParams(params: string, now: number): void;
  /** Starts a detection batch: refreshes what other connections changed, drops an unwritten batch. */
  beginBatch(): void;
  lookup(keys: readonly number[], segFrom: number, segTo: number, cap: number): { hits: PostingHit[]; saturated: Set<number> };
  addPostings(seg: number, itemId: number, keys: readonly number[], pos: readonly number[]): void;
  endBatch(): void;
  pruneBefore(seg: number): number;
  saveItem(record: DedupItemRecord): void;
  getItems(ids: readonly number[]): Map<number, DedupItemRecord>;
  /** The light part of item records (no JSON columns), for candidate filtering. */
  getMeta(ids: readonly number[]): Map<number, ItemMeta>;
  learnedBoilerplate(sourceId: string, hashes: readonly number[]): Map<number, string>;
  learnBoilerplate(sourceId: string, hash: number, items: number, now: number): void;
  docFrequencies(words: readonly number[]): Map<number, number>;
  docCount(): number;
  addDocFrequencies(words: ReadonlyMap<number, number>, docs: number): void;
  saveEdge(edge: EdgeRecord): void;
  deleteEdge(a: number, b: number): void;
  edgesOf(itemIds: readonly number[]): EdgeRecord[];
  allEdges(): Iterable<EdgeRecord>;
  boilerplateSpans(itemId: number): BoilerplateSpan[];
  clearDerived(): void;
  /** Item ids in first-seen order after the given position (keyset paging over all stored items). */
  itemIdsInOrder(after: { firstSeenAt: number; id: number } | undefined, limit: number): Array<{ id: number; firstSeenAt: number }>;
  memoryBytes(): number;
}

/** The clusters table module's write side and lookups (src/store/sqlite/clusters.ts). */
export interface ClustersWritePort {
  clusterOf(itemIds: readonly number[]): Map<number, string>;
  record(id: string): ClusterRecord | undefined;
  memberRecords(id: string): MemberRecord[];
  save(cluster: ClusterRecord, members: readonly MemberRecord[]): void;
  remove(id: string): void;
  addCopyEvent(event: CopyEvent): void;
  clearAll(): void;
  pruneCopyEvents(): number;
}

/** The slice of the Store that detection uses. */
export interface DedupStore {
  items: { getMany(ids: number[]): Promise<StoredItem[]> };
  sources: { get(id: string): Promise<{ id: string; title: string; role: SourceRole } | undefined> };
  dedup: AsyncDedupTable;
  clusters: Async<ClustersWritePort>;
  /** Runs `fn` in one transaction (a savepoint when nested); inside, use `tx`, never the outer store. */
  transaction<T>(fn: (tx: DedupStore) => Promise<T>): Promise<T>;
  /** Inside a transaction: waits until no other process runs copy detection, until the commit. */
  lockDetection(): Promise<void>;
}
