// What every table module receives: the connection and the change signal (fired after commits, never inside).
import type Database from 'better-sqlite3';

/** Handed to each table module factory (`createXxxTable(ctx)`). */
export interface TableContext {
  db: Database.Database;
  /** Call after a write that adds or changes items or clusters; listeners run once the outermost commit is done. */
  markChanged(): void;
}

/** The change bus behind `store.onChange`, plus the hook that defers its signal to the commit. */
export interface ChangeBus extends TableContext {
  onChange(listener: () => void): () => void;
  /** Call when a transaction ended: fires the listeners after a commit, drops the signal after a rollback. */
  settle(committed: boolean): void;
  /** Fires the listeners when another connection (a separate `feedfold poll`) commits; returns a stop function. */
  watchOtherWriters(intervalMs: number): () => void;
}

/** Creates the bus for one connection. */
export function createChangeBus(db: Database.Database): ChangeBus {
  const listeners = new Set<() => void>();
  let pending = false;
  const flush = (): void => {
    if (!pending || db.inTransaction) return;
    pending = false;
    for (const listener of [...listeners]) listener();
  };
  return {
    db,
    markChanged() {
      pending = true;
      flush();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchOtherWriters(intervalMs) {
      // PRAGMA data_version changes only when another connection commits: one cheap read per tick, off the
      // request path, so cached feeds stay fresh without the 304 path ever touching SQLite.
      const version = (): number => db.pragma('data_version', { simple: true }) as number;
      let seen = version();
      const timer = setInterval(() => {
        if (!db.open) return clearInterval(timer);
        const now = version();
        if (now === seen) return;
        seen = now;
        pending = true;
        flush();
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
    settle(committed) {
      // A rolled-back outermost transaction changed nothing: drop the signal it raised.
      if (!committed && !db.inTransaction) pending = false;
      flush();
    },
  };
}
