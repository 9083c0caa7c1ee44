// The JSON report: the model as-is, with every time (fields ending in `At`, and the filters' from/to) as ISO 8601.
import type { ReportModel } from './model.js';

/** Renders the model as pretty-printed JSON (see the README's field reference). */
export function renderReportJson(model: ReportModel): string {
  const filters: Record<string, unknown> = { ...model.filters };
  if (model.filters.from !== undefined) filters.from = toIso(model.filters.from);
  if (model.filters.to !== undefined) filters.to = toIso(model.filters.to);
  const replacer = (key: string, value: unknown) => (key.endsWith('At') && typeof value === 'number' ? toIso(value) : value);
  return `${JSON.stringify({ ...model, filters }, replacer, 2)}\n`;
}

function toIso(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
