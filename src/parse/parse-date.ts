// Dates as feeds write them: RFC 822 (and sloppy variants), ISO 8601 / W3C-DTF, asctime, epoch seconds,
// localized month names. An unparseable value is undefined, never "now".
import { buildUtc, expandYear, parseOffset } from './date-math.js';
import { parseLooseDate } from './parse-loose-date.js';

const ISO =
  /^([+-]\d{6}|\d{4})(?:-(\d{1,3})(?:-(\d{1,2}))?)?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?(?:\s*Z)?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,]\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YYMMDD = /^(\d{2})-?(\d{2})-?(\d{2})$/;
const YYMM = /^-(\d{2})-?(\d{2})$/;

// The common RFC 822 shape, read without the general tokenizer.
const RFC822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|GMT|UTC?|Z)$/;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parseRfc822(s: string): number | undefined {
  const m = RFC822.exec(s);
  if (!m) return undefined;
  const month = MONTH_ABBR.indexOf(m[2].toLowerCase()) + 1;
  const offset = parseOffset(m[7]);
  if (month === 0 || offset === undefined) return undefined;
  return buildUtc(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}

function parseIso(s: string): number | undefined {
  let m = ISO.exec(s);
  if (m) {
    const fraction = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    const offset = parseOffset(m[8]);
    if (offset === undefined) return undefined;
    const t = buildUtc(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1,
      m[4] ? Number(m[4]) : 0, m[5] ? Number(m[5]) : 0, m[6] ? Number(m[6]) : 0, offset);
    return t === undefined ? undefined : t + fraction;
  }
  m = ISO_BASIC.exec(s);
  if (m) {
    const offset = parseOffset(m[7]);
    if (offset === undefined) return undefined;
    return buildUtc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0),
      Number(m[6] ?? 0), offset);
  }
  m = YYMMDD.exec(s);
  if (m) return buildUtc(expandYear(m[1]), Number(m[2]), Number(m[3]));
  m = YYMM.exec(s);
  if (m) return buildUtc(expandYear(m[1]), Number(m[2]), 1);
  return undefined;
}

/**
 * Epoch milliseconds for a feed date (string, Date, or epoch number: seconds below 1e11, else ms).
 * A missing zone means UTC. Undefined when the value cannot be read. Never throws.
 */
export function parseDate(value: unknown): number | undefined {
  try {
    if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return undefined;
      const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
      return Math.abs(ms) <= 8.64e15 ? Math.trunc(ms) : undefined;
    }
    if (typeof value !== 'string') return undefined;
    const s = value.trim();
    if (s === '' || s.length > 120) return undefined;
    if (/^\d{9,10}$/.test(s)) return Number(s) * 1000;
    if (/^\d{12,13}$/.test(s)) return Number(s);
    const known = parseRfc822(s) ?? parseIso(s);
    if (known !== undefined) return known;
    if (/^[+-]?\d+$/.test(s)) return undefined;
    return parseLooseDate(s);
  } catch {
    return undefined;
  }
}
