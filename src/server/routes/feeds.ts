// GET/HEAD /feed.xml /feed.atom /feed.json /copies.xml /copies.atom: cached renderings with strong ETags,
// Last-Modified, 304s answered from memory, and gzip when the client asks.
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../app.js';
import { acceptsGzip, formatHttpDate, isNotModified } from '../../publish/conditional-get.js';
import { createFeedCache, type FeedCache, type FeedName } from '../../publish/feed-cache.js';
import type { FeedFormatName, FeedStoreReader } from '../../publish/feed-model.js';

/** The feed paths and what each serves. */
export const FEED_PATHS: ReadonlyArray<{ path: string; feed: FeedName; format: FeedFormatName }> = [
  { path: '/feed.xml', feed: 'feed', format: 'rss' },
  { path: '/feed.atom', feed: 'feed', format: 'atom' },
  { path: '/feed.json', feed: 'feed', format: 'json' },
  { path: '/copies.xml', feed: 'copies', format: 'rss' },
  { path: '/copies.atom', feed: 'copies', format: 'atom' },
];

const CACHE_CONTROL = 'public, max-age=300';

/** AppDeps as the feed routes use them: only the store's read methods are needed. */
export type FeedRoutesDeps = Omit<AppDeps, 'store'> & { store: FeedStoreReader };

/** Options for tests and benchmarks: share or inspect the rendered-feed cache. */
export interface FeedRoutesOptions {
  cache?: FeedCache;
}

async function serveFeed(c: Context, cache: FeedCache, feed: FeedName, format: FeedFormatName): Promise<Response> {
  const rendered = await cache.get(feed, format);
  const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
  const variant = gzip ? rendered.gzipped() : { body: rendered.body, etag: rendered.etag };
  const headers: Record<string, string> = {
    'Content-Type': rendered.contentType,
    ETag: variant.etag,
    'Last-Modified': formatHttpDate(rendered.lastModified),
    'Cache-Control': CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    // Public documents: browser-based readers may fetch them cross-origin.
    'Access-Control-Allow-Origin': '*',
  };
  const conditional = { ifNoneMatch: c.req.header('If-None-Match'), ifModifiedSince: c.req.header('If-Modified-Since') };
  // The 304 keeps the real Content-Type: without one, @hono/node-server would add text/plain, and a cache
  // refreshing its stored headers from the 304 would then serve the feed as text.
  if (isNotModified(conditional, rendered)) return c.body(null, 304, headers);
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(variant.body.byteLength);
  return c.body(new Uint8Array(variant.body.buffer as ArrayBuffer, variant.body.byteOffset, variant.body.byteLength), 200, headers);
}

/** Routes: the merged feed in three formats and the copy digest in two (HEAD is answered by the GET handlers). */
export function feedRoutes(deps: FeedRoutesDeps, options: FeedRoutesOptions = {}): Hono {
  const cache = options.cache ?? createFeedCache({ store: deps.store, config: deps.config, now: deps.now });
  const app = new Hono();
  for (const { path, feed, format } of FEED_PATHS) app.get(path, (c) => serveFeed(c, cache, feed, format));
  return app;
}
