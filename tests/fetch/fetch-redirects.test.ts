import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.js';
import type { FetchSettings } from '../../src/model.js';
import { createTracker, readFixture, startLoopback } from './loopback.js';

const feed = readFixture('kidal-utf8.xml');
const settings: Partial<FetchSettings> = { timeoutMs: 2000 };
const { track, closeAll } = createTracker();
afterEach(closeAll);

/** A server where /hop/<n> redirects with the n-th status of `statuses` and /feed.xml serves the feed. */
async function chainServer(statuses: number[]) {
  return track(
    await startLoopback((req, res) => {
      const m = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (!m) return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      const i = Number(m[1]);
      const next = i + 1 < statuses.length ? `/hop/${i + 1}` : '/feed.xml';
      res.writeHead(statuses[i], { location: next }).end('moved');
    }),
  );
}

describe('fetchFeed redirects', () => {
  it.each([
    { statuses: [301], movedTo: true },
    { statuses: [308], movedTo: true },
    { statuses: [301, 308, 301], movedTo: true },
    { statuses: [302], movedTo: false },
    { statuses: [303], movedTo: false },
    { statuses: [307], movedTo: false },
    { statuses: [301, 302], movedTo: false },
    { statuses: [302, 301], movedTo: false },
  ])('$statuses: follows to the feed, movedTo set only when every hop is permanent ($movedTo)', async ({ statuses, movedTo }) => {
    const server = await chainServer(statuses);
    const result = await fetchFeed({ url: server.url('/hop/0') }, settings);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.url).toBe(server.url('/feed.xml'));
    expect(result.movedTo).toBe(movedTo ? server.url('/feed.xml') : undefined);
    expect(server.requests.map((r) => r.path)).toEqual([...statuses.map((_, i) => `/hop/${i}`), '/feed.xml']);
  });

  it('follows a chain of exactly maxRedirects (5)', async () => {
    const server = await chainServer([301, 302, 307, 308, 303]);
    const result = await fetchFeed({ url: server.url('/hop/0') }, { ...settings, maxRedirects: 5 });
    expect(result).toMatchObject({ kind: 'ok', url: server.url('/feed.xml') });
  });

  it('fails the sixth redirect with FETCH_TOO_MANY_REDIRECTS', async () => {
    const server = await chainServer([302, 302, 302, 302, 302, 302]);
    const result = await fetchFeed({ url: server.url('/hop/0') }, { ...settings, maxRedirects: 5 });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TOO_MANY_REDIRECTS', status: 302 });
    expect(server.requests).toHaveLength(6);
  });

  it('detects a loop before the redirect budget runs out', async () => {
    const server = track(
      await startLoopback((req, res) => res.writeHead(301, { location: req.url === '/a' ? '/b' : '/a' }).end()),
    );
    const result = await fetchFeed({ url: server.url('/a') }, { ...settings, maxRedirects: 20 });
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_TOO_MANY_REDIRECTS' });
    if (result.kind === 'failed') expect(result.message).toContain('loop');
    expect(server.requests).toHaveLength(2);
  });

  it('resolves a relative Location against the current URL', async () => {
    const server = track(
      await startLoopback((req, res) => {
        if (req.url === '/news/old/feed') return void res.writeHead(301, { location: '../rss/feed.xml?v=2' }).end();
        if (req.url === '/news/rss/feed.xml?v=2') return void res.writeHead(200).end(feed);
        res.writeHead(404).end();
      }),
    );
    const result = await fetchFeed({ url: server.url('/news/old/feed') }, settings);
    expect(result).toMatchObject({ kind: 'ok', movedTo: server.url('/news/rss/feed.xml?v=2') });
  });

  it('reads a Location sent as raw UTF-8 bytes the way browsers do', async () => {
    const server = track(
      await startLoopback((req, res) => {
        if (req.url === '/old') return void res.writeHead(301, { location: Buffer.from('/actualités/flux', 'utf8').toString('latin1') }).end();
        if (req.url === '/actualit%C3%A9s/flux') return void res.writeHead(200).end(feed);
        res.writeHead(404).end();
      }),
    );
    const result = await fetchFeed({ url: server.url('/old') }, settings);
    expect(result).toMatchObject({ kind: 'ok', movedTo: server.url('/actualit%C3%A9s/flux') });
  });

  it('follows a redirect to another server and keeps the validators for it', async () => {
    const target = track(await startLoopback((_req, res) => res.writeHead(304).end()));
    const origin = track(await startLoopback((_req, res) => res.writeHead(308, { location: target.url('/f') }).end()));
    const result = await fetchFeed({ url: origin.url('/f'), etag: 'W/"7"' }, settings);
    expect(result).toEqual({ kind: 'not-modified', url: target.url('/f'), movedTo: target.url('/f'), etag: 'W/"7"' });
    expect(target.requests[0].headers['if-none-match']).toBe('W/"7"');
  });

  it.each(['ftp://example.invalid/feed', 'http://[broken'])('rejects a redirect to %s with FETCH_BAD_URL', async (location) => {
    const server = track(await startLoopback((_req, res) => res.writeHead(302, { location }).end()));
    const result = await fetchFeed({ url: server.url() }, settings);
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_BAD_URL', status: 302 });
  });

  it('treats a redirect without Location as an HTTP failure', async () => {
    const server = track(await startLoopback((_req, res) => res.writeHead(302).end()));
    const result = await fetchFeed({ url: server.url() }, settings);
    expect(result).toMatchObject({ kind: 'failed', code: 'FETCH_HTTP_302', status: 302 });
  });

  it('does not record movedTo when a permanent redirect ends in an error', async () => {
    const server = track(
      await startLoopback((req, res) =>
        req.url === '/old' ? res.writeHead(301, { location: '/gone' }).end() : res.writeHead(410).end('gone'),
      ),
    );
    const result = await fetchFeed({ url: server.url('/old') }, settings);
    expect(result).toEqual({ kind: 'failed', code: 'FETCH_HTTP_410', message: 'HTTP 410 Gone', status: 410 });
  });
});
