// Parses report filters from strings (HTTP query parameters or CLI flags) into ReportFilters.
import { COPY_KINDS, type ReportCopyKind, type ReportFilters } from './model.js';

/** Filter values as strings; lists may be repeated or comma-separated. */
export interface ReportQuery {
  from?: string;
  to?: string;
  source?: string | string[];
  kind?: string | string[];
  minScore?: string;
}

/** The parsed filters, or one problem line per bad value (`kind: unknown value "x"`). */
export type ParseFiltersResult = { ok: true; filters: ReportFilters } | { ok: false; problems: string[] };

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Parses a query. Times are ISO 8601 (`2023-11-14`, `2023-11-14T10:00Z`), epoch milliseconds, or an age
 * relative to `now` (`90m`, `24h`, `7d`, `2w`). `minScore` is a number from 0 to 1.
 */
export function parseReportFilters(query: ReportQuery, now: number): ParseFiltersResult {
  const problems: string[] = [];
  const filters: ReportFilters = {};
  for (const key of ['from', 'to'] as const) {
    const raw = query[key]?.trim();
    if (!raw) continue;
    const at = parseTime(raw, now);
    if (at === undefined) problems.push(`${key}: not a date, epoch milliseconds or age like 24h: "${raw}"`);
    else filters[key] = at;
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from >= filters.to) {
    problems.push('from: must be before to');
  }
  const sources = splitList(query.source);
  if (sources.length > 0) filters.sources = sources;
  const kinds = splitList(query.kind);
  const unknown = kinds.filter((k) => !(COPY_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) problems.push(`kind: unknown value "${unknown[0]}" (one of ${COPY_KINDS.join(', ')})`);
  else if (kinds.length > 0) filters.kinds = kinds as ReportCopyKind[];
  const rawScore = query.minScore?.trim();
  if (rawScore) {
    const score = Number(rawScore);
    if (!Number.isFinite(score) || score < 0 || score > 1) problems.push(`minScore: must be a number from 0 to 1: "${rawScore}"`);
    else filters.minScore = score;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filters };
}

function parseTime(raw: string, now: number): number | undefined {
  const age = /^(\d+)([mhdw])$/.exec(raw);
  if (age) return now - Number(age[1]) * UNITS[age[2]];
  if (/^\d{9,}$/.test(raw)) return Number(raw);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) return undefined;
  // A date or time without a zone is read as UTC, so the same query means the same thing on every server.
  const zoned = raw.length === 10 || /(Z|[+-]\d{2}:?\d{2})$/.test(raw) ? raw : `${raw}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : ms;
}

function splitList(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0))];
}
