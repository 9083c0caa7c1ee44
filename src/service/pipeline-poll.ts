// The scheduler's poll function: the pipeline's pollSource with the current config, adapted to a PollReport.
import type { Config } from '../model.js';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import { pollSource } from '../pipeline.js';
import type { PollFunction } from '../schedule/types.js';
import type { Store } from '../store/index.js';

/** What the poll function is built from. */
export interface PipelinePollDeps {
  store: Store;
  /** The current config, read at each poll (reloads apply to the next poll). */
  config: () => Config;
  now: () => number;
  logger: Logger;
  metrics: Metrics;
}

/** Builds the poll function; the scheduler counts and logs polls, so the pipeline gets neither metrics nor poll lines. */
export function createPipelinePoll(deps: PipelinePollDeps): PollFunction {
  // Only the pipeline's errors (a crash, a failed copy detection) go to the log: the scheduler writes the poll line.
  const quieter = deps.logger.levelVal > deps.logger.levels.values.error;
  const logger = deps.logger.child({ stage: 'pipeline' }, { level: quieter ? deps.logger.level : 'error' });
  return async (source, signal) => {
    const outcome = await pollSource({ store: deps.store, config: deps.config(), now: deps.now, logger }, source, { signal });
    return {
      sourceId: outcome.sourceId,
      outcome: outcome.outcome,
      itemsSeen: outcome.seen,
      itemsNew: outcome.newItems,
      errorCode: outcome.code,
      errorMessage: outcome.message,
      retryAfterSeconds: outcome.retryAfterSeconds,
      exactDuplicates: outcome.exactDuplicates,
      copies: outcome.copies as Record<string, number> | undefined,
    };
  };
}
