// parseFeed: detect the format, read it (rss-parser for XML, our reader for JSON Feed), normalize items.
import { ParseError } from '../errors.js';
import type { NormalizedItem, ParsedFeed, ParseFeedOptions } from '../model.js';
import { canonicalizeUrl } from './canonicalize-url.js';
import { normalizeLanguage } from './field-values.js';
import { htmlToLine, normalizeLine } from './html-to-text.js';
import { computeIdentities } from './identity.js';
import { normalizeItemForIdentity } from './normalize-item.js';
import type { RawFeed } from './raw-feed.js';
import { readJsonFeed } from './read-json-feed.js';
import { readXmlFeed } from './read-xml-feed.js';
import { sniffDocument } from './sniff-document.js';

/** RSS <ttl> above a month is a typo, not a schedule. */
const MAX_TTL_MINUTES = 60 * 24 * 30;

function documentBaseOf(feedUrl: string): string | undefined {
  try {
    const url = new URL(feedUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function normalizeFeed(raw: RawFeed, options: ParseFeedOptions): ParsedFeed {
  const itemOptions = { ...options, feedLanguage: raw.language };
  const drafts = raw.items.map((item) => normalizeItemForIdentity(item, itemOptions));
  const identities = computeIdentities(drafts);
  const seen = new Set<string>();
  const items: NormalizedItem[] = [];
  drafts.forEach((draft, k) => {
    // The same item listed twice in one document (same identity) is kept once, first occurrence.
    if (seen.has(identities[k])) return;
    seen.add(identities[k]);
    draft.identity = identities[k];
    items.push(draft);
  });
  const title = !raw.title ? '' : raw.title.kind === 'html' ? htmlToLine(raw.title.value) : normalizeLine(raw.title.value);
  const ttl = raw.ttl !== undefined && /^\s*\d+\s*$/.test(raw.ttl) ? Number(raw.ttl) : undefined;
  const feed: ParsedFeed = { format: raw.format, items };
  if (title !== '') feed.title = title;
  const link = raw.link !== undefined ? canonicalizeUrl(raw.link) : undefined;
  if (link !== undefined) feed.link = link;
  const language = normalizeLanguage(raw.language);
  if (language !== undefined) feed.language = language;
  if (ttl !== undefined && ttl > 0 && ttl <= MAX_TTL_MINUTES) feed.ttlMinutes = ttl;
  return feed;
}

/**
 * Parses an RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 document into normalized items.
 * `feedUrl` is the base for relative links. Throws ParseError: PARSE_NOT_A_FEED (HTML page, other JSON,
 * empty or plain text), PARSE_UNSAFE (entity tricks), PARSE_MALFORMED (XML beyond recovery). Lenient
 * otherwise: a bad optional field is dropped.
 */
export async function parseFeed(text: string, feedUrl: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  if (typeof text !== 'string') throw new ParseError('PARSE_NOT_A_FEED', 'not a feed: the body is not text');
  const sniff = sniffDocument(text);
  const base = documentBaseOf(feedUrl);
  let raw: RawFeed;
  if (sniff.kind === 'unknown') throw new ParseError('PARSE_NOT_A_FEED', `not a feed: ${sniff.reason}`);
  else if (sniff.kind === 'json') raw = readJsonFeed(sniff.text, base);
  else raw = await readXmlFeed(sniff, base);
  return normalizeFeed(raw, options);
}
