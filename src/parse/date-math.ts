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
  let wall: number;
  if (year < 0 || year > 99) wall = Date.UTC(year, month - 1, day, hour, minute, second, 0);
  else {
    // setUTCFullYear: Date.UTC would map years 0-99 to 1900-1999.
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(hour, minute, second, 0);
    wall = d.getTime();
  }
  const t = wall - offsetMinutes * 60_000;
  return Number.isFinite(t) ? t : undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "+05:30", "-0800", "+01", "Z", "UTC" → minutes east of UTC; undefined when malformed. */
export function parseOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  // The usual "+0100"/"-0800", read without a regex.
  if (zone.length === 5 && (zone[0] === '+' || zone[0] === '-') && isDigits(zone, 1, 5)) {
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(3));
    if (hours > 23 || minutes > 59) return undefined;
    return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
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

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
