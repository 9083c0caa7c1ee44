// The offline demo: serve config/demo/feeds on 127.0.0.1 and poll them into a fresh database, either replaying
// the story round by round as a running service would have seen it (default) or in one single poll.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseTarget, loadConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import type { Cluster, Config, StoredItem } from '../model.js';
import { canonicalizeUrl } from '../parse/index.js';
import { pollAll, type PipelineDeps, type PollOutcome } from '../pipeline.js';
import { openStore, type Store } from '../store/index.js';
import { planReplay, viewAt, type ReplayPlan } from './feed-timeline.js';
import { compareWithLabels, readLabels, type Detected, type LabelComparison } from './labels.js';
import { replayRounds, type DemoRound } from './replay.js';
import { serveDirectory } from './serve-directory.js';

/** The bundled demo folder (demo.yaml, feeds/, labels.json). */
export const DEMO_DIR = fileURLToPath(new URL('../../config/demo/', import.meta.url));

/** How to run the demo. */
export interface RunDemoOptions {
  demoDir?: string;
  /** Database file, recreated each run (default data/demo.db under cwd). */
  dbPath?: string;
  cwd: string;
  /** 'replay' (default): poll in rounds from the first item date to the last, the clock at each round's time and
   *  each feed served as it was then. 'single': serve every item at once and poll one cycle. */
  mode?: 'replay' | 'single';
  /** Replay: minutes between rounds (default 30; rounds in which nothing appears are skipped). */
  stepMinutes?: number;
  /** Replay: the end of the replay (rounds after it are not held). Single: the clock of the poll, default one
   *  hour after the newest believable item date. */
  now?: () => number;
  /** Progress callback while sources are polled (single mode). */
  onOutcome?: (outcome: PollOutcome, done: number, total: number) => void;
  /** Progress callback after each round (replay mode). */
  onRound?: (round: DemoRound, done: number, total: number) => void;
}

/** A cluster with its items, ready to print. */
export interface DemoCluster {
  cluster: Cluster;
  items: Map<number, StoredItem>;
}

/** Everything the demo found. */
export interface DemoResult {
  mode: 'replay' | 'single';
  feedsUrl: string;
  dbPath: string;
  config: Config;
  /** One per source (replay: the rounds' outcomes merged). */
  outcomes: PollOutcome[];
  /** Replay: the rounds in order, and the minutes between them; empty for a single poll. */
  rounds: DemoRound[];
  stepMinutes?: number;
  storedItems: number;
  offTopic: number;
  /** Clusters with copies (two members or more), newest activity first. */
  clusters: DemoCluster[];
  comparison?: LabelComparison;
}

/** Runs the demo end to end; the database stays for `feedfold report --db` / `serve --db` afterwards. */
export async function runDemo(options: RunDemoOptions): Promise<DemoResult> {
  const demoDir = options.demoDir ?? DEMO_DIR;
  for (const part of ['demo.yaml', 'feeds']) {
    if (!fs.existsSync(path.join(demoDir, part))) {
      throw new UsageError(`demo: ${demoDir} has no ${part} (a demo folder holds demo.yaml, feeds/ and labels.json, like config/demo)`);
    }
  }
  const mode = options.mode ?? 'replay';
  const defaultDb = path.resolve(options.cwd, 'data/demo.db');
  const dbPath = path.resolve(options.cwd, options.dbPath ?? defaultDb);
  if (dbPath !== defaultDb) await assertDisposable(dbPath);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  const feedsDir = path.join(demoDir, 'feeds');
  const plan = await planReplay(feedsDir, { stepMinutes: options.stepMinutes, end: mode === 'replay' ? options.now?.() : undefined });
  const rounds = mode === 'single' ? [] : plan.rounds.length > 0 ? plan.rounds : [Date.now()];
  let clock = mode === 'single' ? (options.now ?? clockAfterNewest(plan))() : rounds[0];
  const now = mode === 'single' && options.now ? options.now : () => clock;
  const served = await serveDirectory(feedsDir, { now, view: mode === 'replay' ? (name) => viewAt(plan.feeds.get(name), clock) : undefined });
  try {
    const config = loadConfig({
      file: path.join(demoDir, 'demo.yaml'),
      cwd: options.cwd,
      overrides: { database: { path: dbPath } },
      rewriteSourceUrl: (url) => (url.startsWith('demo:') ? `${served.url}/${encodeURIComponent(url.slice(5))}` : url),
    });
    const store = await openStore(databaseTarget(config), { now });
    try {
      await store.sources.sync(config.sources, now());
      const deps: PipelineDeps = { store, config, now };
      const polled = mode === 'single'
        ? { rounds: [], outcomes: await pollAll(deps, { onOutcome: options.onOutcome }) }
        : await replayRounds(deps, { rounds, setClock: (at) => (clock = at), published: plan.appearing, onRound: options.onRound });
      const stepMinutes = mode === 'replay' ? plan.stepMinutes : undefined;
      return { mode, feedsUrl: served.url, dbPath, config, ...polled, stepMinutes, ...(await gather(store, config, polled.outcomes, demoDir)) };
    } finally {
      await store.close();
    }
  } finally {
    await served.close();
  }
}

async function gather(store: Store, config: Config, outcomes: PollOutcome[], demoDir: string) {
  const storedItems = await store.items.count();
  const offTopic = outcomes.reduce((sum, o) => sum + o.offTopic, 0);
  const clusters: DemoCluster[] = [];
  for (const cluster of await store.clusters.list({ minSize: 2 })) {
    const items = await store.items.getMany(cluster.members.map((m) => m.itemId));
    clusters.push({ cluster, items: new Map(items.map((i) => [i.id, i])) });
  }
  const labels = readLabels(path.join(demoDir, 'labels.json'));
  const comparison = labels ? compareWithLabels(labels, detector(config, outcomes, await store.items.list(), clusters)) : undefined;
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

/** The single poll's default clock: one hour after the newest believable item date (dates more than 30 days
 *  from the median are typos or traps: a demo item claims 2031), or the real clock when the feeds carry none. */
function clockAfterNewest(plan: ReplayPlan): () => number {
  if (plan.newest === undefined) return Date.now;
  const at = plan.newest + 3_600_000;
  return () => at;
}

/** Refuses to wipe a database that is not a demo's (one whose sources are not all on the loopback server). */
async function assertDisposable(file: string): Promise<void> {
  if (!fs.existsSync(file)) return;
  let store: Store | undefined;
  try {
    store = await openStore(file, { readonly: true });
    const foreign = (await store.sources.list()).filter((s) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(s.url));
    if (foreign.length === 0) return;
  } catch {
    // Not readable as a feedfold database: certainly not ours to delete.
  } finally {
    await store?.close();
  }
  throw new UsageError(`demo: ${file} exists and is not a demo database; the demo recreates its database, so give a new file`);
}
