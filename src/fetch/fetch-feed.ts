// The I/O half of fetching: a conditional GET with manual redirects, one deadline for the whole exchange
// (connect, headers, every hop, the whole body), byte caps, and decompression. Expected failures are values.
import http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { FetchResult, FetchSettings, FetchState } from '../model.js';
import { classifyError } from './classify-error.js';
import { ACCEPT, ACCEPT_ENCODING, resolveFetchSettings } from './defaults.js';
import { failed, interpretResponse } from './interpret-response.js';
import { readBody } from './read-body.js';

/** I/O hooks for one fetch: cancel, the clock, connection pools and DNS. */
export interface FetchFeedOptions {
  /** Cancels the fetch; fetchFeed then rejects with the signal's reason (a shutdown is not a feed failure). */
  signal?: AbortSignal;
  /** Clock for Retry-After and Expires, epoch ms; defaults to Date.now. */
  now?: () => number;
  /** Connection pools to use instead of Node's global agents. */
  agent?: { http?: http.Agent; https?: https.Agent };
  /** DNS resolver passed to net.connect (tests, or an operator's allow-list). */
  lookup?: LookupFunction;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// No keep-alive by default: a feed host is polled once per cycle, and a pooled socket the server has since
// closed fails the next request with ECONNRESET.
const DEFAULT_AGENTS = { http: new http.Agent({ keepAlive: false }), https: new https.Agent({ keepAlive: false }) };
const PERMANENT = new Set([301, 308]);

/** Fetches a feed with a conditional GET; resolves to ok | not-modified | failed, rejects only when cancelled. */
export async function fetchFeed(
  state: FetchState,
  settings: Partial<FetchSettings> = {},
  options: FetchFeedOptions = {},
): Promise<FetchResult> {
  const resolved = resolveFetchSettings(settings);
  const external = options.signal;
  external?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${resolved.timeoutMs} ms`));
  }, resolved.timeoutMs);
  const cancel = (): void => controller.abort(external?.reason);
  external?.addEventListener('abort', cancel, { once: true });
  try {
    return await followRedirects(state, resolved, options, controller.signal);
  } catch (err) {
    if (external?.aborted) throw external.reason;
    if (timedOut) return failed('FETCH_TIMEOUT', `no complete response within ${resolved.timeoutMs} ms`);
    const { code, message } = classifyError(err);
    return failed(code, message);
  } finally {
    clearTimeout(timer);
    external?.removeEventListener('abort', cancel);
  }
}

async function followRedirects(
  state: FetchState,
  settings: FetchSettings,
  options: FetchFeedOptions,
  signal: AbortSignal,
): Promise<FetchResult> {
  const start = parseHttpUrl(state.url);
  if (typeof start === 'string') return failed('FETCH_BAD_URL', `${start}: ${state.url}`);
  const now = options.now ?? Date.now;
  const headers = requestHeaders(state, settings);
  const visited = new Set([start.href]);
  let url = start;
  let permanent = true;
  let hops = 0;
  for (;;) {
    const response = await sendRequest(url, headers, signal, options);
    const status = response.statusCode ?? 0;
    const location = headerAsUtf8(response.headers.location);
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      const next = parseHttpUrl(location, url);
      if (typeof next === 'string') {
        return failed('FETCH_BAD_URL', `redirect from ${url.href}: ${next}: ${location}`, status);
      }
      if (visited.has(next.href)) {
        return failed('FETCH_TOO_MANY_REDIRECTS', `redirect loop: ${url.href} -> ${next.href}`, status);
      }
      hops += 1;
      if (hops > settings.maxRedirects) {
        const message = `more than ${settings.maxRedirects} redirects (next: ${next.href})`;
        return failed('FETCH_TOO_MANY_REDIRECTS', message, status);
      }
      visited.add(next.href);
      permanent &&= PERMANENT.has(status);
      url = next;
      continue;
    }
    // Never record a permanent move from https to http: that would downgrade the source for good.
    const moved = hops > 0 && permanent && !(start.protocol === 'https:' && url.protocol === 'http:');
    const facts = {
      status,
      statusText: response.statusMessage,
      headers: response.headers,
      url: url.href,
      movedTo: moved ? url.href : undefined,
    };
    if (status < 200 || status > 299 || status === 204 || status === 205) {
      response.destroy();
      const result = interpretResponse(facts, { now: now() });
      // A 304 may omit the validators; the ones we sent are still the current ones.
      if (result.kind !== 'not-modified') return result;
      const etag = result.etag ?? state.etag;
      const lastModified = result.lastModified ?? state.lastModified;
      return { ...result, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    }
    const body = await readBody(response, settings, signal);
    if (body.kind === 'too-large') return failed('FETCH_TOO_LARGE', body.message, status);
    if (body.kind === 'bad-encoding') return failed('FETCH_BAD_ENCODING', body.message, status);
    return interpretResponse({ ...facts, body: body.bytes }, { now: now() });
  }
}

/** An absolute http(s) URL without its fragment, or a reason it is not one. */
function parseHttpUrl(raw: string, base?: URL): URL | string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `unsupported scheme ${url.protocol}`;
  if (!url.hostname) return 'URL has no host';
  url.hash = '';
  return url;
}

function requestHeaders(state: FetchState, settings: FetchSettings): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': settings.userAgent,
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  // Validators are echoed as the server sent them, unless they hold bytes Node would refuse to send.
  if (state.etag && sendable(state.etag)) headers['if-none-match'] = state.etag;
  if (state.lastModified && sendable(state.lastModified)) headers['if-modified-since'] = state.lastModified;
  return headers;
}

/** Node hands header bytes over as Latin-1; a Location with UTF-8 bytes (as browsers read it) is re-read as UTF-8. */
function headerAsUtf8(value: string | undefined): string | undefined {
  if (!value || !/[\x80-\xff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}

function sendable(value: string): boolean {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(value);
}

function sendRequest(
  url: URL,
  headers: OutgoingHttpHeaders,
  signal: AbortSignal,
  options: FetchFeedOptions,
): Promise<IncomingMessage> {
  const secure = url.protocol === 'https:';
  const agent = (secure ? options.agent?.https : options.agent?.http) ?? DEFAULT_AGENTS[secure ? 'https' : 'http'];
  // 64 KiB of headers: some CDNs send more than Node's 16 KiB default in cookies and policies.
  const requestOptions = { method: 'GET', headers, signal, agent, lookup: options.lookup, maxHeaderSize: 65_536 };
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(url, requestOptions, resolve);
    request.on('error', reject);
    request.end();
  });
}
