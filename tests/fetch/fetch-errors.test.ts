import type { LookupFunction } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.js';
import { closedPort, createTracker, readFixture, startLoopback } from './loopback.js';

const { track, closeAll } = createTracker();
afterEach(closeAll);

const settings = { timeoutMs: 2000 };
// 2023-11-14T16:00:00Z, the clock every Retry-After date below is read against.
const NOW = Date.UTC(2023, 10, 14, 16, 0, 0);

describe('fetchFeed HTTP failures', () => {
  it.each([
    { status: 404, headers: {}, expected: { code: 'FETCH_HTTP_404', message: 'HTTP 404 Not Found' } },
    { status: 410, headers: {}, expected: { code: 'FETCH_HTTP_410', message: 'HTTP 410 Gone' } },
    { status: 500, headers: {}, expected: { code: 'FETCH_HTTP_500', message: 'HTTP 500 Internal Server Error' } },
    { status: 403, headers: { 'retry-after': '60' }, expected: { code: 'FETCH_HTTP_403' } },
    { status: 429, headers: { 'retry-after': '120' }, expected: { code: 'FETCH_HTTP_429', retryAfterSeconds: 120 } },
    {
      status: 503,
      headers: { 'retry-after': 'Tue, 14 Nov 2023 16:01:30 GMT' },
      expected: { code: 'FETCH_HTTP_503', retryAfterSeconds: 90, message: 'HTTP 503 Service Unavailable (retry after 90 s)' },
    },
    { status: 503, headers: { 'retry-after': 'soon' }, expected: { code: 'FETCH_HTTP_503' } },
  ])('$status with $headers', async ({ status, headers, expected }) => {
    const server = track(
      await startLoopback((_req, res) => res.writeHead(status, { 'content-type': 'text/html', ...headers }).end('<h1>no</h1>')),
    );
    const result = await fetchFeed({ url: server.url() }, settings, { now: () => NOW });
    expect(result).toMatchObject({ kind: 'failed', status, ...expected });
    // The error page never reaches the parser.
    expect(result).not.toHaveProperty('text');
    if (!('retryAfterSeconds' in expected)) expect(result).not.toHaveProperty('retryAfterSeconds');
  });

  it.each(['', '   \n\t  \r\n'])('an empty 200 (%j) is FETCH_EMPTY', async (body) => {
    const server = track(await startLoopback((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body)));
    expect(await fetchFeed({ url: server.url() }, settings)).toEqual({
      kind: 'failed',
      code: 'FETCH_EMPTY',
      message: 'HTTP 200 with an empty body',
      status: 200,
    });
  });

  it('a 204 is FETCH_EMPTY', async () => {
    const server = track(await startLoopback((_req, res) => res.writeHead(204).end()));
    expect(await fetchFeed({ url: server.url() }, settings)).toMatchObject({ code: 'FETCH_EMPTY', status: 204 });
  });

  it('returns a non-feed HTML page as ok: deciding "not a feed" is the parser\'s job', async () => {
    const page = readFixture('not-a-feed.html');
    const server = track(await startLoopback((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)));
    const result = await fetchFeed({ url: server.url('/') }, settings);
    expect(result).toMatchObject({ kind: 'ok', contentType: 'text/html; charset=utf-8', charset: 'utf-8' });
    if (result.kind === 'ok') expect(result.text).toContain('<h1>Sahel Desk</h1>');
  });
});

describe('fetchFeed network failures', () => {
  it('connection refused is FETCH_NETWORK', async () => {
    const port = await closedPort();
    const result = await fetchFeed({ url: `http://127.0.0.1:${port}/feed.xml` }, settings);
    expect(result).toEqual({ kind: 'failed', code: 'FETCH_NETWORK', message: 'connection refused (ECONNREFUSED)' });
  });

  it('a connection reset in the middle of the body is FETCH_NETWORK', async () => {
    const server = track(
      await startLoopback((_req, res) => {
        res.writeHead(200, { 'content-length': '5000' });
        res.write('<rss version="2.0"><channel>');
        setTimeout(() => res.socket?.destroy(), 20);
      }),
    );
    const result = await fetchFeed({ url: server.url() }, settings);
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_NETWORK' });
  });

  it('a failed DNS lookup is FETCH_DNS', async () => {
    const lookup: LookupFunction = (hostname, _options, callback) => {
      const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      callback(err, '', 4);
    };
    const result = await fetchFeed({ url: 'http://feeds.kidal-news.invalid/rss' }, settings, { lookup });
    expect(result).toEqual({ kind: 'failed', code: 'FETCH_DNS', message: 'DNS lookup failed for feeds.kidal-news.invalid (ENOTFOUND)' });
  });

  it('a DNS lookup that never answers ends in FETCH_TIMEOUT', async () => {
    const lookup: LookupFunction = () => undefined;
    const result = await fetchFeed({ url: 'http://slow-dns.kidal-news.invalid/rss' }, { timeoutMs: 150 }, { lookup });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TIMEOUT' });
  });

  it.each(['not a url', 'ftp://example.com/feed.xml', 'file:///etc/passwd', 'http://', ''])('%j is FETCH_BAD_URL', async (url) => {
    const result = await fetchFeed({ url }, settings);
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_BAD_URL' });
  });

  it('a server that speaks garbage instead of HTTP is FETCH_NETWORK', async () => {
    const server = track(
      await startLoopback((_req, res) => {
        res.socket?.end('SSH-2.0-OpenSSH_9.6\r\n\r\n');
      }),
    );
    const result = await fetchFeed({ url: server.url() }, settings);
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_NETWORK' });
  });
});
