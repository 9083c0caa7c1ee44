// Rendered-feed cache: each feed/format is rendered at most once per store change (lazily, on the first request
// after it; requests arriving during that build share it), and its ETag, Last-Modified and gzip body are kept in
// memory so 304s never touch the database.
import { gzipSync } from 'node:zlib';
import type { Config } from '../model.js';
import { buildCopyDigest } from './build-copy-digest.js';
import { buildMergedFeed } from './build-merged-feed.js';
import { computeEtag, floorToSecond, gzipEtag } from './conditional-get.js';
import type { FeedFormatName, FeedModel, FeedStoreReader } from './feed-model.js';
import { contentTypes, renderers } from './renderers.js';

/** The published feeds: the merged story feed and the copy digest. */
export type FeedName = 'feed' | 'copies';

/** One rendered representation with its validators. */
export interface RenderedFeed {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Epoch ms, whole seconds; moves forward whenever the body changes. */
  lastModified: number;
  /** The gzip-coded body and its ETag, compressed on first demand. */
  gzipped(): { body: Buffer; etag: string };
}

/** Counters for tests, metrics and benchmarks. */
export interface FeedCacheStats {
  modelBuilds: number;
  renders: number;
  gzips: number;
  invalidations: number;
}

/** The cache the feed routes serve from. */
export interface FeedCache {
  get(feed: FeedName, format: FeedFormatName): Promise<RenderedFeed>;
  /** Drops everything rendered; the store's onChange does this automatically. */
  invalidate(): void;
  stats(): FeedCacheStats;
  /** Stops listening to the store. */
  close(): void;
}

/** What the cache needs. */
export interface FeedCacheOptions {
  store: FeedStoreReader;
  config: Config;
  now: () => number;
}

const builders: Record<FeedName, typeof buildMergedFeed> = { feed: buildMergedFeed, copies: buildCopyDigest };

function createRendered(body: Buffer, contentType: string, etag: string, lastModified: number, stats: FeedCacheStats): RenderedFeed {
  let gz: { body: Buffer; etag: string } | undefined;
  return {
    body,
    contentType,
    etag,
    lastModified,
    gzipped: () => {
      if (gz === undefined) {
        stats.gzips += 1;
        gz = { body: gzipSync(body, { level: 6 }), etag: gzipEtag(etag) };
      }
      return gz;
    },
  };
}

/** The cache state; the store's listener reaches it only through a WeakRef (see createFeedCache). */
class RenderedFeeds implements FeedCache {
  private readonly counters: FeedCacheStats = { modelBuilds: 0, renders: 0, gzips: 0, invalidations: 0 };
  private readonly models = new Map<FeedName, Promise<FeedModel>>();
  private readonly current = new Map<string, Promise<RenderedFeed>>();
  // The last rendering of each key survives invalidation, so Last-Modified can only move forward.
  private readonly previous = new Map<string, RenderedFeed>();
  // Bumped by each invalidation: a build that started before it serves its own requests but is not kept.
  private generation = 0;
  unsubscribe: () => void = () => undefined;

  constructor(private readonly options: FeedCacheOptions) {}

  get(feed: FeedName, format: FeedFormatName): Promise<RenderedFeed> {
    const key = `${feed}.${format}`;
    let rendered = this.current.get(key);
    if (rendered === undefined) {
      rendered = this.render(feed, format, key);
      forgetOnFailure(this.current, key, rendered);
    }
    return rendered;
  }

  invalidate(): void {
    this.counters.invalidations += 1;
    this.generation += 1;
    this.models.clear();
    this.current.clear();
  }

  stats(): FeedCacheStats {
    return { ...this.counters };
  }

  close(): void {
    this.unsubscribe();
  }

  private modelOf(feed: FeedName): Promise<FeedModel> {
    let model = this.models.get(feed);
    if (model === undefined) {
      this.counters.modelBuilds += 1;
      const { store, config, now } = this.options;
      model = builders[feed](store, config, { now: now() });
      forgetOnFailure(this.models, feed, model);
    }
    return model;
  }

  private async render(feed: FeedName, format: FeedFormatName, key: string): Promise<RenderedFeed> {
    const generation = this.generation;
    const model = await this.modelOf(feed);
    this.counters.renders += 1;
    const body = Buffer.from(renderers[format](model), 'utf8');
    const etag = computeEtag(body);
    const before = this.previous.get(key);
    if (before !== undefined && before.etag === etag) return before;
    let lastModified = floorToSecond(model.updated);
    // The body changed but no entry got newer (an edit, a removal): Last-Modified still has to move forward.
    if (before !== undefined && lastModified <= before.lastModified) lastModified = Math.max(floorToSecond(this.options.now()), before.lastModified + 1000);
    const rendered = createRendered(body, contentTypes[format], etag, lastModified, this.counters);
    if (generation === this.generation) this.previous.set(key, rendered);
    return rendered;
  }
}

// Caches a pending build under `key`, and drops it if it fails so that the next request tries again.
function forgetOnFailure<K, V>(cache: Map<K, Promise<V>>, key: K, pending: Promise<V>): void {
  cache.set(key, pending);
  pending.catch(() => {
    if (cache.get(key) === pending) cache.delete(key);
  });
}

/**
 * Creates the cache and subscribes it to `store.onChange`. The listener holds the cache weakly: an app rebuilt
 * on config reload drops its old cache, which is then collected and unsubscribes itself on the next change.
 */
export function createFeedCache(options: FeedCacheOptions): FeedCache {
  const cache = new RenderedFeeds(options);
  const ref = new WeakRef(cache);
  const unsubscribe = options.store.onChange(() => {
    const live = ref.deref();
    if (live === undefined) unsubscribe();
    else live.invalidate();
  });
  cache.unsubscribe = unsubscribe;
  return cache;
}
