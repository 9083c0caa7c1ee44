// The store as every other stage sees it: one asynchronous interface, two backends (src/store/sqlite on
// better-sqlite3, the embedded default; src/store/postgres on `pg`, for several workers). The table modules'
// method sets are those of the SQLite modules and of src/dedup/port.ts, each returning a promise.
import type { ClustersWritePort, DedupTablePort, EdgeRecord } from '../dedup/port.js';
import type { ClustersTable } from './sqlite/clusters.js';
import type { ItemsTable } from './sqlite/items.js';
import type { PollRunsTable } from './sqlite/poll-runs.js';
import type { SourcesTable } from './sqlite/sources.js';

/** The same methods, each returning a promise of what the synchronous one returns. */
export type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

/** The dedup table with `allEdges` as a list (a backend cannot hold a cursor open across awaits cheaply). */
export type AsyncDedupTable = Async<Omit<DedupTablePort, 'allEdges'>> & { allEdges(): Promise<EdgeRecord[]> };

/** Which backend a store runs on. */
export type StoreBackend = 'sqlite' | 'postgres';

/** The open store. A `transaction` callback receives a store bound to that transaction: use it (not the outer
 *  store) inside the callback, or the outer call waits for the transaction to end. */
export interface Store {
  readonly backend: StoreBackend;
  /** Where the data lives, for messages: a file path, or a postgres URL without its password. */
  readonly location: string;
  readonly sources: Async<SourcesTable>;
  readonly items: Async<ItemsTable>;
  readonly pollRuns: Async<PollRunsTable>;
  readonly dedup: AsyncDedupTable;
  readonly clusters: Async<ClustersTable & ClustersWritePort>;
  /** Runs `fn` in one transaction (nested calls become savepoints); change listeners fire after the commit. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** Inside a transaction: waits until no other process runs copy detection, and holds that until the commit
   *  (copy detection reads and rewrites clusters, so two detectors at once could split one story in two). */
  lockDetection(): Promise<void>;
  /** Calls `listener` after each commit that added or changed items or clusters; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Also notifies `onChange` listeners of commits made by other processes; returns a stop function. */
  watchOtherWriters(intervalMs: number): () => void;
  /** Whether the database takes writes (a write rolled back); the message says why not. */
  probeWritable(): Promise<{ writable: boolean; error?: string }>;
  /** Closes the connection(s). */
  close(): Promise<void>;
}
