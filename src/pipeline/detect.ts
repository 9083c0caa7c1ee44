// The dedup stage as the pipeline calls it: detectCopies inside the source's transaction, as a savepoint.
import { detectCopies } from '../dedup/index.js';
import type { Config, CopyKind, SourceRole } from '../model.js';
import type { PipelineDeps, PollOutcome } from '../pipeline.js';
import type { Store } from '../store/index.js';

/** A copy detector: the dedup stage's detectCopies (contracts.md), or a stand-in in tests. It runs inside a
 *  transaction and must use the store it is given. */
export type DetectCopies = (
  store: Store,
  itemIds: number[],
  settings: Config['dedup'],
  context: { now: number; roles: Map<string, SourceRole> },
) => Promise<{ copies?: Partial<Record<CopyKind, number>> } | undefined>;

/** The detector polls use unless told otherwise. */
export const defaultDetector: DetectCopies = detectCopies;

/** Runs the detector on new items inside the source's transaction `tx`, as a savepoint: if it fails, its writes
 *  are undone but the items are still committed (`feedfold dedup rebuild` catches them up later). */
export async function runDetect(tx: Store, deps: PipelineDeps, detect: DetectCopies, ids: number[], outcome: PollOutcome): Promise<void> {
  const roles = new Map<string, SourceRole>(deps.config.sources.map((s) => [s.id, s.role]));
  try {
    const found = await tx.transaction((savepoint) => detect(savepoint, ids, deps.config.dedup, { now: deps.now(), roles }));
    outcome.copies = found?.copies;
  } catch (error) {
    outcome.dedupError = (error as Error).message;
    deps.logger?.error({ source: outcome.sourceId, err: error }, 'copy detection failed; run `feedfold dedup rebuild`');
  }
}
