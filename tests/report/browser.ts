// Test helper: launch the system Chromium through playwright-core and inspect a report page.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

// page.evaluate() bodies run in the browser; the project's tsconfig has no DOM lib, so type the global loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

/** Debian's chromium; the browser tests skip (visibly) when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Where screenshots go (gitignored). */
export const TEST_OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** Launches headless Chromium with everything that would phone home turned off. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What happened on a page besides rendering: console errors, uncaught errors, dialogs, requests. */
export interface PageEvents {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
}

/** Opens a page at a viewport width, recording console errors, script errors, dialogs and every request. */
export async function openPage(browser: Browser, width: number): Promise<{ page: Page; events: PageEvents }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const events: PageEvents = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') events.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => events.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    events.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => events.requests.push(r.url()));
  return { page, events };
}

/** Facts about the rendered report read from the live DOM. */
export interface PageFacts {
  title: string;
  clusters: string[];
  marks: Record<string, number>;
  dels: number;
  images: number;
  scripts: number;
  svgDots: number;
  scrollWidth: number;
  panes: Array<{ top: number; left: number }>;
  bodyText: string;
}

/** Reads the report's structure from the DOM. */
export function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const m of document.querySelectorAll('.cluster mark') as Array<{ className: string }>) marks[m.className] = (marks[m.className] ?? 0) + 1;
    const firstPair = document.querySelector('details.pair[open] .sbs');
    const panes = firstPair ? [...firstPair.querySelectorAll('.pane')].map((p) => p.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left })) : [];
    const visibleSvg = [...document.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
    return {
      title: document.title,
      clusters: [...document.querySelectorAll('article.cluster')].map((a) => a.getAttribute('data-cluster') ?? ''),
      marks,
      dels: document.querySelectorAll('.cluster del.boilerplate').length,
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      svgDots: visibleSvg ? visibleSvg.querySelectorAll('circle').length : 0,
      scrollWidth: document.documentElement.scrollWidth,
      panes,
      bodyText: document.body.innerText,
    };
  });
}

/** Each cluster article's link targets and text, from the live DOM. */
export function readClusters(page: Page): Promise<Array<{ links: string[]; text: string }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('article.cluster')].map((a) => ({
      links: [...a.querySelectorAll('a[href]')].map((l) => l.getAttribute('href') ?? ''),
      text: a.textContent ?? '',
    })),
  );
}

/** Asserts the served report page stayed inert and fit: no errors or dialogs, one request (`url`), no img or
 * script element, nothing wider than the viewport. */
export function expectInertReport(events: PageEvents, facts: PageFacts, view: { url: string; width: number }): void {
  expect(events.consoleErrors).toEqual([]);
  expect(events.pageErrors).toEqual([]);
  expect(events.dialogs).toEqual([]);
  expect(events.requests).toEqual([view.url]);
  expect(facts.title).toBe('Copy report · feedfold');
  expect(facts.images).toBe(0);
  expect(facts.scripts).toBe(0);
  expect(facts.scrollWidth).toBeLessThanOrEqual(view.width);
}
