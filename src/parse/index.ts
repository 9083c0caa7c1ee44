// The parse stage: feed documents in, normalized items out. Pure: no I/O, no clock.
/** Parse a feed document into normalized items. */
export { parseFeed } from './parse-feed.js';
/** Canonical item links; whether a query key is a tracking parameter. */
export { canonicalizeUrl, isTrackingKey } from './canonicalize-url.js';
/** Epoch milliseconds from a feed date, or undefined. */
export { parseDate } from './parse-date.js';
/** Plain text from HTML; whitespace and character normalization of plain text. */
export { htmlToText, normalizeText } from './html-to-text.js';
/** Item identity hashes. */
export { computeIdentity, computeIdentities, type IdentityInput, type IdentityOptions } from './identity.js';
/** Options of parseFeed (declared in model.ts). */
export type { ParseFeedOptions } from '../model.js';
