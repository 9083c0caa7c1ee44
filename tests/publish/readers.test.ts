import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopyDigest } from '../../src/publish/build-copy-digest.js';
import { buildMergedFeed } from '../../src/publish/build-merged-feed.js';
import type { FeedModel } from '../../src/publish/feed-model.js';
import { feedRoutes } from '../../src/server/routes/feeds.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { createNewsboat, readWithFeedparser, readWithRssParser, readersAvailable, type SeenEntry } from './reader-tools.js';
import { startStoryService, type StoryService } from './story-service.js';

// CI installs every reader: there a missing one is a failure; elsewhere its tests are skipped (and listed as such).
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const skipNewsboat = !readersAvailable.newsboat && !inCi;
const skipFeedparser = !readersAvailable.feedparser && !inCi;

// The story comes from the real pipeline into SQLite; the feed routes are mounted on a bare app with a request
// log in front, so the tests can see the status each reader's fetch got.
let svc: StoryService;
let server: Listening;
const models: Record<string, FeedModel> = {};
const seen: Array<{ path: string; status: number; conditional: boolean }> = [];

beforeAll(async () => {
  svc = await startStoryService(
    {
      'agency.xml': ['agency', 'Agence Example', 'original'],
      'copier.xml': ['sahel-daily', 'Sahel Daily', 'copier'],
      'wire.atom': ['wire', 'World Wire', 'original'],
      'hostile.xml': ['bamako-news', 'Bamako News & Views', 'unknown'],
    },
    Date.UTC(2023, 10, 15, 10, 0, 0),
  );
  models.feed = await buildMergedFeed(svc.store, svc.config, { now: svc.now });
  models.copies = await buildCopyDigest(svc.store, svc.config, { now: svc.now });
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    seen.push({ path: c.req.path, status: c.res.status, conditional: c.req.header('If-None-Match') !== undefined });
  });
  app.route('/', feedRoutes({ config: svc.config, store: svc.store, now: () => svc.now }));
  server = await listen(app, { host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server.close();
  await svc.close();
});

it('has the story the readers are checked against: three stories, one copy, one hostile title', () => {
  expect(models.feed.entries).toHaveLength(3);
  expect(models.copies.entries).toHaveLength(1);
  expect(models.feed.entries.map((e) => e.title)).toContainEqual(expect.stringMatching(/^Kidal: army says < 10 dead & "calm" returns \]\]>/));
});

const FEEDS = [
  ['/feed.xml', 'feed'],
  ['/feed.atom', 'feed'],
  ['/copies.xml', 'copies'],
  ['/copies.atom', 'copies'],
] as const;

function expected(feed: keyof typeof models, fields: Array<keyof SeenEntry>): Array<Partial<SeenEntry>> {
  return models[feed].entries.map((e) => {
    const all: SeenEntry = { id: e.id, title: e.title, link: e.link, published: e.published, updated: e.updated, related: e.related.map((r) => r.href) };
    return Object.fromEntries(fields.map((f) => [f, all[f]]));
  });
}

const byId = (a: Partial<SeenEntry>, b: Partial<SeenEntry>) => String(a.id).localeCompare(String(b.id));
const pick = (entries: SeenEntry[], fields: Array<keyof SeenEntry>) => entries.map((e) => Object.fromEntries(fields.map((f) => [f, e[f]]))).sort(byId);

describe.skipIf(skipNewsboat)('newsboat', () => {
  it.each(FEEDS)('%s: stores every entry with our guid, title, link and published date; refetches add nothing', async (path, feed) => {
    const newsboat = createNewsboat(`${server.url}${path}`);
    try {
      await newsboat.reload();
      const first = newsboat.entries();
      expect(pick(first, ['id', 'title', 'link', 'published'])).toEqual(expected(feed, ['id', 'title', 'link', 'published']).sort(byId));
      // The first reload records the feed, the second its validators, the third revalidates with them.
      await newsboat.reload();
      await newsboat.reload();
      expect(newsboat.entries()).toEqual(first);
      expect(seen.filter((s) => s.path === path).at(-1)).toEqual({ path, status: 304, conditional: true });
    } finally {
      newsboat.remove();
    }
  });
});

describe.skipIf(skipFeedparser)('Python feedparser', () => {
  it.each(FEEDS)('%s: well-formed, same ids, titles, links, dates and related links; a conditional refetch is a 304', async (path, feed) => {
    const url = `${server.url}${path}`;
    const first = await readWithFeedparser(url);
    expect(first).toMatchObject({ bozo: false, status: 200, version: path.endsWith('.xml') ? 'rss20' : 'atom10', language: 'en', title: models[feed].title });
    const fields: Array<keyof SeenEntry> = ['id', 'title', 'link', 'published', 'updated', 'related'];
    expect(pick(first.entries, fields)).toEqual(expected(feed, fields).sort(byId));
    const second = await readWithFeedparser(url, first.etag);
    expect(second.status).toBe(304);
    expect(second.entries).toEqual([]);
  });
});

describe('rss-parser', () => {
  it.each(FEEDS)('%s: same ids, titles, links and published dates; a refetch sees the same ids', async (path, feed) => {
    const url = `${server.url}${path}`;
    const first = await readWithRssParser(url);
    expect(first.title).toBe(models[feed].title);
    expect(pick(first.entries, ['id', 'title', 'link', 'published'])).toEqual(expected(feed, ['id', 'title', 'link', 'published']).sort(byId));
    const second = await readWithRssParser(url);
    expect(second.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
  });
});
