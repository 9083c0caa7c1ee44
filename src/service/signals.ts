// Process signals and the one-time stop of a long-running process (the service, a worker): SIGTERM/SIGINT stop
// it, SIGHUP reloads the config.
import type { Logger } from '../observe/logger.js';

/** What each signal does. */
export interface SignalHandlers {
  /** SIGTERM or SIGINT: a graceful stop. A second one while stopping calls `onForce`. */
  onStop(signal: NodeJS.Signals): void;
  onForce(signal: NodeJS.Signals): void;
  /** SIGHUP. */
  onReload(): void;
}

/** Installs the handlers on `process`; returns a function that removes them. */
export function installSignalHandlers(handlers: SignalHandlers): () => void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return handlers.onForce(signal);
    stopping = true;
    handlers.onStop(signal);
  };
  const reload = (): void => handlers.onReload();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('SIGHUP', reload);
  return () => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    process.off('SIGHUP', reload);
  };
}

/** How a long-running process stops (the service, a worker). */
export interface StopOnceOptions {
  logger: Logger;
  /** Everything a stop does, in order; it logs its own lines. Runs once, however often stop is called. */
  shutdown(reason: string): Promise<void>;
  /** The error line logged when `shutdown` throws (the exit code is then 1). */
  failureMessage: string;
  /** Install SIGTERM/SIGINT (stop) and SIGHUP (`onReload`) handlers; false leaves signals alone. */
  signals: false | { onReload(): void };
}

/** A process's stop: `stop(reason)` runs the shutdown once; `done` resolves with the exit code afterwards. Signal
 *  handlers stay until the shutdown ends, so a second SIGTERM/SIGINT during it forces the exit. */
export function createStopOnce(options: StopOnceOptions): { stop(reason: string): Promise<void>; done: Promise<number> } {
  const { logger } = options;
  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((resolve) => (resolveDone = resolve));
  let stopping: Promise<void> | undefined;
  let removeSignalHandlers = (): void => undefined;
  const stop = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      let code = 0;
      try {
        await options.shutdown(reason);
      } catch (error) {
        code = 1;
        logger.error({ err: error, reason }, options.failureMessage);
      } finally {
        removeSignalHandlers();
        resolveDone(code);
      }
    })();
    return stopping;
  };
  if (options.signals) {
    const { onReload } = options.signals;
    removeSignalHandlers = installSignalHandlers({
      onStop: (signal) => void stop(signal),
      onForce: (signal) => {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(1);
      },
      onReload,
    });
  }
  return { stop, done };
}
