// GET/HEAD /report (HTML), /report.json and /report.txt: the copy-detection report, built on request from the
// store, with the filters as query parameters (from, to, source, kind, minScore).
import { Hono, type Context } from 'hono';
import { HttpError } from '../../errors.js';
import {
  buildReport,
  parseReportFilters,
  REPORT_CONTENT_TYPES,
  REPORT_CSP,
  reportRenderers,
  type ReportFormat,
  type ReportStore,
} from '../../report/index.js';
import type { AppDeps } from '../app.js';

/** AppDeps as the report routes use them: the clock and the store's read methods. */
export type ReportRoutesDeps = Pick<AppDeps, 'now'> & Partial<Pick<AppDeps, 'config'>> & { store: ReportStore };

/** The report paths and the format each serves. */
export const REPORT_PATHS: ReadonlyArray<{ path: string; format: ReportFormat }> = [
  { path: '/report', format: 'html' },
  { path: '/report.json', format: 'json' },
  { path: '/report.txt', format: 'text' },
];

async function serveReport(c: Context, deps: ReportRoutesDeps, format: ReportFormat): Promise<Response> {
  const now = deps.now();
  const q = c.req.queries();
  const last = (key: string) => q[key]?.[q[key].length - 1];
  const parsed = parseReportFilters(
    { from: last('from'), to: last('to'), source: q.source, kind: q.kind, minScore: last('minScore') },
    now,
  );
  if (!parsed.ok) throw new HttpError(400, `bad report filter: ${parsed.problems.join('; ')}`);
  const body = reportRenderers[format](await buildReport({ store: deps.store, now, topic: deps.config?.topic.name }, parsed.filters));
  const headers: Record<string, string> = {
    'Content-Type': REPORT_CONTENT_TYPES[format],
    // Built from live data on every request: caches must revalidate.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (format === 'html') headers['Content-Security-Policy'] = `${REPORT_CSP}; frame-ancestors 'none'`;
  return c.body(body, 200, headers);
}

/** Routes: the report as an HTML page, as JSON and as text. */
export function reportRoutes(deps: ReportRoutesDeps): Hono {
  const app = new Hono();
  for (const { path, format } of REPORT_PATHS) app.get(path, (c) => serveReport(c, deps, format));
  return app;
}
