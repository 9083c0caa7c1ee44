// GET /: a small index page linking the merged feeds, the copy report, the sources and the monitoring endpoints.
import { Hono } from 'hono';
import type { AppDeps } from '../app.js';
import { escapeHtml, renderPage } from '../html.js';
import { classifySource } from '../sources-view.js';

const LINKS: Array<[string, string]> = [
  ['/feed.xml', 'Merged feed (RSS 2.0)'],
  ['/feed.atom', 'Merged feed (Atom)'],
  ['/feed.json', 'Merged feed (JSON Feed)'],
  ['/copies.xml', 'Copies found (RSS 2.0)'],
  ['/copies.atom', 'Copies found (Atom)'],
  ['/report', 'Copy-detection report'],
  ['/report.json', 'Copy-detection report (JSON)'],
  ['/report.txt', 'Copy-detection report (plain text)'],
  ['/sources', 'Sources and their health'],
  ['/healthz', 'Health check (JSON)'],
  ['/metrics', 'Prometheus metrics'],
];

/** Routes: GET /. */
export function homeRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { publish, topic } = deps.config;
    const counts = new Map<string, number>();
    for (const source of await deps.store.sources.list()) {
      const health = classifySource(source);
      if (health !== 'removed') counts.set(health, (counts.get(health) ?? 0) + 1);
    }
    const health = [...counts].map(([h, n]) => `<span class="${h}">${n} ${h}</span>`).join(', ');
    const items = LINKS.map(([href, label]) => `<li><a href="${href}">${escapeHtml(label)}</a> <small><code>${href}</code></small></li>`);
    const body = `<h1>${escapeHtml(publish.title)}</h1>
<p>${escapeHtml(publish.description)}</p>
<p>Following: <strong>${escapeHtml(topic.name)}</strong> across ${deps.config.sources.length} sources${health ? ` (<a href="/sources">${health}</a>)` : ''}.</p>
<ul>
${items.join('\n')}
</ul>`;
    const head = [
      '<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">',
      '<link rel="alternate" type="application/atom+xml" title="Atom" href="/feed.atom">',
      '<link rel="alternate" type="application/feed+json" title="JSON Feed" href="/feed.json">\n',
    ].join('\n');
    return c.html(renderPage(publish.title, body, head));
  });
  return app;
}
