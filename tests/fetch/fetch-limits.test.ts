import type { ServerResponse } from 'node:http';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.js';
import { createTracker, startLoopback } from './loopback.js';

const { track, closeAll } = createTracker();
afterEach(closeAll);

const MiB = 1024 * 1024;

/** Writes `total` bytes of filler lazily (one reused 64 KiB chunk, honouring backpressure); returns a byte counter. */
function streamFiller(target: NodeJS.WritableStream & { destroyed?: boolean }, total: number, chunkSize = 64 * 1024) {
  const chunk = Buffer.alloc(chunkSize, 0x20);
  const sent = { bytes: 0 };
  const pump = (): void => {
    while (sent.bytes < total && !target.destroyed) {
      sent.bytes += chunk.length;
      if (!target.write(chunk)) return void target.once('drain', pump);
    }
    if (sent.bytes >= total) target.end();
  };
  pump();
  return sent;
}

const compressors: Record<string, () => Transform> = {
  gzip: () => zlib.createGzip({ level: 1 }),
  deflate: () => zlib.createDeflate({ level: 1 }),
  br: () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }),
};

/** Serves 1 GiB of compressed zeros, compressed on the fly as the client reads. */
function serveBomb(res: ServerResponse, coding: string) {
  const compressor = compressors[coding]();
  res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': coding });
  compressor.pipe(res);
  res.on('close', () => compressor.destroy());
  return streamFiller(compressor as NodeJS.WritableStream & { destroyed?: boolean }, 1024 * MiB, MiB);
}

describe('fetchFeed limits', () => {
  it('times out a server that never answers', async () => {
    const server = track(await startLoopback(() => undefined));
    const result = await fetchFeed({ url: server.url() }, { timeoutMs: 200 });
    expect(result).toEqual({ kind: 'failed', code: 'FETCH_TIMEOUT', message: 'no complete response within 200 ms' });
  });

  it('times out a server that trickles one byte every 200 ms (the deadline covers the body)', async () => {
    let written = 0;
    const server = track(
      await startLoopback((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => {
          written += 1;
          res.write('<');
        }, 200);
        res.on('close', () => clearInterval(timer));
      }),
    );
    const result = await fetchFeed({ url: server.url() }, { timeoutMs: 500 });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TIMEOUT' });
    expect(written).toBeGreaterThan(0);
  });

  it('cuts a lazily streamed 100 MB body at the cap and closes the connection', async () => {
    let sent = { bytes: 0 };
    const server = track(
      await startLoopback((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        sent = streamFiller(res, 100 * MiB);
      }),
    );
    const result = await fetchFeed({ url: server.url() }, { maxBodyBytes: 256 * 1024, timeoutMs: 5000 });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TOO_LARGE', status: 200 });
    // Socket buffers hold a few MiB at most: the server was stopped long before 100 MB.
    expect(sent.bytes).toBeLessThan(32 * MiB);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const server = track(
      await startLoopback((_req, res) => {
        res.writeHead(200, { 'content-length': String(200 * MiB) });
        res.write('<rss>');
      }),
    );
    const result = await fetchFeed({ url: server.url() }, { maxBodyBytes: MiB, timeoutMs: 2000 });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TOO_LARGE' });
    if (result.kind === 'failed') expect(result.message).toContain('Content-Length');
  });

  it.each(['gzip', 'deflate', 'br'])('stops a %s bomb (1 GiB of zeros) at the decoded cap', async (coding) => {
    let fed = { bytes: 0 };
    const server = track(await startLoopback((_req, res) => void (fed = serveBomb(res, coding))));
    const result = await fetchFeed({ url: server.url() }, { maxBodyBytes: 4 * MiB, maxDecodedBytes: 2 * MiB, timeoutMs: 10_000 });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TOO_LARGE' });
    if (result.kind === 'failed') expect(result.message).toContain('decompressed');
    expect(fed.bytes).toBeLessThan(512 * MiB);
  });

  it('rejects with the abort reason when the caller cancels, instead of returning a failure', async () => {
    const server = track(await startLoopback(() => undefined));
    const controller = new AbortController();
    const pending = fetchFeed({ url: server.url() }, { timeoutMs: 5000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('cancels a body in the middle of streaming', async () => {
    const server = track(
      await startLoopback((_req, res) => {
        res.writeHead(200);
        res.write('<rss>');
      }),
    );
    const controller = new AbortController();
    const pending = fetchFeed({ url: server.url() }, { timeoutMs: 5000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    await expect(pending).rejects.toThrow('shutting down');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const server = track(await startLoopback((_req, res) => res.end('<rss/>')));
    await expect(fetchFeed({ url: server.url() }, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});
