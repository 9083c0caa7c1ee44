// Calendar arithmetic shared by the date readers: validated UTC construction, zone offsets, 2-digit years.

/** Milliseconds for a UTC wall time; undefined when any part is out of range. */
export function buildUtc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  offsetMinutes = 0,
): number | undefined {
  if (!Number.isInteger(year) || year < -271820 || year > 275759) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  const d = new Date(0);
  // setUTCFullYear: Date.UTC would map years 0-99 to 1900-1999.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  const t = d.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(t) ? t : undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "+05:30", "-0800", "+01", "Z", "UTC" → minutes east of UTC; undefined when malformed. */
export function parseOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT' || z === 'UT') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Two-digit years: 00-49 → 2000s, 50-99 → 1900s (RFC 2822 §4.3). */
export function expandYear(y: string): number {
  const n = Number(y);
  return y.length > 2 ? n : n < 50 ? 2000 + n : 1900 + n;
}
