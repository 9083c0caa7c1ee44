// Hostile and broken feeds, all polled in one cycle by the real service (fetch → parse → store) next to a good
// source: each ends as that source's error code on /sources, and the good source is stored all the same.
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSilentLogger } from '../../src/observe/logger.js';
import { startService, type Service } from '../../src/service/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import type { SourceView } from '../../src/server/sources-view.js';
import { writeTestConfig } from '../service/config-file.js';
import { rssFeed, startLoopback, type Loopback } from '../service/loopback.js';
import { gzipBomb, hostileRoutes, SECRET } from './hostile-server.js';

/** Source id → what must happen: an error code (pattern), or `stored` for a document that must be decoded right. */
const EXPECTED: Array<[string, RegExp | 'stored', string]> = [
  ['malformed', /^PARSE_(MALFORMED|NOT_A_FEED)$/, 'malformed XML'],
  ['xxe', /^PARSE_UNSAFE$/, 'XXE external entity'],
  ['laughs', /^PARSE_UNSAFE$/, 'billion laughs'],
  ['huge', /^FETCH_TOO_LARGE$/, '100 MB body, no Content-Length'],
  ['huge-declared', /^FETCH_TOO_LARGE$/, '100 MB body, declared'],
  ['gzip-bomb', /^FETCH_TOO_LARGE$/, 'gzip bomb'],
  ['trickle', /^FETCH_TIMEOUT$/, 'a byte every 100 ms'],
  ['redirect-loop', /^FETCH_TOO_MANY_REDIRECTS$/, 'redirect loop'],
  ['html', /^PARSE_NOT_A_FEED$/, 'an HTML page'],
  ['empty', /^(FETCH_EMPTY|PARSE_NOT_A_FEED)$/, 'an empty 200'],
  ['error-500', /^FETCH_HTTP_500$/, 'a 500'],
  ['self', /^SELF_FEED_REFUSED$/, 'our own merged feed'],
  ['latin1-wrong', 'stored', 'ISO-8859-1 bytes labelled UTF-8'],
  ['latin1-undeclared', 'stored', 'ISO-8859-1 bytes, no charset anywhere'],
];

let server: Loopback;
let service: Service;
let dir: string;
let dbPath: string;
let views: Map<string, SourceView>;
let rssGrowthMb = 0;

beforeAll(async () => {
  // Not the per-test temp dir helper: this folder must outlive the individual tests.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-hostile-'));
  const secretFile = path.join(dir, 'secret.txt');
  fs.writeFileSync(secretFile, SECRET);
  server = await startLoopback(hostileRoutes(secretFile, () => rssFeed('Good wire', [
    { guid: 'good-1', title: 'Malian army enters Kidal' },
    { guid: 'good-2', title: 'Kidal: separatists withdraw' },
  ])));
  const file = path.join(dir, 'feedfold.yaml');
  dbPath = path.join(dir, 'feedfold.db');
  const baseUrl = 'http://127.0.0.1:1/feedfold';
  const sources = [
    { id: 'good', url: `${server.url}/good.xml` },
    ...EXPECTED.map(([id]) => ({ id, url: id === 'self' ? `${baseUrl}/feed.xml` : `${server.url}/${id}` })),
  ];
  writeTestConfig(file, {
    sources,
    dbPath,
    extra: {
      fetch: { timeoutMs: 3000, maxBodyBytes: 1_048_576, maxRedirects: 5, concurrency: 16 },
      server: { baseUrl },
    },
  });
  // Build the bomb and load the pipeline first, so the memory measured is the service's work on these feeds.
  gzipBomb();
  await import('../../src/service/pipeline-poll.js');
  const rssBefore = process.memoryUsage().rss;
  service = await startService({ configFile: file, env: {}, logger: createSilentLogger(), handleSignals: false, watchConfig: false });
  const deadline = Date.now() + 60_000;
  while (service.scheduler.snapshot().cyclesCompleted < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 1_048_576;
  const body = (await (await fetch(`${service.url}/sources.json`)).json()) as { sources: SourceView[] };
  views = new Map(body.sources.map((s) => [s.id, s]));
}, 90_000);

afterAll(async () => {
  await service?.stop('test end');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hostile feeds in one cycle', () => {
  it('stores the good source in the same cycle', async () => {
    expect(views.get('good')).toMatchObject({ health: 'ok', consecutiveErrors: 0 });
    expect(await service.store.items.count({ sourceId: 'good' })).toBe(2);
  });

  it.each(EXPECTED)('%s (%s)', async (id, expected) => {
    const view = views.get(id);
    expect(view, `source ${id} on /sources`).toBeDefined();
    if (expected === 'stored') {
      // A wrong or missing charset is not an error when the bytes can be decoded: the text must come out right.
      if (view!.lastError) expect(view!.lastError.code).toBe('FETCH_BAD_ENCODING');
      else {
        const [item] = await service.store.items.list({ sourceId: id });
        expect(item.title).toBe("Kidal : l'armée malienne a pénétré dans la ville");
        expect(item.text).not.toContain('\uFFFD');
      }
      return;
    }
    expect(view!.lastError?.code).toMatch(expected);
    expect(view!.health).not.toBe('ok');
    expect(view!.lastError?.message).toBeTruthy();
    expect(await service.store.items.count({ sourceId: id })).toBe(0);
  });

  it('keeps memory bounded while refusing them (a buffered 100 MB body or bomb would show)', () => {
    expect(rssGrowthMb).toBeLessThan(80);
  });

  it('follows a redirect loop only until it sees the loop', () => {
    expect(server.requests.filter((p) => p === '/redirect-loop' || p.startsWith('/loop-')).length).toBeLessThanOrEqual(8);
  });

  it('never reads the local file named by the XXE entity', async () => {
    await service.stop('test end');
    for (const name of fs.readdirSync(dir).filter((n) => n.startsWith('feedfold.db'))) {
      expect(fs.readFileSync(path.join(dir, name)).includes(SECRET), name).toBe(false);
    }
    const store = openSqliteStore(dbPath, { readonly: true });
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((await store.items.list({ limit: 1000 })).some((i) => `${i.title} ${i.text}`.includes(SECRET))).toBe(false);
    } finally {
      await store.close();
    }
  });
});
