import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createErrorHandler } from '../../src/server/error-handler.js';
import { reportRoutes } from '../../src/server/routes/report.js';
import { createFixtureStore, FIXTURE_NOW } from '../fixtures/report/fixture-store.js';

function createTestApp(): Hono {
  const app = new Hono();
  app.onError(createErrorHandler());
  app.route('/', reportRoutes({ store: createFixtureStore(), now: () => FIXTURE_NOW }));
  return app;
}

describe('report routes', () => {
  const app = createTestApp();

  it.each([
    ['/report', 'text/html; charset=utf-8', '<!doctype html>'],
    ['/report.json', 'application/json; charset=utf-8', '{\n  "version": 1'],
    ['/report.txt', 'text/plain; charset=utf-8', 'feedfold copy report'],
  ])('GET %s serves %s', async (path, type, start) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect((await res.text()).startsWith(start)).toBe(true);
  });

  it('sends a restrictive Content-Security-Policy with the HTML page', async () => {
    const res = await app.request('/report');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['?kind=verbatim', [2, 7]],
    ['?kind=verbatim&kind=rewrite', [2, 6, 7]],
    ['?source=blog-y', [3]],
    ['?minScore=0.9', [2, 3, 7]],
    ['?from=2023-11-15&to=2023-11-16', [4, 6, 7]],
  ])('applies the query filters %s', async (query, ids) => {
    const doc = (await (await app.request(`/report.json${query}`)).json()) as { clusters: Array<{ copies: Array<{ itemId: number }> }> };
    const found = doc.clusters.flatMap((c) => c.copies.map((x) => x.itemId));
    expect(found.sort((a, b) => a - b)).toEqual(ids);
  });

  it.each([
    ['/report.json?kind=nope', /kind: unknown value \\?"nope/],
    ['/report?minScore=2', /minScore: must be a number from 0 to 1/],
    ['/report.json?from=soon', /from: not a date/],
  ])('answers 400 to a bad filter: %s', async (path, message) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(message);
  });
});
