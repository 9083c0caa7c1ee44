// Process signals of the service: SIGTERM/SIGINT stop it, SIGHUP reloads the config.

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
