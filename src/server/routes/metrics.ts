// GET /metrics: the instance's Prometheus registry in text exposition format.
import { Hono } from 'hono';
import type { AppDeps } from '../app.js';

/** Routes: GET /metrics (404 when the app was built without metrics). */
export function metricsRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/metrics', async (c) => {
    const metrics = deps.metrics;
    if (!metrics) return c.text('metrics are not enabled in this process\n', 404);
    // Per-source gauges come from the database at scrape time, so they survive restarts and show unpolled sources.
    for (const source of await deps.store.sources.list()) {
      if (source.removedAt !== undefined) metrics.forgetSource(source.id);
      else {
        metrics.setSourceHealth(source.id, {
          consecutiveErrors: source.consecutiveErrors,
          lastSuccessAt: source.lastSuccessAt,
          disabled: source.disabledReason !== undefined,
        });
      }
    }
    const text = await metrics.render();
    c.header('Cache-Control', 'no-store');
    return c.body(text, 200, { 'Content-Type': metrics.contentType });
  });
  return app;
}
