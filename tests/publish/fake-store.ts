// A fake implementing only the store read methods publishing uses (contracts.md), counting every call, so
// unit tests can prove what touches the store; integration tests use the real SQLite store instead.
import type { Cluster, StoredItem } from '../../src/model.js';
import type { CopyEventRecord, FeedStoreReader } from '../../src/publish/feed-model.js';

/** The fake store plus test controls. */
export interface FakeStore extends FeedStoreReader {
  calls: { list: number; copyEvents: number; getMany: number };
  /** Replaces the data and notifies onChange listeners, like a commit would. */
  commit(change: { clusters?: Cluster[]; items?: StoredItem[]; events?: CopyEventRecord[] }): void;
  listenerCount(): number;
}

/** Creates a fake store over the given model objects. */
export function createFakeStore(clusters: Cluster[], items: StoredItem[], events: CopyEventRecord[]): FakeStore {
  const state = { clusters, items, events };
  const listeners = new Set<() => void>();
  const calls = { list: 0, copyEvents: 0, getMany: 0 };
  return {
    calls,
    clusters: {
      list: async ({ limit = Infinity }) => {
        calls.list += 1;
        return [...state.clusters].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id)).slice(0, limit);
      },
      copyEvents: async ({ limit = Infinity }) => {
        calls.copyEvents += 1;
        return [...state.events].sort((a, b) => b.foundAt - a.foundAt || a.id.localeCompare(b.id)).slice(0, limit);
      },
    },
    items: {
      getMany: async (ids) => {
        calls.getMany += 1;
        return state.items.filter((i) => ids.includes(i.id));
      },
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commit: (change) => {
      Object.assign(state, change);
      for (const listener of listeners) listener();
    },
    listenerCount: () => listeners.size,
  };
}
