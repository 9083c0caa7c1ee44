import { describe, expect, it } from 'vitest';
import { interpretResponse, parseMaxAge, parseRetryAfter } from '../../src/fetch/index.js';
import type { ResponseFacts } from '../../src/fetch/index.js';

// 2023-11-14T16:00:00Z: the clock every date below is read against.
const NOW = Date.UTC(2023, 10, 14, 16, 0, 0);
const URL_ = 'https://sahel-desk.example/rss';

/** A WHATWG Response as the facts interpretResponse reads (the body only for 2xx, as the I/O shell does). */
async function facts(response: Response, extra: Partial<ResponseFacts> = {}): Promise<ResponseFacts> {
  const ok = response.status >= 200 && response.status < 300;
  const body = ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  return { status: response.status, statusText: response.statusText, headers: response.headers, url: URL_, body, ...extra };
}

const RSS = '<rss version="2.0"><channel><title>Kidal</title></channel></rss>';

describe('interpretResponse', () => {
  it.each([
    {
      name: '200 with validators and max-age',
      response: () => new Response(RSS, { status: 200, headers: { 'content-type': 'application/rss+xml', etag: '"a1"', 'last-modified': 'Tue, 14 Nov 2023 15:00:00 GMT', 'cache-control': 'public, max-age=300' } }),
      expected: { kind: 'ok', status: 200, url: URL_, text: RSS, charset: 'utf-8', contentType: 'application/rss+xml', etag: '"a1"', lastModified: 'Tue, 14 Nov 2023 15:00:00 GMT', maxAgeSeconds: 300, bytes: RSS.length },
    },
    {
      name: '203 is a success too',
      response: () => new Response(RSS, { status: 203 }),
      expected: { kind: 'ok', status: 203, url: URL_, text: RSS, charset: 'utf-8', contentType: 'text/plain;charset=UTF-8', bytes: RSS.length },
    },
    {
      name: '304 keeps its validators and freshness',
      response: () => new Response(null, { status: 304, headers: { etag: 'W/"a2"', expires: 'Tue, 14 Nov 2023 16:05:00 GMT' } }),
      expected: { kind: 'not-modified', url: URL_, etag: 'W/"a2"', maxAgeSeconds: 300 },
    },
    {
      name: 'empty 200',
      response: () => new Response('', { status: 200 }),
      expected: { kind: 'failed', code: 'FETCH_EMPTY', message: 'HTTP 200 with an empty body', status: 200 },
    },
    {
      name: 'whitespace-only 200 in UTF-16',
      response: () => new Response(new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), { status: 200 }),
      expected: { kind: 'failed', code: 'FETCH_EMPTY', message: 'HTTP 200 with an empty body', status: 200 },
    },
    {
      name: '404 with an HTML error page',
      response: () => new Response('<h1>Not Found</h1>', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html' } }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_404', message: 'HTTP 404 Not Found', status: 404 },
    },
    {
      name: '410 without a reason phrase',
      response: () => new Response(null, { status: 410 }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_410', message: 'HTTP 410 Gone', status: 410 },
    },
    {
      name: '429 with delta seconds',
      response: () => new Response('slow down', { status: 429, headers: { 'retry-after': ' 3600 ' } }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_429', message: 'HTTP 429 Too Many Requests (retry after 3600 s)', status: 429, retryAfterSeconds: 3600 },
    },
    {
      name: '503 with an HTTP-date',
      response: () => new Response(null, { status: 503, headers: { 'retry-after': 'Tue, 14 Nov 2023 16:10:00 GMT' } }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_503', message: 'HTTP 503 Service Unavailable (retry after 600 s)', status: 503, retryAfterSeconds: 600 },
    },
    {
      name: '503 with a date in the past',
      response: () => new Response(null, { status: 503, headers: { 'retry-after': 'Tue, 14 Nov 2023 15:00:00 GMT' } }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_503', message: 'HTTP 503 Service Unavailable (retry after 0 s)', status: 503, retryAfterSeconds: 0 },
    },
    {
      name: '500 ignores Retry-After',
      response: () => new Response(null, { status: 500, headers: { 'retry-after': '30' } }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_500', message: 'HTTP 500 Internal Server Error', status: 500 },
    },
    {
      name: '300 Multiple Choices is not followed',
      response: () => new Response(null, { status: 300 }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_300', message: 'HTTP 300 Multiple Choices (a redirect without a usable Location header)', status: 300 },
    },
    {
      name: 'an unregistered status',
      response: () => new Response(null, { status: 599 }),
      expected: { kind: 'failed', code: 'FETCH_HTTP_599', message: 'HTTP 599 Unknown Status', status: 599 },
    },
  ])('$name', async ({ response, expected }) => {
    expect(interpretResponse(await facts(response()), { now: NOW })).toEqual(expected);
  });

  it('passes movedTo through on ok and not-modified', async () => {
    const movedTo = 'https://sahel-desk.example/feed/';
    expect(interpretResponse(await facts(new Response(RSS), { movedTo }), { now: NOW })).toMatchObject({ kind: 'ok', movedTo });
    expect(interpretResponse(await facts(new Response(null, { status: 304 }), { movedTo }), { now: NOW })).toEqual({ kind: 'not-modified', url: URL_, movedTo });
  });

  it('never puts a body on a failure, even when one is handed in', () => {
    const result = interpretResponse({ status: 500, headers: {}, url: URL_, body: new TextEncoder().encode(RSS) }, { now: NOW });
    expect(result).toEqual({ kind: 'failed', code: 'FETCH_HTTP_500', message: 'HTTP 500 Internal Server Error', status: 500 });
  });

  it('reads Node-style header records (lower-case keys, repeated values)', () => {
    const headers = { 'content-type': 'application/atom+xml; charset=iso-8859-1', 'cache-control': ['no-transform', 'max-age=60'] };
    const result = interpretResponse({ status: 200, headers, url: URL_, body: new Uint8Array([0x3c, 0x61, 0xe9, 0x3e]) }, { now: NOW });
    expect(result).toMatchObject({ kind: 'ok', text: '<aé>', charset: 'iso-8859-1', maxAgeSeconds: 60 });
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120],
    ['0', 0],
    ['Tue, 14 Nov 2023 16:02:00 GMT', 120],
    ['Tuesday, 14-Nov-23 16:02:00 GMT', 120],
    ['Tue Nov 14 16:02:00 2023', 120],
    ['-5', undefined],
    ['1.5', undefined],
    ['tomorrow', undefined],
    ['', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('parseMaxAge', () => {
  it.each([
    [{ 'cache-control': 'max-age=900' }, 900],
    [{ 'cache-control': 'public, s-maxage=120' }, 120],
    [{ 'cache-control': 'max-age=60, s-maxage=120' }, 60],
    [{ 'cache-control': 'max-age="45"' }, 45],
    [{ 'cache-control': 'no-cache' }, 0],
    [{ 'cache-control': 'private, no-store' }, 0],
    [{ 'cache-control': 'max-age=300', expires: 'Tue, 14 Nov 2023 18:00:00 GMT' }, 300],
    [{ expires: 'Tue, 14 Nov 2023 16:15:00 GMT' }, 900],
    [{ date: 'Tue, 14 Nov 2023 17:00:00 GMT', expires: 'Tue, 14 Nov 2023 17:10:00 GMT' }, 600],
    [{ expires: 'Tue, 14 Nov 2023 15:00:00 GMT' }, 0],
    [{ expires: '0' }, 0],
    [{ 'cache-control': 'public' }, undefined],
    [{}, undefined],
  ])('%j -> %s', (headers, expected) => {
    expect(parseMaxAge(headers, NOW)).toBe(expected);
  });
});
