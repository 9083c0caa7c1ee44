// Pure HTTP caching helpers for the feed routes: strong ETags, HTTP dates, conditional requests, gzip choice.
import { createHash } from 'node:crypto';

/** Suffix of the ETag of the gzip-coded representation (a different representation needs a different strong tag). */
export const GZIP_ETAG_SUFFIX = '-gz';

/** Strong ETag of a body: a quoted, truncated base64url sha256. */
export function computeEtag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** The ETag of the gzip representation of the body whose identity ETag is `etag`. */
export function gzipEtag(etag: string): string {
  return `${etag.slice(0, -1)}${GZIP_ETAG_SUFFIX}"`;
}

/** Epoch ms rounded down to whole seconds (HTTP dates have second precision). */
export function floorToSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** An IMF-fixdate ("Tue, 14 Nov 2023 15:00:00 GMT"). */
export function formatHttpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

function opaqueTag(tag: string): string {
  const bare = tag.trim().replace(/^W\//, '');
  return bare.endsWith(`${GZIP_ETAG_SUFFIX}"`) ? `${bare.slice(0, -GZIP_ETAG_SUFFIX.length - 1)}"` : bare;
}

/** Conditional request headers as received. */
export interface ConditionalHeaders {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

/**
 * Whether a GET/HEAD can be answered 304 (RFC 9110 §13.1.2, §13.1.3): If-None-Match wins when present (weak
 * comparison, the gzip and identity tags of one body match each other); otherwise If-Modified-Since.
 */
export function isNotModified(headers: ConditionalHeaders, validators: { etag: string; lastModified: number }): boolean {
  if (headers.ifNoneMatch !== undefined && headers.ifNoneMatch.trim() !== '') {
    if (headers.ifNoneMatch.trim() === '*') return true;
    const ours = opaqueTag(validators.etag);
    return headers.ifNoneMatch.split(',').some((tag) => opaqueTag(tag) === ours);
  }
  if (headers.ifModifiedSince === undefined) return false;
  const since = Date.parse(headers.ifModifiedSince);
  // An unparseable date is ignored, as the RFC requires.
  if (Number.isNaN(since)) return false;
  return floorToSecond(validators.lastModified) <= since;
}

/** Whether Accept-Encoding admits gzip (listed, or via `*`, with a non-zero q-value). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  let star: boolean | undefined;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (coding.trim() === 'gzip' || coding.trim() === 'x-gzip') return accepted;
    if (coding.trim() === '*') star = accepted;
  }
  return star ?? false;
}
