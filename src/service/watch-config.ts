// Watches the config file for changes (debounced). The folder is watched, not the file: editors that save by
// writing a new file and renaming it over the old one would silently end a watch on the file itself.
import fs from 'node:fs';
import path from 'node:path';

/** How to watch. */
export interface WatchConfigOptions {
  /** Quiet time after the last event before `onChange` runs (default 300 ms). */
  debounceMs?: number;
  /** Told when watching fails (the folder vanished, too many watches). */
  onError?: (error: Error) => void;
}

/** Calls `onChange` once per burst of changes to `file`; returns a function that stops watching. */
export function watchConfigFile(file: string, onChange: () => void, options: WatchConfigOptions = {}): () => void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  let last = fingerprint(file);
  const fire = (): void => {
    timer = undefined;
    const now = fingerprint(file);
    // Skip events that changed nothing (touch, an editor's swap file dance ending where it began).
    if (now === last) return;
    last = now;
    onChange();
  };
  let watcher: fs.FSWatcher;
  try {
    watcher = fs.watch(dir, { persistent: false }, (_event, name) => {
      if (name !== null && name.toString() !== base) return;
      clearTimeout(timer);
      timer = setTimeout(fire, options.debounceMs ?? 300);
      timer.unref();
    });
  } catch (error) {
    options.onError?.(error as Error);
    return () => undefined;
  }
  watcher.on('error', (error) => options.onError?.(error));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

function fingerprint(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '\u0000missing';
  }
}
