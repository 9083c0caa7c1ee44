// Adapts the store's sources table to the scheduler's view: only the current config's sources are scheduled.
import type { Config } from '../model.js';
import type { SchedulerSources } from '../schedule/types.js';
import type { Store } from '../store/index.js';

/** The scheduler's sources: rows of the store whose id is in the current config (read at each call). */
export function createSchedulerSources(store: Store, getConfig: () => Config, now: () => number = Date.now): SchedulerSources {
  return {
    async list() {
      const wanted = new Set(getConfig().sources.map((s) => s.id));
      return (await store.sources.list()).filter((s) => wanted.has(s.id) && s.removedAt === undefined);
    },
    get(id) {
      return store.sources.get(id);
    },
    async saveSchedule(id, patch) {
      await store.transaction(async (tx) => {
        await tx.sources.setNextDueAt(id, patch.nextDueAt);
        if (patch.disabledReason) await tx.sources.disable(id, patch.disabledReason);
      });
    },
    async recordCrash(id, message) {
      await store.sources.recordFailure(id, { now: now(), code: 'INTERNAL', message: `internal error: ${message}` });
    },
  };
}
