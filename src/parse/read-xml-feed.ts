// XML feeds: pick the format from the root element, make the text safe, then parse with rss-parser —
// strict first, then with entities repaired, then non-strict, then cut back to the last complete item —
// and read the result into a RawFeed.
import { ParseError } from '../errors.js';
import type { FeedFormat } from '../model.js';
import { removeDoctype } from './doctype.js';
import type { RawFeed } from './raw-feed.js';
import { readAtom } from './read-atom.js';
import { readRss } from './read-rss.js';
import { repairEntities, wrapXhtmlContent } from './repair-xml.js';
import { runRssParser, type RssParserOutput } from './run-rss-parser.js';
import type { XmlSniff } from './sniff-document.js';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const ATOM_NAMESPACES = new Set(['http://www.w3.org/2005/atom', 'http://purl.org/atom/ns#']);
const RSS_NAMESPACES = new Set(['http://backend.userland.com/rss2', 'http://backend.userland.com/rss']);

/**
 * A truncated document (cut by a size cap or a dropped connection) cut back to its last complete item and
 * closed, or undefined when there is nothing to save.
 */
export function closeTruncated(text: string, format: FeedFormat, root: string): string | undefined {
  const item = format === 'atom' ? 'entry' : 'item';
  let lastOpen = -1;
  let lastClose = -1;
  for (const m of text.matchAll(new RegExp(`<(/?)(?:[\\w.-]+:)?${item}(?:\\s[^>]*)?>`, 'g'))) {
    if (m[1]) lastClose = m.index + m[0].length;
    else lastOpen = m.index;
  }
  let cut: number;
  if (lastOpen > lastClose) cut = lastOpen;
  else if (lastClose >= 0) cut = lastClose;
  else {
    // No item at all: keep everything up to the last closing or self-closing tag.
    const closings = [...text.matchAll(/<\/[^<>]+>|<[^<>]+\/>/g)];
    const last = closings[closings.length - 1];
    const rootStart = text.search(new RegExp(`<${root}[\\s>]`));
    cut = last ? last.index + last[0].length : rootStart < 0 ? -1 : text.indexOf('>', rootStart) + 1;
  }
  if (cut <= 0) return undefined;
  const kept = text.slice(0, cut);
  if (new RegExp(`</${root}\\s*>\\s*$`).test(kept)) return undefined;
  const needsChannel = format === 'rss' && /<channel[\s>]/.test(kept) && !/<\/channel\s*>/.test(kept);
  return `${kept}${needsChannel ? '</channel>' : ''}</${root}>`;
}

/** Feed format from the root element, or undefined when the root is not a feed's. */
export function detectXmlFormat(sniff: XmlSniff): FeedFormat | undefined {
  const colon = sniff.root.indexOf(':');
  const prefix = colon > 0 ? sniff.root.slice(0, colon) : '';
  const local = sniff.root.slice(colon + 1);
  const ns = (sniff.namespaces.get(prefix) ?? '').toLowerCase();
  const name = local.toLowerCase();
  if (name === 'rss' && (prefix === '' || RSS_NAMESPACES.has(ns))) return 'rss';
  if (name === 'rdf' && (ns === RDF_NS || prefix.toLowerCase() === 'rdf')) return 'rdf';
  // An unprefixed <feed> is Atom whatever its namespace (pre-1.0 drafts used several).
  if (name === 'feed' && (prefix === '' || ATOM_NAMESPACES.has(ns))) return 'atom';
  return undefined;
}

/** sax reports well-formedness errors with a position; anything else is rss-parser failing on structure. */
function isSyntaxError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /\nLine: \d+/.test(message) || message === 'Unable to parse XML.';
}

async function parseWithRetries(text: string, format: FeedFormat, sniff: XmlSniff): Promise<RssParserOutput> {
  const base = { atom: format === 'atom', namespaces: sniff.namespaces };
  let firstError: unknown;
  let repaired: string | undefined;
  // Element names are case-sensitive in XML: an upper-case <RSS> only parses in loose (case-folding) mode.
  // A well-cased document gets no loose attempt: guessing a structure for mismatched tags garbles the text, so a
  // document that is broken beyond entity repair and truncation is PARSE_MALFORMED.
  const local = sniff.root.slice(sniff.root.indexOf(':') + 1);
  const exactCase = local === 'rss' || local === 'feed' || local === 'RDF';
  const attempts = exactCase
    ? (['strict', 'repaired', 'truncated'] as const)
    : (['loose', 'truncated-loose'] as const);
  let closed: string | undefined;
  for (const attempt of attempts) {
    let input = attempt === 'strict' ? text : (repaired ??= repairEntities(text));
    if (attempt.startsWith('truncated')) {
      closed ??= closeTruncated(input, format, sniff.root);
      if (closed === undefined) break;
      input = closed;
    }
    try {
      const strict = attempt === 'strict' || attempt === 'repaired' || attempt === 'truncated';
      const output = await runRssParser(input, { ...base, strict });
      // A broken document "recovered" into a feed with no items, when it had some, is not recovered: report it as
      // malformed, so the source shows an error instead of looking healthy and empty.
      if (attempt !== 'strict' && output.items.length === 0 && /<(?:[\w.-]+:)?(?:item|entry)[\s>]/.test(text)) continue;
      return output;
    } catch (error) {
      firstError ??= error;
      if (isSyntaxError(error)) continue;
      // rss-parser reads channel[0] unguarded: an <rss> or <rdf:RDF> without a channel is an empty feed.
      if (format !== 'atom' && !/<(?:[\w.-]+:)?channel[\s>/]/i.test(input)) return { items: [] };
      throw new ParseError('PARSE_NOT_A_FEED', `not a feed: ${(error as Error).message}`, { cause: error });
    }
  }
  const detail = firstError instanceof Error ? firstError.message.split('\n')[0] : String(firstError);
  throw new ParseError('PARSE_MALFORMED', `the XML is not well-formed and could not be recovered: ${detail}`, {
    cause: firstError,
  });
}

/** RawFeed from an XML document; throws ParseError (NOT_A_FEED, UNSAFE, MALFORMED). */
export async function readXmlFeed(sniff: XmlSniff, documentBase: string | undefined): Promise<RawFeed> {
  const format = detectXmlFormat(sniff);
  if (!format) throw new ParseError('PARSE_NOT_A_FEED', `not a feed: the root element is <${sniff.root}>`);
  let text = sniff.doctype ? removeDoctype(sniff.text, sniff.doctype) : sniff.text;
  text = wrapXhtmlContent(text);
  const output = await parseWithRetries(text, format, sniff);
  return format === 'atom'
    ? readAtom(output, documentBase, sniff.rootAttrs)
    : readRss(output, format, documentBase, sniff.rootAttrs);
}
