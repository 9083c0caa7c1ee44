// Serves the files of one folder on 127.0.0.1 with feed Content-Types and conditional GET (ETag, Last-Modified);
// a view can replace a file's bytes per request (the demo's replay serves each feed as it was at the clock).
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** How to serve a folder. */
export interface ServeDirectoryOptions {
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Port (default 0: any free port). */
  port?: number;
  /** Content-Type for a file name, overriding the built-in rules; undefined falls back to them. */
  contentType?: (name: string) => string | undefined;
  /** What to send instead of a file's bytes (`name` relative to the folder); undefined sends the file. */
  view?: (name: string, body: Buffer) => ServedView | undefined;
  /** Clock for the Date header (default: the real one). */
  now?: () => number;
}

/** The bytes sent for one file at one moment, and when they last changed (epoch ms, for Last-Modified). */
export interface ServedView {
  body: Buffer;
  modifiedAt: number;
}

/** A running file server. */
export interface ServedDirectory {
  /** Base URL without a trailing slash: `${url}/<file>` serves `<dir>/<file>`. */
  url: string;
  close(): Promise<void>;
}

/** The Content-Type for a file name: feeds by extension; names containing `cp1252` get no charset, so the
 *  client must find the encoding in the document itself. */
export function contentTypeFor(name: string): string {
  const lower = name.toLowerCase();
  const charset = lower.includes('cp1252') ? '' : '; charset=utf-8';
  const ext = path.extname(lower);
  if (ext === '.xml' || ext === '.rss' || ext === '.rdf') return `application/rss+xml${charset}`;
  if (ext === '.atom') return `application/atom+xml${charset}`;
  if (ext === '.json') return `application/feed+json${charset}`;
  if (ext === '.html' || ext === '.htm') return `text/html${charset}`;
  if (ext === '.opml') return `text/x-opml${charset}`;
  return 'application/octet-stream';
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  etag: string;
  modifiedAt: number;
}

/** Serves `dir` (GET/HEAD only, no listing, nothing outside it) until closed. Files are sent byte for byte unless
 *  a view replaces them; the ETag is a hash of the bytes sent, so it changes whenever they do. */
export async function serveDirectory(dir: string, options: ServeDirectoryOptions = {}): Promise<ServedDirectory> {
  const root = path.resolve(dir);
  const cache = new Map<string, CachedFile>();
  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('internal error\n');
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(root, name);
    if (!name || !file.startsWith(root + path.sep)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const cached = await readCached(file);
    if (!cached) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const view = options.view?.(path.relative(root, file).split(path.sep).join('/'), cached.body);
    const entry = view ? { ...view, etag: etagOf(view.body) } : cached;
    const headers = { etag: entry.etag, 'last-modified': new Date(entry.modifiedAt).toUTCString(), 'cache-control': 'no-cache' };
    if (options.now) response.setHeader('date', new Date(options.now()).toUTCString());
    const ifNoneMatch = request.headers['if-none-match'];
    const ifModifiedSince = request.headers['if-modified-since'];
    const fresh = ifNoneMatch
      ? ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*')
      : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Math.floor(entry.modifiedAt / 1000) * 1000;
    if (fresh) {
      response.writeHead(304, headers).end();
      return;
    }
    const type = options.contentType?.(path.basename(file)) ?? contentTypeFor(path.basename(file));
    response.writeHead(200, { ...headers, 'content-type': type, 'content-length': entry.body.length });
    response.end(request.method === 'HEAD' ? undefined : entry.body);
  }

  async function readCached(file: string): Promise<CachedFile | undefined> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit;
    const body = await fs.readFile(file);
    const entry = { mtimeMs: stat.mtimeMs, size: stat.size, body, etag: etagOf(body), modifiedAt: stat.mtimeMs };
    cache.set(file, entry);
    return entry;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function etagOf(body: Buffer): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
}
