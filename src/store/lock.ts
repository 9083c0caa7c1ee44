// An in-process lock: one holder at a time, waiters served in order, plus a way to wait until it is free.

/** A FIFO lock. */
export interface Lock {
  /** Resolves with a release function once this caller holds the lock. */
  acquire(): Promise<() => void>;
  /** Resolves when nobody holds the lock (at once when free). */
  idle(): Promise<void>;
}

/** Creates a lock. */
export function createLock(): Lock {
  let tail: Promise<void> = Promise.resolve();
  let held = 0;
  return {
    acquire() {
      const previous = tail;
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      tail = previous.then(() => mine);
      held++;
      return previous.then(() => () => {
        held--;
        release();
      });
    },
    async idle() {
      while (held > 0) await tail;
    },
  };
}
