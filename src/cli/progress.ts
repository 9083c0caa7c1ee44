// A one-line progress bar for a terminal's stderr: redrawn in place, erased when done.
import type { Writable } from 'node:stream';

/** A progress bar handle. */
export interface Progress {
  update(done: number, total: number): void;
  clear(): void;
}

/** Creates a progress bar that draws `label [#####.....] 5/10` on `stream`. */
export function createProgress(stream: Writable, label: string, width = 24): Progress {
  let drawn = false;
  return {
    update(done, total) {
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
