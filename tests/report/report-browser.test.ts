// The report page in a real browser, rendered from the fixture store and served over loopback.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, renderReportHtml } from '../../src/report/index.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { reportRoutes } from '../../src/server/routes/report.js';
import { createFixtureStore, EVIL_TITLE, FIXTURE_NOW } from '../fixtures/report/fixture-store.js';
import { expectInertReport, HAS_CHROMIUM, launchChromium, openPage, readFacts, TEST_OUTPUT } from './browser.js';

if (!HAS_CHROMIUM) console.warn('SKIPPED report browser tests: /usr/bin/chromium is missing (apt-get install chromium)');

describe.skipIf(!HAS_CHROMIUM)('report page in Chromium (fixture store)', () => {
  let browser: Browser;
  let server: Listening;

  beforeAll(async () => {
    const app = new Hono().route('/', reportRoutes({ store: createFixtureStore(), now: () => FIXTURE_NOW }));
    server = await listen(app, { host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['phone', 390],
    ['desktop', 1280],
  ])('renders cleanly and inertly at %s width (%ipx)', async (name, width) => {
    const { page, events } = await openPage(browser, width);
    await page.goto(`${server.url}/report`);
    const facts = await readFacts(page);
    await page.screenshot({ path: path.join(TEST_OUTPUT, `report-fixture-${name}.png`), fullPage: true });
    await page.close();
    expectInertReport(events, facts, { url: `${server.url}/report`, width });
    expect(facts.clusters).toEqual(['c-wire-b-5', 'c-wire-a-1']);
    expect(facts.marks).toEqual({ verbatim: 10, paraphrase: 6, quote: 2 });
    expect(facts.dels).toBe(2);
    expect(facts.svgDots).toBe(5);
    expect(facts.bodyText).toContain(EVIL_TITLE);
    const [left, right] = facts.panes;
    if (width < 700) expect(right.top).toBeGreaterThan(left.top);
    else expect(right.top).toBe(left.top);
  });

  it('works from a file:// URL with no requests beyond the file', async () => {
    const file = path.join(TEST_OUTPUT, 'report-fixture.html');
    writeFileSync(file, renderReportHtml(await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW })));
    const { page, events } = await openPage(browser, 1024);
    await page.goto(pathToFileURL(file).href);
    const facts = await readFacts(page);
    await page.close();
    expect(events.consoleErrors).toEqual([]);
    expect(events.requests).toEqual([pathToFileURL(file).href]);
    expect(facts.clusters).toHaveLength(2);
  });
});
