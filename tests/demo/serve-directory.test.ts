import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { planReplay, viewAt } from '../../src/demo/feed-timeline.js';
import { contentTypeFor, serveDirectory, type ServedDirectory } from '../../src/demo/serve-directory.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/demo');
let server: ServedDirectory;

beforeAll(async () => {
  server = await serveDirectory(DIR);
});
afterAll(async () => {
  await server.close();
});

describe('contentTypeFor', () => {
  it.each([
    ['kidal.xml', 'application/rss+xml; charset=utf-8'],
    ['info-sahel-cp1252.xml', 'application/rss+xml'],
    ['wire.atom', 'application/atom+xml; charset=utf-8'],
    ['brief.json', 'application/feed+json; charset=utf-8'],
    ['regional-roundup-broken.xml', 'application/rss+xml; charset=utf-8'],
    ['page.html', 'text/html; charset=utf-8'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('serveDirectory', () => {
  it.each([
    ['plain.xml', 'application/rss+xml; charset=utf-8'],
    ['latin-cp1252.xml', 'application/rss+xml'],
    ['news.atom', 'application/atom+xml; charset=utf-8'],
    ['feed.json', 'application/feed+json; charset=utf-8'],
  ])('serves %s byte for byte as %s', async (name, type) => {
    const response = await fetch(`${server.url}/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    const { readFileSync } = await import('node:fs');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join(DIR, name)));
  });

  it('answers 304 to a matching If-None-Match or a fresh If-Modified-Since', async () => {
    const first = await fetch(`${server.url}/plain.xml`);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(`${server.url}/plain.xml`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${server.url}/plain.xml`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    expect((await fetch(`${server.url}/plain.xml`, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
  });

  it.each([
    ['/missing.xml', 'GET', 404],
    ['/../demo.test.ts', 'GET', 404],
    ['/%2e%2e/serve-directory.test.ts', 'GET', 404],
    ['/', 'GET', 404],
    ['/mini', 'GET', 404],
    ['/plain.xml', 'POST', 405],
    ['/plain.xml', 'HEAD', 200],
  ])('%s %s → %i', async (url, method, status) => {
    expect((await fetch(`${server.url}${url}`, { method })).status).toBe(status);
  });
});

describe('serveDirectory with a view (the replay)', () => {
  it('serves each feed as it was at the clock, with an ETag and Last-Modified that follow the content', async () => {
    const plan = await planReplay(path.join(DIR, 'replay'));
    let clock = Date.parse('2023-11-14T09:00:00Z');
    const replay = await serveDirectory(path.join(DIR, 'replay'), { now: () => clock, view: (name) => viewAt(plan.feeds.get(name), clock) });
    try {
      const url = `${replay.url}/wire.atom`;
      const first = await fetch(url);
      const etag = first.headers.get('etag')!;
      expect(first.headers.get('date')).toBe('Tue, 14 Nov 2023 09:00:00 GMT');
      expect(first.headers.get('last-modified')).toBe('Tue, 14 Nov 2023 09:00:00 GMT');
      expect((await first.text()).match(/<entry>/g)).toHaveLength(1);

      clock = Date.parse('2023-11-14T11:00:00Z');
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
      expect((await fetch(url, { headers: { 'if-modified-since': 'Tue, 14 Nov 2023 09:00:00 GMT' } })).status).toBe(304);

      clock = Date.parse('2023-11-14T12:00:00Z');
      const later = await fetch(url, { headers: { 'if-none-match': etag } });
      expect(later.status).toBe(200);
      expect(later.headers.get('etag')).not.toBe(etag);
      expect(later.headers.get('last-modified')).toBe('Tue, 14 Nov 2023 11:45:00 GMT');
      expect((await later.text()).match(/<entry>/g)).toHaveLength(2);
      expect((await fetch(url, { headers: { 'if-modified-since': 'Tue, 14 Nov 2023 09:00:00 GMT' } })).status).toBe(200);

      const broken = await fetch(`${replay.url}/broken.xml`);
      expect(Buffer.from(await broken.arrayBuffer())).toEqual(readFileSync(path.join(DIR, 'replay/broken.xml')));
    } finally {
      await replay.close();
    }
  });
});
