// The pure half of fetching: one final HTTP response (status, headers, body bytes) to a FetchResult.
import { STATUS_CODES } from 'node:http';
import type { FetchErrorCode, FetchFailed, FetchResult } from '../model.js';
import { getHeader, parseMaxAge, parseRetryAfter } from './cache-headers.js';
import type { HeadersLike } from './cache-headers.js';
import { decodeBody } from './decode-body.js';

/** The facts about the last response of a fetch, as the I/O shell (or a test's `Response`) has them. */
export interface ResponseFacts {
  status: number;
  statusText?: string;
  headers: HeadersLike;
  /** Final URL, after redirects. */
  url: string;
  /** Set by the shell when every redirect hop was permanent. */
  movedTo?: string;
  /** The decompressed body; only looked at for 2xx statuses. */
  body?: Uint8Array;
}

/** `now` (epoch ms) resolves Retry-After and Expires dates. */
export interface InterpretResponseOptions {
  now: number;
}

/** Maps a final response to ok | not-modified | failed; a failed result never carries the body. */
export function interpretResponse(response: ResponseFacts, options: InterpretResponseOptions): FetchResult {
  const { status, headers, url, movedTo } = response;
  const caching = {
    etag: getHeader(headers, 'etag') || undefined,
    lastModified: getHeader(headers, 'last-modified') || undefined,
    maxAgeSeconds: parseMaxAge(headers, options.now),
  };
  if (status === 304) return prune({ kind: 'not-modified', url, movedTo, ...caching });
  if (status < 200 || status > 299) return httpFailure(response, options.now);
  const body = response.body ?? new Uint8Array(0);
  const contentType = getHeader(headers, 'content-type') || undefined;
  const { text, charset } = decodeBody(body, contentType);
  if (text.trim() === '') {
    return failed('FETCH_EMPTY', `HTTP ${status} with an empty body`, status);
  }
  return prune({ kind: 'ok', status, url, movedTo, text, charset, contentType, ...caching, bytes: body.byteLength });
}

/** A failed result with a stable code and a one-line message. */
export function failed(code: FetchErrorCode, message: string, status?: number, retryAfterSeconds?: number): FetchFailed {
  return prune({ kind: 'failed', code, message, status, retryAfterSeconds });
}

function httpFailure(response: ResponseFacts, now: number): FetchFailed {
  const { status } = response;
  const reason = response.statusText || STATUS_CODES[status] || 'Unknown Status';
  // Retry-After only means "come back later" on 429 and 503; elsewhere it is ignored.
  const retryAfter =
    status === 429 || status === 503 ? parseRetryAfter(getHeader(response.headers, 'retry-after'), now) : undefined;
  let message = `HTTP ${status} ${reason}`;
  if (status >= 300 && status < 400) message += ' (a redirect without a usable Location header)';
  if (retryAfter !== undefined) message += ` (retry after ${retryAfter} s)`;
  return failed(`FETCH_HTTP_${status}`, message, status, retryAfter);
}

/** Drops keys whose value is undefined, so results compare and serialize cleanly. */
function prune<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}
