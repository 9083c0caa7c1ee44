// The offline demo: serve config/demo/feeds on 127.0.0.1, poll them once into a fresh database, gather the results.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import type { Cluster, Config, StoredItem } from '../model.js';
import { decodeBody } from '../fetch/index.js';
import { canonicalizeUrl, parseFeed } from '../parse/index.js';
import { pollAll, type PollOutcome } from '../pipeline.js';
import { openStore, type Store } from '../store/index.js';
import { compareWithLabels, readLabels, type Detected, type LabelComparison } from './labels.js';
import { contentTypeFor, serveDirectory } from './serve-directory.js';

/** The bundled demo folder (demo.yaml, feeds/, labels.json). */
export const DEMO_DIR = fileURLToPath(new URL('../../config/demo/', import.meta.url));

/** How to run the demo. */
export interface RunDemoOptions {
  demoDir?: string;
  /** Database file, recreated each run (default data/demo.db under cwd). */
  dbPath?: string;
  cwd: string;
  /** The clock; default: a replay clock one hour after the newest item of the demo feeds, so the feeds'
   *  dates are credible (copy lags are measured between publication times, and an item dated years before it
   *  was first seen is not believed). */
  now?: () => number;
  /** Progress callback while sources are polled. */
  onOutcome?: (outcome: PollOutcome, done: number, total: number) => void;
}

/** A cluster with its items, ready to print. */
export interface DemoCluster {
  cluster: Cluster;
  items: Map<number, StoredItem>;
}

/** Everything the demo found. */
export interface DemoResult {
  feedsUrl: string;
  dbPath: string;
  config: Config;
  outcomes: PollOutcome[];
  storedItems: number;
  offTopic: number;
  /** Clusters with copies (two members or more), newest activity first. */
  clusters: DemoCluster[];
  comparison?: LabelComparison;
}

/** Runs the demo end to end; the database stays for `feedfold report --db` / `serve --db` afterwards. */
export async function runDemo(options: RunDemoOptions): Promise<DemoResult> {
  const demoDir = options.demoDir ?? DEMO_DIR;
  const defaultDb = path.resolve(options.cwd, 'data/demo.db');
  const dbPath = path.resolve(options.cwd, options.dbPath ?? defaultDb);
  if (dbPath !== defaultDb) assertDisposable(dbPath);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  const feedsDir = path.join(demoDir, 'feeds');
  const now = options.now ?? (await replayClock(feedsDir));
  const served = await serveDirectory(feedsDir);
  try {
    const config = loadConfig({
      file: path.join(demoDir, 'demo.yaml'),
      cwd: options.cwd,
      overrides: { database: { path: dbPath } },
      rewriteSourceUrl: (url) => (url.startsWith('demo:') ? `${served.url}/${encodeURIComponent(url.slice(5))}` : url),
    });
    const store = openStore(dbPath, { now });
    try {
      store.sources.sync(config.sources, now());
      const outcomes = await pollAll({ store, config, now }, { onOutcome: options.onOutcome });
      return { feedsUrl: served.url, dbPath, config, outcomes, ...gather(store, config, outcomes, demoDir) };
    } finally {
      store.close();
    }
  } finally {
    await served.close();
  }
}

function gather(store: Store, config: Config, outcomes: PollOutcome[], demoDir: string) {
  const storedItems = store.items.count();
  const offTopic = outcomes.reduce((sum, o) => sum + o.offTopic, 0);
  const clusters = store.clusters.list({ minSize: 2 }).map((cluster) => ({
    cluster,
    items: new Map(store.items.getMany(cluster.members.map((m) => m.itemId)).map((i) => [i.id, i])),
  }));
  const labels = readLabels(path.join(demoDir, 'labels.json'));
  const comparison = labels ? compareWithLabels(labels, detector(config, outcomes, store.items.list(), clusters)) : undefined;
  return { storedItems, offTopic, clusters, comparison };
}

/** Finds each labelled item among the stored ones (by feed file and canonical link) and its cluster. */
function detector(config: Config, outcomes: PollOutcome[], items: StoredItem[], clusters: DemoCluster[]) {
  const sourceByFile = new Map(config.sources.map((s) => [decodeURIComponent(s.url.slice(s.url.lastIndexOf('/') + 1)), s.id]));
  const failed = new Set(outcomes.filter((o) => o.outcome === 'failed').map((o) => o.sourceId));
  const membership = new Map<number, { key: string; isOriginal: boolean; kind?: string }>();
  for (const { cluster } of clusters) {
    for (const m of cluster.members) membership.set(m.itemId, { key: cluster.id, isOriginal: m.isOriginal, kind: m.kind });
  }
  return (label: { feed: string; link: string; title: string }): Detected => {
    const sourceId = sourceByFile.get(label.feed);
    const link = canonicalizeUrl(label.link) ?? label.link;
    const item = items.find((i) => i.sourceId === sourceId && (i.link === link || i.link === label.link)) ??
      items.find((i) => i.sourceId === sourceId && i.title === label.title);
    const sourceFailed = sourceId === undefined || failed.has(sourceId);
    if (!item) return { stored: false, sourceFailed };
    const member = membership.get(item.id);
    return { stored: true, sourceFailed, clusterKey: member?.key ?? `single-${item.id}`, isOriginal: member?.isOriginal, kind: member?.kind };
  };
}

/** A clock one hour after the newest believable item date of the feed files (the real clock if none): dates
 *  more than 30 days after the median are typos or traps (a demo item claims 2031) and are ignored. */
export async function replayClock(feedsDir: string): Promise<() => number> {
  const dates: number[] = [];
  for (const name of fs.readdirSync(feedsDir)) {
    try {
      const { text } = decodeBody(fs.readFileSync(path.join(feedsDir, name)), contentTypeFor(name));
      for (const item of (await parseFeed(text, `http://127.0.0.1/${name}`)).items) if (item.publishedAt !== undefined) dates.push(item.publishedAt);
    } catch {
      // A broken demo feed has no dates to offer; the poll will report it.
    }
  }
  if (dates.length === 0) return Date.now;
  dates.sort((a, b) => a - b);
  const median = dates[Math.floor(dates.length / 2)];
  const newest = dates.filter((d) => d <= median + 30 * 86_400_000).pop() ?? median;
  const at = newest + 3_600_000;
  return () => at;
}

/** Refuses to wipe a database that is not a demo's (one whose sources are not all on the loopback server). */
function assertDisposable(file: string): void {
  if (!fs.existsSync(file)) return;
  let store: Store | undefined;
  try {
    store = openStore(file, { readonly: true });
    const foreign = store.sources.list().filter((s) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(s.url));
    if (foreign.length === 0) return;
  } catch {
    // Not readable as a feedfold database: certainly not ours to delete.
  } finally {
    store?.close();
  }
  throw new UsageError(`demo: ${file} exists and is not a demo database; the demo recreates its database, so give a new file`);
}
