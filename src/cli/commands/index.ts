// The command registry: one line per command, loaded only when run (or listed by --help).
import type { Command } from '../command.js';

type Loader = () => Promise<{ command: Command }>;

/** Command name → module loader, in the order `feedfold --help` lists them. */
export const COMMANDS: Record<string, Loader> = {
  poll: () => import('./poll.js'),
  items: () => import('./items.js'),
  sources: () => import('./sources.js'),
  opml: () => import('./opml.js'),
  config: () => import('./config.js'),
  demo: () => import('./demo.js'),
  serve: () => import('./serve.js'),
  report: () => import('./report.js'),
  export: () => import('./export.js'),
  clusters: () => import('./clusters.js'),
  dedup: () => import('./dedup.js'),
  worker: () => import('./worker.js'),
  queue: () => import('./queue.js'),
};
