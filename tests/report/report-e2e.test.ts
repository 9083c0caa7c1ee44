// End to end: the demo corpus (plus one hostile loopback feed) through the real pipeline into SQLite, the report
// served by the app over loopback, and the page loaded in headless Chromium at phone and desktop widths.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { serveDirectory, type ServedDirectory } from '../../src/demo/serve-directory.js';
import type { Config, SourceConfig } from '../../src/model.js';
import { canonicalizeUrl, parseFeed } from '../../src/parse/index.js';
import { pollAll } from '../../src/pipeline.js';
import { createApp } from '../../src/server/app.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { openStore, type Store } from '../../src/store/index.js';
import { expectInertReport, HAS_CHROMIUM, launchChromium, openPage, readClusters, readFacts, TEST_OUTPUT } from './browser.js';

const DEMO_DIR = fileURLToPath(new URL('../../config/demo/', import.meta.url));
const NOW = Date.parse('2023-11-17T00:00:00Z');
const ORIGINAL_LINK = 'https://sahel-press-agency.example/en/news/2023/11/14/mali-army-retakes-kidal-goita';
/** What the hostile feed's title says once parsed: markup as plain text, which must stay text. */
const EVIL_TITLE = `<img src=x onerror="document.title='pwned';alert(1)">Mali's army retakes Kidal`;
const EVIL_SOURCE_TITLE = '<script>alert("source")</script> Evil Feed';

interface Label {
  feed: string;
  link: string;
  kind: string;
  derivesFrom: string | null;
  via?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const canonical = (url: string) => canonicalizeUrl(url) ?? url;

/** Writes a feed that republishes the wire's Kidal story under a hostile title (double-escaped, as a feed would). */
async function writeEvilFeed(dir: string, baseUrl: string): Promise<void> {
  const wire = await parseFeed(readFileSync(path.join(DEMO_DIR, 'feeds/sahel-press-agency.xml'), 'utf8'), 'http://127.0.0.1/wire.xml');
  const original = wire.items.find((i) => i.link === canonical(ORIGINAL_LINK));
  if (!original?.publishedAt) throw new Error('demo corpus changed: the Kidal wire story is missing');
  const body = original.contentHtml ?? original.text;
  const xml =
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Evil Feed</title>' +
    `<link>${baseUrl}/</link><description>hostile test feed</description><item>` +
    `<title>${escapeXml(escapeXml(EVIL_TITLE))}</title><link>${baseUrl}/story-1</link><guid>evil-1</guid>` +
    `<pubDate>${new Date(original.publishedAt + 40 * 60_000).toUTCString()}</pubDate>` +
    `<description>${escapeXml(body)}</description></item></channel></rss>\n`;
  writeFileSync(path.join(dir, 'evil.xml'), xml);
}

if (!HAS_CHROMIUM) console.warn('SKIPPED report end-to-end browser test: /usr/bin/chromium is missing (apt-get install chromium)');

describe.skipIf(!HAS_CHROMIUM)('report end to end: demo corpus → pipeline → /report in Chromium', () => {
  let tmp: string;
  let feeds: ServedDirectory;
  let evil: ServedDirectory;
  let store: Store;
  let server: Listening;
  let browser: Browser;
  let config: Config;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'feedfold-report-e2e-'));
    const evilDir = path.join(tmp, 'evil');
    mkdirSync(evilDir);
    feeds = await serveDirectory(path.join(DEMO_DIR, 'feeds'));
    evil = await serveDirectory(evilDir);
    await writeEvilFeed(evilDir, evil.url);
    const loaded = loadConfig({
      file: path.join(DEMO_DIR, 'demo.yaml'),
      cwd: tmp,
      env: {},
      overrides: { database: { path: path.join(tmp, 'report.db') } },
      rewriteSourceUrl: (url) => (url.startsWith('demo:') ? `${feeds.url}/${encodeURIComponent(url.slice(5))}` : url),
    });
    const hostile: SourceConfig = { id: 'evil-feed', url: `${evil.url}/evil.xml`, title: EVIL_SOURCE_TITLE, role: 'unknown', enabled: true, language: 'en' };
    config = { ...loaded, sources: [...loaded.sources, hostile] };
    store = await openStore(config.database.path, { now: () => NOW });
    await store.sources.sync(config.sources, NOW);
    await pollAll({ store, config, now: () => NOW });
    server = await listen(createApp({ config, store, now: () => NOW }), { host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await feeds?.close();
    await evil?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each([
    ['phone', 390],
    ['desktop', 1280],
  ])('shows the expected clusters, marks and inert hostile strings at %s width', async (name, width) => {
    const { page, events } = await openPage(browser, width);
    const response = await page.goto(`${server.url}/report`);
    expect(response?.status()).toBe(200);
    const facts = await readFacts(page);
    const clusters = await readClusters(page);
    const evilPair = page.locator('details.pair', { hasText: 'Evil Feed' }).first();
    const evilMarks = (await evilPair.count()) > 0 ? await evilPair.locator('.pane.copy mark.verbatim').count() : 0;
    await page.screenshot({ path: path.join(TEST_OUTPUT, `report-e2e-${name}.png`), fullPage: true });
    await page.close();

    expectInertReport(events, facts, { url: `${server.url}/report`, width });
    expect(facts.bodyText).toContain(EVIL_TITLE);
    expect(facts.bodyText).toContain(EVIL_SOURCE_TITLE);

    const labels = (JSON.parse(readFileSync(path.join(DEMO_DIR, 'labels.json'), 'utf8')) as { items: Label[] }).items;
    const expected = labels.filter((l) => (l.kind === 'verbatim' || l.kind === 'boilerplate') && l.derivesFrom && !l.via && !l.feed.includes('broken'));
    expect(expected.length).toBeGreaterThan(5);
    for (const copy of expected) {
      const together = clusters.some((c) => c.links.includes(canonical(copy.derivesFrom!)) && c.links.includes(canonical(copy.link)));
      expect(together, `${copy.link} shown as a copy of ${copy.derivesFrom}`).toBe(true);
    }
    const evilCluster = clusters.find((c) => c.text.includes(EVIL_TITLE));
    expect(evilCluster?.links).toContain(canonical(ORIGINAL_LINK));
    expect(facts.marks.verbatim).toBeGreaterThan(expected.length);
    expect(evilMarks).toBeGreaterThan(0);
    expect(facts.dels).toBeGreaterThan(0);
    expect(facts.svgDots).toBeGreaterThanOrEqual(expected.length);
  });

  it('serves the same report as JSON with the documented fields', async () => {
    const res = await fetch(`${server.url}/report.json?kind=exact,verbatim`);
    const doc = (await res.json()) as { version: number; summary: { copies: number; byKind: Record<string, number> } };
    expect(res.status).toBe(200);
    expect(doc.version).toBe(1);
    expect(doc.summary.copies).toBe((doc.summary.byKind.exact ?? 0) + (doc.summary.byKind.verbatim ?? 0));
    expect(doc.summary.byKind.boilerplate ?? 0).toBe(0);
    expect(doc.summary.copies).toBeGreaterThan(0);
  });
});
