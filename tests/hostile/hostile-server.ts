// The loopback routes of the hostile-feed tests: each path misbehaves in one way (see tests/fixtures/hostile/).
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
const MB = 1024 * 1024;

/** Text of the local file that the XXE document names; it must never reach the database. */
export const SECRET = 'feedfold-test-secret-7f3a9c1e-do-not-ingest';

function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Streams `total` bytes of filler in chunks, honouring backpressure, stopping when the client goes away. */
function streamFiller(res: http.ServerResponse, total: number, chunk: Buffer): void {
  let sent = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = (): void => {
    while (!closed && sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) res.end('</channel></rss>');
  };
  res.write('<rss version="2.0"><channel><title>Huge</title>');
  pump();
}

// A gzip bomb: about 64 MB of spaces inside a feed, compressed once per test file (tens of KB on the wire).
let bomb: Buffer | undefined;
/** The gzip bomb's bytes (built on first use). */
export function gzipBomb(): Buffer {
  bomb ??= zlib.gzipSync(Buffer.concat([Buffer.from('<rss version="2.0"><channel><title>'), Buffer.alloc(64 * MB, 0x20), Buffer.from('</title></channel></rss>')]), { level: 9 });
  return bomb;
}

function latin1(): Buffer {
  const text = fixture('latin1.txt').split('\n').filter((l) => !l.startsWith('#')).join('\n');
  return Buffer.from(text, 'latin1');
}

/** The request handler: `good` serves `goodFeed()`, every other path misbehaves. */
export function hostileRoutes(secretFile: string, goodFeed: () => string) {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const route = (req.url ?? '/').slice(1);
    const xml = (body: string | Buffer, type = 'application/rss+xml; charset=utf-8') => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    switch (route) {
      case 'good.xml':
        return xml(goodFeed());
      case 'malformed':
        return xml(fixture('malformed.xml'));
      case 'xxe':
        return xml(fixture('xxe.xml').replaceAll('SECRET_PATH', secretFile));
      case 'laughs':
        return xml(fixture('billion-laughs.xml'));
      case 'huge':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        return streamFiller(res, 100 * MB, Buffer.alloc(64 * 1024, 0x20));
      case 'huge-declared':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(100 * MB + 64) });
        return streamFiller(res, 100 * MB, Buffer.alloc(64 * 1024, 0x20));
      case 'gzip-bomb':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' });
        return void res.end(gzipBomb());
      case 'trickle': {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        const timer = setInterval(() => res.write(' '), 100);
        res.write('<rss version="2.0"><channel><title>Slow');
        return void res.on('close', () => clearInterval(timer));
      }
      case 'redirect-loop':
      case 'loop-a':
        res.writeHead(302, { Location: '/loop-b' });
        return void res.end();
      case 'loop-b':
        res.writeHead(301, { Location: '/loop-a' });
        return void res.end();
      case 'html':
        return xml(fixture('html-page.html'), 'text/html; charset=utf-8');
      case 'empty':
        return xml('');
      case 'error-500':
        res.writeHead(500, { 'Content-Type': 'text/html' });
        return void res.end('<html><body><h1>Internal Server Error</h1><p>Kidal</p></body></html>');
      case 'latin1-wrong':
        return xml(latin1(), 'application/rss+xml; charset=utf-8');
      case 'latin1-undeclared':
        return xml(latin1(), 'application/xml');
      default:
        res.writeHead(404);
        return void res.end('not found');
    }
  };
}
