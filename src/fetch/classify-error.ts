// Maps a Node network error (DNS, socket, TLS, HTTP parser) to a stable fetch error code and a short message.
import type { FetchErrorCode } from '../model.js';

/** A stable code and a one-line, operator-readable message for a thrown network error. */
export interface ClassifiedError {
  code: FetchErrorCode;
  message: string;
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA', 'ESERVFAIL']);

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed while sending the request',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
  ECONNABORTED: 'connection aborted',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed before the body was complete',
};

/** Classifies an error thrown while connecting, sending, or reading a response. */
export function classifyError(err: unknown): ClassifiedError {
  const e = (err ?? {}) as { code?: unknown; message?: unknown; hostname?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  // One line for the source's error column: OpenSSL messages carry newlines and file names.
  const detail = (typeof e.message === 'string' && e.message ? e.message : String(err)).replace(/\s+/g, ' ').trim();
  if (DNS.has(code)) {
    const host = typeof e.hostname === 'string' ? ` for ${e.hostname}` : '';
    return { code: 'FETCH_DNS', message: `DNS lookup failed${host} (${code})` };
  }
  if (code === 'ETIMEDOUT') return { code: 'FETCH_TIMEOUT', message: `connection timed out (${code})` };
  if (code in NETWORK) return { code: 'FETCH_NETWORK', message: `${NETWORK[code]} (${code})` };
  if (/^(EPROTO$|ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code)) {
    return { code: 'FETCH_NETWORK', message: `TLS: ${detail} (${code})` };
  }
  if (code.startsWith('HPE_')) return { code: 'FETCH_NETWORK', message: `malformed HTTP response: ${detail} (${code})` };
  if (code === 'ERR_INVALID_URL' || code === 'ERR_INVALID_PROTOCOL') {
    return { code: 'FETCH_BAD_URL', message: detail };
  }
  if (detail === 'socket hang up' || detail === 'aborted') {
    return { code: 'FETCH_NETWORK', message: 'connection closed before the response was complete' };
  }
  // Unknown causes still get a stable code; the message keeps Node's wording for the operator.
  return { code: 'FETCH_NETWORK', message: code ? `${detail} (${code})` : detail };
}
