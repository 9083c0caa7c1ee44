import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.js';
import type { FetchSettings } from '../../src/model.js';
import { createTracker, readFixture, startLoopback } from './loopback.js';

const feed = readFixture('kidal-utf8.xml');
const settings: Partial<FetchSettings> = { timeoutMs: 2000, userAgent: 'feedfold-test/1' };
const { track, closeAll } = createTracker();
afterEach(closeAll);

const LAST_MODIFIED = 'Tue, 14 Nov 2023 16:10:00 GMT';

describe('fetchFeed conditional GET', () => {
  it('round-trips an ETag: 200 with the validator, then 304 when it is sent back', async () => {
    const server = track(
      await startLoopback((req, res) => {
        if (req.headers['if-none-match'] === '"kidal-v1"') {
          res.writeHead(304, { etag: '"kidal-v1"', 'cache-control': 'max-age=600' }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"kidal-v1"' }).end(feed);
      }),
    );
    const first = await fetchFeed({ url: server.url('/feed.xml') }, settings);
    expect(first).toMatchObject({ kind: 'ok', status: 200, etag: '"kidal-v1"', charset: 'utf-8' });
    if (first.kind !== 'ok') throw new Error('expected ok');
    expect(first.text).toContain('l’armée malienne');
    const second = await fetchFeed({ url: server.url('/feed.xml'), etag: first.etag }, settings);
    expect(second).toEqual({ kind: 'not-modified', url: server.url('/feed.xml'), etag: '"kidal-v1"', maxAgeSeconds: 600 });
    expect(server.requests[1].headers['if-none-match']).toBe('"kidal-v1"');
  });

  it('round-trips Last-Modified through If-Modified-Since', async () => {
    const server = track(
      await startLoopback((req, res) => {
        if (req.headers['if-modified-since'] === LAST_MODIFIED) return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'text/xml', 'last-modified': LAST_MODIFIED }).end(feed);
      }),
    );
    const first = await fetchFeed({ url: server.url() }, settings);
    expect(first).toMatchObject({ kind: 'ok', lastModified: LAST_MODIFIED });
    if (first.kind !== 'ok') throw new Error('expected ok');
    const second = await fetchFeed({ url: server.url(), lastModified: first.lastModified }, settings);
    // The 304 carried no validators: the ones we sent stay current.
    expect(second).toStrictEqual({ kind: 'not-modified', url: server.url(), lastModified: LAST_MODIFIED });
    expect(server.requests[0].headers['if-modified-since']).toBeUndefined();
  });

  it('sends the user agent, a feed Accept header and the supported encodings', async () => {
    const server = track(await startLoopback((_req, res) => res.writeHead(200).end(feed)));
    await fetchFeed({ url: server.url('/rss?x=1#frag') }, settings);
    const { path, headers } = server.requests[0];
    expect(path).toBe('/rss?x=1');
    expect(headers['user-agent']).toBe('feedfold-test/1');
    expect(headers.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('does not send a validator Node would refuse as a header value', async () => {
    const server = track(await startLoopback((_req, res) => res.writeHead(200).end(feed)));
    const result = await fetchFeed({ url: server.url(), etag: '"bad\nvalue"' }, settings);
    expect(result.kind).toBe('ok');
    expect(server.requests[0].headers['if-none-match']).toBeUndefined();
  });

  it('reports Cache-Control and Expires on a 200', async () => {
    const server = track(
      await startLoopback((_req, res) =>
        res
          .writeHead(200, { date: 'Tue, 14 Nov 2023 16:00:00 GMT', expires: 'Tue, 14 Nov 2023 16:30:00 GMT' })
          .end(feed),
      ),
    );
    const result = await fetchFeed({ url: server.url() }, settings);
    expect(result).toMatchObject({ kind: 'ok', maxAgeSeconds: 1800, bytes: feed.length });
  });
});
