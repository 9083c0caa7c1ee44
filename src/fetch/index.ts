// The fetch stage: a conditional GET (I/O) and a pure interpreter of its response; see DESIGN.md §3.3.
export { fetchFeed } from './fetch-feed.js';
export type { FetchFeedOptions } from './fetch-feed.js';
export { interpretResponse, failed } from './interpret-response.js';
export type { InterpretResponseOptions, ResponseFacts } from './interpret-response.js';
export { decodeBody, charsetFromContentType } from './decode-body.js';
export type { DecodedBody } from './decode-body.js';
export { getHeader, parseHttpDate, parseMaxAge, parseRetryAfter } from './cache-headers.js';
export type { HeadersLike } from './cache-headers.js';
export { classifyError } from './classify-error.js';
export { ACCEPT, ACCEPT_ENCODING, DEFAULT_FETCH_SETTINGS, resolveFetchSettings } from './defaults.js';
