// Whether the database still takes writes, checked cheaply and without leaving a trace.
import type { Store } from '../store/index.js';

/** Result of a write probe. */
export interface DatabaseProbe {
  writable: boolean;
  error?: string;
}

class ProbeRollback extends Error {}

/** Starts a write in a transaction and rolls it back: fails on a read-only, locked-out or closed database. */
export function probeDatabase(store: Store): DatabaseProbe {
  try {
    store.transaction(() => {
      // An UPDATE takes the write lock even when it matches no row; throwing rolls the transaction back.
      store.sources.setNextDueAt('\u0000feedfold-healthz-probe', undefined);
      throw new ProbeRollback();
    });
    return { writable: true };
  } catch (error) {
    if (error instanceof ProbeRollback) return { writable: true };
    return { writable: false, error: (error as Error).message };
  }
}
