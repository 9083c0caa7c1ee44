import { describe, it, expect } from 'vitest';
import { Hono } from 'hono';
import { HttpError } from '../../src/errors.js';
import { createApp } from '../../src/server/app.js';
import { createErrorHandler, handleNotFound } from '../../src/server/error-handler.js';
import { listen } from '../../src/server/listen.js';
import { makeConfig, openTestStore, sourceConfig, T0 } from './helpers.js';

describe('GET /', () => {
  it('links the feeds, the report, the sources and monitoring, with feed autodiscovery', async () => {
    const { store } = await openTestStore([sourceConfig('a'), sourceConfig('b')]);
    const app = createApp({ config: makeConfig([sourceConfig('a'), sourceConfig('b')]), store, now: () => T0 });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const href of ['/feed.xml', '/feed.atom', '/feed.json', '/copies.xml', '/report', '/sources', '/healthz', '/metrics']) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(html).toContain('<h1>Kidal &#60;watch&#62;</h1>');
    expect(html).toContain('across 2 sources');
  });
});

describe('error handling', () => {
  const app = new Hono();
  app.onError(createErrorHandler());
  app.notFound(handleNotFound);
  app.get('/gone', () => {
    throw new HttpError(410, 'this cluster was merged away');
  });
  app.get('/bug', () => {
    throw new Error('secret internal detail');
  });

  it.each<[string, Record<string, string>, number, string, RegExp]>([
    ['/gone', {}, 410, 'text/plain', /^410 this cluster was merged away/],
    ['/gone', { Accept: 'application/json' }, 410, 'application/json', /"code":"HTTP_410"/],
    ['/bug', {}, 500, 'text/plain', /^500 internal error/],
    ['/missing', {}, 404, 'text/plain', /^404 no such page: \/missing/],
    ['/missing.json', {}, 404, 'application/json', /"message":"no such page: \/missing.json"/],
  ])('%s %j → %i', async (url, headers, status, type, body) => {
    const res = await app.request(url, { headers });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
    const text = await res.text();
    expect(text).toMatch(body);
    expect(text).not.toContain('secret internal detail');
  });
});

describe('listen', () => {
  it('serves the app over loopback on a free port and closes', async () => {
    const { store } = await openTestStore();
    const server = await listen(createApp({ config: makeConfig(), store, now: () => T0 }), { host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    const { store } = await openTestStore();
    const app = createApp({ config: makeConfig(), store, now: () => T0 });
    const first = await listen(app, { host: '127.0.0.1', port: 0 });
    try {
      await expect(listen(app, { host: '127.0.0.1', port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
