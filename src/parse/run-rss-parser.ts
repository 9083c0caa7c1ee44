// Runs rss-parser's parseString with the raw nodes we normalize from (customFields, keepArray), canonical
// namespace prefixes, and a non-strict retry for documents that are not well-formed.
import Parser from 'rss-parser';

/** Canonical prefix for each namespace URI we read (the document may bind any prefix to it). */
const NAMESPACE_PREFIXES = new Map<string, string>([
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://www.w3.org/2005/atom', 'atom'],
  ['http://purl.org/atom/ns#', 'atom'],
  ['http://purl.org/rss/1.0/', ''],
  ['http://my.netscape.com/rdf/simple/0.9/', ''],
  ['http://backend.userland.com/rss2', ''],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://search.yahoo.com/mrss/', 'media'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
  ['http://rssnamespace.org/feedburner/ext/1.0', 'feedburner'],
]);

/** Element names whose case matters to rss-parser or to us, for the non-strict parse (sax upper-cases). */
const CAMEL_NAMES = new Map(
  ['pubDate', 'lastBuildDate', 'managingEditor', 'webMaster', 'skipHours', 'skipDays', 'textInput', 'rdf:RDF',
    'feedburner:origLink', 'isPermaLink'].map((n) => [n.toLowerCase(), n]),
);

/** Body elements we read raw (renamed `x-<name>` so rss-parser leaves them alone). */
const BODY_ELEMENTS = new Set(['description', 'content:encoded', 'content', 'summary']);

/** Raw nodes copied onto every item and feed under `x:<name>` (arrays of xml2js nodes). */
const ITEM_NODES = ['$', 'title', 'link', 'x-link', 'atom:link', 'guid', 'id', 'x-description', 'x-summary',
  'x-content', 'x-content:encoded', 'x-published', 'x-updated', 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created',
  'dcterms:modified', 'issued', 'modified', 'created', 'author', 'dc:creator', 'itunes:author', 'category',
  'dc:subject', 'dc:language', 'media:title', 'media:description', 'media:group', 'media:category', 'xhtml:body',
  'body', 'feedburner:origLink', 'source', 'itunes:summary', 'dc:description', 'dc:identifier', 'dc:title',
  'dc:author'];
const FEED_NODES = ['$', 'title', 'dc:title', 'link', 'x-link', 'atom:link', 'language', 'dc:language', 'ttl',
  'author', 'dc:creator', 'itunes:author', 'x-updated', 'id'];

type CustomField = [string, string, { keepArray: boolean }];
const keep = (names: string[]): CustomField[] => names.map((n) => [n, `x:${n}`, { keepArray: true }]);

/** How to configure rss-parser for one document. */
export interface RunOptions {
  strict: boolean;
  /** Atom document: rename elements rss-parser would mishandle (see below). */
  atom: boolean;
  /** Document prefix → namespace URI. */
  namespaces: Map<string, string>;
}

function createTagNameProcessor(options: RunOptions): (name: string) => string {
  const cache = new Map<string, string>();
  const atomPrefixes = new Set<string>();
  const prefixMap = new Map<string, string>();
  for (const [prefix, uri] of options.namespaces) {
    const canonical = NAMESPACE_PREFIXES.get(uri.toLowerCase());
    if (canonical === undefined || prefix === '') continue;
    if (canonical === 'atom' && options.atom) atomPrefixes.add(prefix);
    else prefixMap.set(prefix, canonical);
  }
  return (raw: string): string => {
    let name = cache.get(raw);
    if (name !== undefined) return name;
    name = options.strict ? raw : (CAMEL_NAMES.get(raw.toLowerCase()) ?? raw.toLowerCase());
    const colon = name.indexOf(':');
    if (colon > 0) {
      const prefix = name.slice(0, colon);
      const local = name.slice(colon + 1);
      if (atomPrefixes.has(prefix)) name = local;
      else if (prefixMap.has(prefix)) name = prefixMap.get(prefix) ? `${prefixMap.get(prefix)}:${local}` : local;
    }
    // rss-parser's Atom path calls toISOString() on unparsed dates (a bad date throws and loses the whole
    // feed) and reads link.$.rel (a link without attributes throws): we read these elements ourselves.
    if (options.atom && (name === 'link' || name === 'published' || name === 'updated')) name = `x-${name}`;
    // Bodies: rss-parser would strip and decode them into snippets we never use (a third of its time).
    else if (BODY_ELEMENTS.has(name)) name = `x-${name}`;
    cache.set(raw, name);
    return name;
  };
}

/** Raw result of rss-parser: its own fields plus our `x:*` raw nodes on the feed and each item. */
export type RssParserOutput = Record<string, unknown> & { items: Array<Record<string, unknown>> };

/** Parses XML text with rss-parser configured for normalization. Rejects like rss-parser does. */
export async function runRssParser(text: string, options: RunOptions): Promise<RssParserOutput> {
  const parser = new Parser({
    defaultRSS: 2,
    customFields: { item: keep(ITEM_NODES) as never, feed: keep(FEED_NODES) as never },
    xml2js: {
      strict: options.strict,
      tagNameProcessors: [createTagNameProcessor(options)],
      // Loose mode upper-cases attribute names; strict mode keeps them as written (all we read are lower-case
      // but isPermaLink, which the reader looks up both ways).
      ...(options.strict ? {} : { attrNameProcessors: [(name: string) => name.toLowerCase()] }),
    },
  });
  return (await parser.parseString(text)) as unknown as RssParserOutput;
}
