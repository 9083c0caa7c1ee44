// The report stage: build one model from the store, render it as HTML, JSON or text.
import type { ReportModel } from './model.js';
import { renderReportHtml } from './render-html.js';
import { renderReportJson } from './render-json.js';
import { renderReportText } from './render-text.js';

export * from './model.js';
export { buildReport, normalizeFilters, type BuildReportInput } from './build-report.js';
export { parseReportFilters, type ReportQuery } from './parse-filters.js';
export { renderHighlightedText, type HighlightSpan } from './highlight.js';
export { REPORT_CSP, renderReportHtml } from './render-html.js';
export { renderReportJson } from './render-json.js';
export { renderReportText } from './render-text.js';

/** The report formats, keyed by name. */
export type ReportFormat = 'html' | 'json' | 'text';

/** One pure renderer per format. */
export const reportRenderers: Record<ReportFormat, (model: ReportModel) => string> = {
  html: renderReportHtml,
  json: renderReportJson,
  text: renderReportText,
};

/** Content types the server sends per format. */
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};
