// Benchmark helper: a loopback feed server (conditional GET, gzip/br, bombs, endless bodies) and a fetch
// benchmark over it; runFetchBench can be registered in bench/run-all.ts as `fetch`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { fetchFeed } from '../src/fetch/index.js';

/** One document the server can serve at a path. */
export interface ServedFeed {
  body: Buffer;
  contentType?: string;
  etag?: string;
}

/** A running feed server; `stats` counts requests, 304s, feed bytes and filler (endless-body) bytes. */
export interface FeedServer {
  url(path: string): string;
  stats: { requests: number; notModified: number; bytesOut: number; fillerBytes: number };
  close(): Promise<void>;
}

/**
 * Serves `feeds` by path on 127.0.0.1. `?enc=gzip|br` compresses, an If-None-Match equal to the ETag gets a
 * 304, `/bomb?enc=gzip` streams 1 GiB of compressed zeros and `/endless` 100 MB of spaces, both lazily.
 */
export async function startFeedServer(feeds: Record<string, ServedFeed>): Promise<FeedServer> {
  const stats = { requests: 0, notModified: 0, bytesOut: 0, fillerBytes: 0 };
  const server = http.createServer((req, res) => {
    stats.requests += 1;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const enc = url.searchParams.get('enc') ?? '';
    if (url.pathname === '/bomb' || url.pathname === '/endless') return void streamFiller(res, url.pathname === '/bomb' ? enc || 'gzip' : '', stats);
    const feed = feeds[url.pathname];
    if (!feed) return void res.writeHead(404).end();
    if (feed.etag && req.headers['if-none-match'] === feed.etag) {
      stats.notModified += 1;
      return void res.writeHead(304, { etag: feed.etag }).end();
    }
    const body = encoded(feed, enc);
    stats.bytesOut += body.length;
    const headers: http.OutgoingHttpHeaders = { 'content-type': feed.contentType ?? 'application/rss+xml; charset=utf-8' };
    if (enc) headers['content-encoding'] = enc;
    if (feed.etag) headers.etag = feed.etag;
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    stats,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const cache = new WeakMap<ServedFeed, Map<string, Buffer>>();

/** The feed body in a content coding, compressed once (the server's cost is not what is measured). */
function encoded(feed: ServedFeed, enc: string): Buffer {
  const byCoding = cache.get(feed) ?? new Map<string, Buffer>();
  cache.set(feed, byCoding);
  let body = byCoding.get(enc);
  if (!body) {
    body = enc === 'gzip' ? zlib.gzipSync(feed.body) : enc === 'br' ? zlib.brotliCompressSync(feed.body) : feed.body;
    byCoding.set(enc, body);
  }
  return body;
}

function streamFiller(res: http.ServerResponse, coding: string, stats: FeedServer['stats']): void {
  const compressor = coding === 'br' ? zlib.createBrotliCompress() : coding === 'gzip' ? zlib.createGzip({ level: 1 }) : undefined;
  res.writeHead(200, coding ? { 'content-encoding': coding } : {});
  const sink: NodeJS.WritableStream = compressor ?? res;
  compressor?.pipe(res);
  res.on('close', () => compressor?.destroy());
  const chunk = Buffer.alloc(1024 * 1024, coding ? 0 : 0x20);
  let fed = 0;
  const pump = (): void => {
    while (fed < (coding ? 1024 : 100) * chunk.length && !res.destroyed) {
      fed += chunk.length;
      stats.fillerBytes += coding ? 0 : chunk.length;
      if (!sink.write(chunk)) return void sink.once('drain', pump);
    }
    if (!res.destroyed) sink.end();
  };
  pump();
}

/** A synthetic RSS feed of `items` items (~1.5 KB each). */
export function makeFeed(items: number): Buffer {
  const parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench</title>'];
  for (let i = 0; i < items; i++) {
    const text = `Kidal, item ${i}: l’armée malienne et les forces du nord. `.repeat(20);
    parts.push(`<item><title>Item ${i}</title><guid>bench-${i}</guid><description>${text}</description></item>`);
  }
  parts.push('</channel></rss>');
  return Buffer.from(parts.join(''), 'utf8');
}

/** Fetch latency (median of n) per variant, and the memory a bomb and an endless body cost. */
export async function runFetchBench(): Promise<Record<string, unknown>> {
  const feed = makeFeed(300);
  const server = await startFeedServer({ '/feed.xml': { body: feed, etag: '"b1"' } });
  const settings = { timeoutMs: 30_000 };
  const median = async (url: string, etag?: string, n = 30): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const r = await fetchFeed({ url, etag }, settings);
      times.push(performance.now() - t0);
      if (r.kind === 'failed') throw new Error(r.message);
    }
    return Number(times.sort((a, b) => a - b)[Math.floor(n / 2)].toFixed(2));
  };
  const peak = async (url: string, limits: object) => {
    const before = process.memoryUsage().rss;
    let max = before;
    const timer = setInterval(() => (max = Math.max(max, process.memoryUsage().rss)), 5);
    const t0 = performance.now();
    const result = await fetchFeed({ url }, { ...settings, ...limits });
    clearInterval(timer);
    return {
      code: result.kind === 'failed' ? result.code : result.kind,
      ms: Math.round(performance.now() - t0),
      rssGrowthMiB: Number(((max - before) / 2 ** 20).toFixed(1)),
    };
  };
  try {
    const out = {
      feedBytes: feed.length,
      plainMs: await median(server.url('/feed.xml')),
      gzipMs: await median(server.url('/feed.xml?enc=gzip')),
      brMs: await median(server.url('/feed.xml?enc=br')),
      notModifiedMs: await median(server.url('/feed.xml'), '"b1"'),
      gzipBomb1GiB: await peak(server.url('/bomb?enc=gzip'), {}),
      brBomb1GiB: await peak(server.url('/bomb?enc=br'), {}),
      endless100MB: await peak(server.url('/endless'), {}),
    };
    return { ...out, endlessBytesServed: server.stats.fillerBytes };
  } finally {
    await server.close();
  }
}
