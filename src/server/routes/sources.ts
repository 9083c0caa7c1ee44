// GET /sources (HTML, or JSON when the client asks for it) and GET /sources.json: per-source health.
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../app.js';
import { buildSourceViews, renderSourcesHtml, type SourceView } from '../sources-view.js';

/** Routes: GET /sources, GET /sources.json. */
export function sourcesRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const views = async (): Promise<SourceView[]> =>
    buildSourceViews(
      await deps.store.sources.list(),
      deps.scheduler?.snapshot().inFlight ?? [],
      deps.config.sources.map((s) => s.id),
    );
  const json = async (c: Context) => {
    const sources = await views();
    c.header('Cache-Control', 'no-store');
    return c.json({ generatedAt: new Date(deps.now()).toISOString(), sources });
  };
  app.get('/sources.json', json);
  app.get('/sources', async (c) => {
    c.header('Vary', 'Accept');
    if (prefersJson(c.req.header('Accept'))) return json(c);
    const sources = await views();
    c.header('Cache-Control', 'no-store');
    return c.html(renderSourcesHtml(sources, deps.config.publish.title, deps.now()));
  });
  return app;
}

/** True when the Accept header ranks application/json above text/html. */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  let json = 0;
  let html = 0;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) || 0 : 1;
    if (type === 'application/json') json = Math.max(json, q);
    if (type === 'text/html') html = Math.max(html, q);
  }
  return json > 0 && json > html;
}
