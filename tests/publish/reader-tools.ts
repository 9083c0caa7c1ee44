// Drives real feed readers against a loopback URL: newsboat (its SQLite cache is read back), Python's
// feedparser (/usr/bin/python3) and rss-parser. Each returns what the reader stored or saw, normalized.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import Parser from 'rss-parser';

const run = promisify(execFile);

/** One entry as a reader saw it; dates are epoch ms (whole seconds). */
export interface SeenEntry {
  id: string;
  title: string;
  link: string;
  published?: number;
  updated?: number;
  related?: string[];
}

/** Whether a reader is installed here (CI installs all of them). */
export const readersAvailable = {
  newsboat: spawnSync('newsboat', ['-v'], { stdio: 'ignore' }).status === 0,
  feedparser: spawnSync('/usr/bin/python3', ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0,
};

/** A newsboat profile in a temp folder: its own HOME, urls file, config file and cache file. */
export function createNewsboat(url: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-newsboat-'));
  const files = { urls: path.join(dir, 'urls'), config: path.join(dir, 'config'), cache: path.join(dir, 'cache.db') };
  fs.writeFileSync(files.urls, `${url}\n`);
  fs.writeFileSync(files.config, 'reload-threads 1\n');
  return {
    /** `newsboat -x reload` (async: the server under test runs in this process). */
    async reload(): Promise<void> {
      await run('newsboat', ['-x', 'reload', '-u', files.urls, '-c', files.cache, '-C', files.config], { env: { ...process.env, HOME: dir }, timeout: 30_000 });
    },
    /** What newsboat stored: guid, title, url, pubDate (seconds) per item. */
    entries(): SeenEntry[] {
      const db = new Database(files.cache, { readonly: true });
      try {
        const rows = db.prepare('SELECT guid, title, url, pubDate FROM rss_item ORDER BY pubDate DESC, guid').all() as Array<{ guid: string; title: string; url: string; pubDate: number }>;
        return rows.map((r) => ({ id: r.guid, title: r.title, link: r.url, published: r.pubDate * 1000 }));
      } finally {
        db.close();
      }
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const FEEDPARSER_SCRIPT = `
import calendar, json, sys, feedparser
d = feedparser.parse(sys.argv[1], etag=sys.argv[2] or None)
ts = lambda t: calendar.timegm(t) * 1000 if t else None
print(json.dumps({
  'bozo': bool(d.bozo), 'status': d.get('status'), 'version': d.get('version'), 'etag': d.get('etag'),
  'title': d.feed.get('title'), 'language': d.feed.get('language'),
  'entries': [{'id': e.get('id'), 'title': e.get('title'), 'link': e.get('link'),
               'published': ts(e.get('published_parsed')), 'updated': ts(e.get('updated_parsed')),
               'related': [l['href'] for l in e.get('links', []) if l.get('rel') == 'related']} for e in d.entries]}))
`;

/** What feedparser returned for one fetch (pass the previous ETag to make it conditional). */
export interface FeedparserResult {
  bozo: boolean;
  status: number;
  version: string;
  etag?: string;
  title?: string;
  language?: string;
  entries: SeenEntry[];
}

/** Runs feedparser in /usr/bin/python3 (the Debian python3-feedparser). */
export async function readWithFeedparser(url: string, etag = ''): Promise<FeedparserResult> {
  const { stdout } = await run('/usr/bin/python3', ['-c', FEEDPARSER_SCRIPT, url, etag], { timeout: 30_000 });
  return JSON.parse(stdout) as FeedparserResult;
}

/** Reads a feed with rss-parser (no conditional GET support: every call is a full fetch). */
export async function readWithRssParser(url: string): Promise<{ title?: string; entries: SeenEntry[] }> {
  const parser = new Parser();
  const feed = await parser.parseURL(url);
  return {
    title: feed.title,
    entries: feed.items.map((i) => ({
      id: (i.guid ?? (i as { id?: string }).id) as string,
      title: i.title as string,
      link: i.link as string,
      published: i.isoDate === undefined ? undefined : Date.parse(i.isoDate),
    })),
  };
}
