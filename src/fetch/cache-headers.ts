// Reading HTTP caching and rate-limit headers: Retry-After, Cache-Control, Expires (RFC 9110 / 9111). Pure.

/** Headers as a WHATWG `Headers` object or Node's lower-cased `IncomingHttpHeaders` record. */
export type HeadersLike = Headers | Record<string, string | string[] | number | undefined>;

/** One header value (repeated headers joined with ", "), or undefined when absent. */
export function getHeader(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | number | undefined>;
  const value = record[name.toLowerCase()] ?? record[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Parses an HTTP-date (IMF-fixdate, RFC 850 or asctime); epoch ms or undefined. */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (!value || !/[a-z]/i.test(value)) return undefined;
  const ms = Date.parse(value.trim());
  return Number.isFinite(ms) ? ms : undefined;
}

/** Retry-After as whole seconds from `now` (delta-seconds or an HTTP-date; past dates give 0). */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), MAX_SECONDS);
  const at = parseHttpDate(trimmed);
  return at === undefined ? undefined : clampSeconds((at - now) / 1000);
}

/**
 * How long the response may be reused, in seconds: Cache-Control max-age, else s-maxage, else 0 for
 * no-cache/no-store, else Expires minus Date (the server's own clock, or `now` without a Date header).
 */
export function parseMaxAge(headers: HeadersLike, now: number): number | undefined {
  const cacheControl = getHeader(headers, 'cache-control');
  if (cacheControl) {
    const directives = parseDirectives(cacheControl);
    for (const name of ['max-age', 's-maxage']) {
      const v = directives.get(name);
      if (v !== undefined && /^\d+$/.test(v)) return Math.min(Number(v), MAX_SECONDS);
    }
    if (directives.has('no-store') || directives.has('no-cache')) return 0;
  }
  const expires = getHeader(headers, 'expires');
  if (expires === undefined) return undefined;
  const expiresAt = parseHttpDate(expires);
  // RFC 9111 §5.3: an invalid Expires (often "0" or "-1") means already expired.
  if (expiresAt === undefined) return 0;
  const date = parseHttpDate(getHeader(headers, 'date')) ?? now;
  return clampSeconds((expiresAt - date) / 1000);
}

// Ten years: anything larger is a server bug, and keeps the numbers sane for the scheduler.
const MAX_SECONDS = 10 * 365 * 24 * 3600;

function clampSeconds(seconds: number): number {
  return Math.min(MAX_SECONDS, Math.max(0, Math.floor(seconds)));
}

function parseDirectives(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of value.split(',')) {
    const [name, ...rest] = part.split('=');
    const key = name.trim().toLowerCase();
    if (key) out.set(key, rest.join('=').trim().replace(/^"|"$/g, ''));
  }
  return out;
}
