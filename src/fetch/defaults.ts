// Default fetch settings and the request headers every feed request carries.
import type { FetchSettings } from '../model.js';

/** Defaults used for any setting that is missing or not a positive number. */
export const DEFAULT_FETCH_SETTINGS: FetchSettings = Object.freeze({
  timeoutMs: 20_000,
  maxBodyBytes: 15 * 1024 * 1024,
  maxDecodedBytes: 15 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'feedfold/0.1 (feed reader; polls RSS, Atom and JSON Feed)',
  concurrency: 8,
});

/** Feed formats first, generic XML/JSON next, then anything (an HTML page may still name its feed). */
export const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.3';

/** The content codings we can undo (node:zlib). */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Fills missing or invalid settings from the defaults; maxDecodedBytes falls back to maxBodyBytes. */
export function resolveFetchSettings(settings: Partial<FetchSettings> = {}): FetchSettings {
  const pick = (value: number | undefined, fallback: number, allowZero = false): number =>
    typeof value === 'number' && Number.isFinite(value) && (value > 0 || (allowZero && value === 0)) ? value : fallback;
  const maxBodyBytes = pick(settings.maxBodyBytes, DEFAULT_FETCH_SETTINGS.maxBodyBytes);
  return {
    timeoutMs: pick(settings.timeoutMs, DEFAULT_FETCH_SETTINGS.timeoutMs),
    maxBodyBytes,
    maxDecodedBytes: pick(settings.maxDecodedBytes, maxBodyBytes),
    maxRedirects: Math.floor(pick(settings.maxRedirects, DEFAULT_FETCH_SETTINGS.maxRedirects, true)),
    // A header value may not hold control characters: Node would refuse to send the request.
    userAgent: settings.userAgent?.replace(/[\x00-\x1f\x7f]+/g, ' ').trim() || DEFAULT_FETCH_SETTINGS.userAgent,
    concurrency: pick(settings.concurrency, DEFAULT_FETCH_SETTINGS.concurrency),
  };
}
