// The forgiving date reader behind parseDate: reads tokens (month names, numbers, times, zones) in any
// order, skips weekdays and filler words, and rejects the string when a token means nothing.
import { MONTHS, NOISE_WORDS, WEEKDAYS, ZONES } from './date-names.js';
import { buildUtc, expandYear, parseOffset } from './date-math.js';

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  nums: string[];
  time?: [number, number, number];
  meridiem?: 'am' | 'pm';
  zone?: number | string;
  monthWords: number[];
  ambiguous: number[];
}

const TIME = /^(\d{1,2})(?::(\d{1,2}))(?::(\d{1,2})(?:[.,]\d+)?)?(am|pm)?([+-]\d{2}:?\d{2}|z)?$/;
const TIME_H = /^(\d{1,2})h(\d{2})$/;
const HOUR_MERIDIEM = /^(\d{1,2})(am|pm)$/;
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
const ZONE_GMT = /^(?:gmt|utc|ut)([+-]\d{1,2}(?::?\d{2})?)$/;
const ZONE_NUM = /^[+-]\d{2}:?\d{2}$/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|e|\.)$/;
const timeZoneCache = new Map<string, boolean>();

function isIanaZone(name: string): boolean {
  let known = timeZoneCache.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (timeZoneCache.size < 500) timeZoneCache.set(name, known);
  }
  return known;
}

/** Offset (minutes east of UTC) of an IANA zone at the given UTC instant. */
function ianaOffset(zone: string, utc: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
  const n = (k: string) => Number(p[k]);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((wall - Math.floor(utc / 1000) * 1000) / 60_000);
}

function prepare(input: string): string {
  return input
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/(\d{2,4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, '$1-$2-$3')
    .replace(/오후/g, ' pm ')
    .replace(/오전/g, ' am ')
    .replace(/\b([ap])\.\s?m\.?/g, '$1m')
    .replace(/(:\d{2})\s+(am|pm)\b/g, '$1$2')
    .replace(/(^|\s)(\d{1,2})\s+(am|pm)\b/g, '$1$2$3')
    .replace(/(\d)t(\d)/g, '$1 $2')
    .replace(/[,;]|\s-\s|\s–\s/g, ' ');
}

function takeWord(word: string, parts: Parts): boolean {
  const w = word.replace(/\.+$/, '');
  if (w === 'am' || w === 'pm') return (parts.meridiem = w), true;
  const month = MONTHS.get(w);
  if (month !== undefined) {
    (WEEKDAYS.has(w) ? parts.ambiguous : parts.monthWords).push(month);
    return true;
  }
  if (WEEKDAYS.has(w)) return true;
  if (ZONES.has(w) && parts.time !== undefined && parts.zone === undefined) return (parts.zone = ZONES.get(w)), true;
  if (NOISE_WORDS.has(w)) return true;
  if (ZONES.has(w) && parts.zone === undefined) return (parts.zone = ZONES.get(w)), true;
  return false;
}

function takeToken(token: string, original: string, parts: Parts): boolean {
  let m: RegExpExecArray | null;
  if ((m = TIME.exec(token)) || (m = TIME_H.exec(token))) {
    if (parts.time) return false;
    parts.time = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (m[4]) parts.meridiem = m[4] as 'am' | 'pm';
    if (m[5]) parts.zone = parseOffset(m[5]) ?? NaN;
    return true;
  }
  if ((m = HOUR_MERIDIEM.exec(token))) {
    if (parts.time) return false;
    parts.time = [Number(m[1]), 0, 0];
    parts.meridiem = m[2] as 'am' | 'pm';
    return true;
  }
  if ((m = NUMERIC_DATE.exec(token))) return takeNumericDate(m, parts);
  if ((m = ZONE_GMT.exec(token)) || ZONE_NUM.test(token)) {
    if (parts.zone !== undefined && parts.zone !== 0) return false;
    parts.zone = parseOffset(m ? m[1] : token) ?? NaN;
    return true;
  }
  if (/^\d{4}$/.test(token) && parts.year === undefined) return (parts.year = Number(token)), true;
  if (/^\d{1,2}$/.test(token)) return parts.nums.push(token), true;
  if ((m = ORDINAL.exec(token))) return parts.nums.push(m[1]), true;
  if (/^[a-z_]+\/[a-z_/+-]+$/.test(token) && parts.zone === undefined) {
    const name = original.replace(/\.+$/, '');
    if (!isIanaZone(name)) return false;
    parts.zone = name;
    return true;
  }
  if (/^\p{L}+\.?$/u.test(token)) return takeWord(token, parts);
  return false;
}

function takeNumericDate(m: RegExpExecArray, parts: Parts): boolean {
  if (parts.year !== undefined || parts.month !== undefined) return false;
  const [a, sep, b, c] = [m[1], m[2], m[3], m[4]];
  if (a.length === 4) {
    parts.year = Number(a);
    parts.month = Number(b);
    parts.day = Number(c);
  } else if (c.length === 4 || c.length === 2) {
    parts.year = expandYear(c);
    // Slashes are month-first (US) unless that cannot be; dots and dashes are day-first.
    const monthFirst = sep === '/' ? Number(a) <= 12 || Number(b) > 12 : Number(b) > 12 && Number(a) <= 12;
    parts.month = Number(monthFirst ? a : b);
    parts.day = Number(monthFirst ? b : a);
  } else return false;
  return true;
}

function assemble(parts: Parts, korean: boolean): number | undefined {
  const months = parts.monthWords.length > 0 ? parts.monthWords : parts.ambiguous;
  if (months.length > 1 || (months.length === 1 && parts.month !== undefined)) return undefined;
  let { year, month, day } = parts;
  const nums = [...parts.nums];
  if (months.length === 1) month = months[0];
  if (month !== undefined && day === undefined) day = nums.length > 0 ? Number(nums.shift()) : 1;
  if (month === undefined && nums.length >= 2) {
    day = Number(nums.shift());
    month = Number(nums.shift());
  }
  if (year === undefined && nums.length > 0) year = expandYear(nums.shift() as string);
  if (year === undefined || month === undefined || day === undefined || nums.length > 0) return undefined;
  let [hour, minute, second] = parts.time ?? [0, 0, 0];
  if (parts.meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (parts.meridiem === 'pm' ? 12 : 0);
  }
  const zone = parts.zone ?? (korean ? 540 : 0);
  if (typeof zone === 'number') {
    return Number.isNaN(zone) ? undefined : buildUtc(year, month, day, hour, minute, second, zone);
  }
  const guess = buildUtc(year, month, day, hour, minute, second, 0);
  if (guess === undefined) return undefined;
  const first = guess - ianaOffset(zone, guess) * 60_000;
  return guess - ianaOffset(zone, first) * 60_000;
}

/** Reads a non-ISO date string; undefined unless every token is understood. */
export function parseLooseDate(input: string): number | undefined {
  const korean = /[년월일오후전]/.test(input);
  const prepared = prepare(input);
  const originals = input.replace(/\([^)]*\)/g, ' ').replace(/[,;]/g, ' ').split(/\s+/);
  const parts: Parts = { nums: [], monthWords: [], ambiguous: [] };
  const tokens = prepared.split(/\s+/).filter((t) => t !== '' && t !== '-' && t !== '–' && t !== '.');
  for (const token of tokens) {
    const original = originals.find((o) => o.toLowerCase() === token) ?? token;
    if (!takeToken(token, original, parts)) return undefined;
  }
  if (tokens.length === 0) return undefined;
  return assemble(parts, korean);
}
