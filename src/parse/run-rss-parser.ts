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
const FIELDS = new Map<string, CustomField>(
  [...ITEM_NODES, ...FEED_NODES].map((n) => [n, [n, `x:${n}`, { keepArray: true }]]),
);
const rankIn = (names: string[]) => new Map(names.map((n, i) => [n, i]));
const ITEM_RANK = rankIn(ITEM_NODES);
const FEED_RANK = rankIn(FEED_NODES);

/**
 * rss-parser custom fields for the elements the document has (it copies each listed field for every item, and
 * reads the lists only after parsing): filled as the tag name processor meets new names, in list order.
 */
class FieldLists {
  readonly item: CustomField[] = [FIELDS.get('$') as CustomField];
  readonly feed: CustomField[] = [FIELDS.get('$') as CustomField];

  add(name: string): void {
    insertByRank(this.item, ITEM_RANK, name);
    insertByRank(this.feed, FEED_RANK, name);
  }
}

function insertByRank(list: CustomField[], ranks: Map<string, number>, name: string): void {
  const rank = ranks.get(name);
  if (rank === undefined) return;
  let i = list.length;
  while (i > 0 && (ranks.get(list[i - 1][0]) as number) > rank) i--;
  list.splice(i, 0, FIELDS.get(name) as CustomField);
}

/** How to configure rss-parser for one document. */
export interface RunOptions {
  strict: boolean;
  /** Atom document: rename elements rss-parser would mishandle (see below). */
  atom: boolean;
  /** Document prefix → namespace URI. */
  namespaces: Map<string, string>;
}

function createTagNameProcessor(options: RunOptions, fields: FieldLists): (name: string) => string {
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
    fields.add(name);
    return name;
  };
}

/** Raw result of rss-parser: its own fields plus our `x:*` raw nodes on the feed and each item. */
export type RssParserOutput = Record<string, unknown> & { items: Array<Record<string, unknown>> };

/** Parses XML text with rss-parser configured for normalization. Rejects like rss-parser does. */
export async function runRssParser(text: string, options: RunOptions): Promise<RssParserOutput> {
  // Loose parsing reads positions (it pads an unencoded "< " with them): always counted there.
  if (!options.strict) return parseOnce(text, options, true);
  try {
    return await parseOnce(text, options, false);
  } catch {
    // Without positions a strict parse gives the same result, but its errors lack "Line: … Column: …", which
    // the retries read: parse again, counting them, for the very same error.
    return parseOnce(text, options, true);
  }
}

async function parseOnce(text: string, options: RunOptions, countPositions: boolean): Promise<RssParserOutput> {
  const fields = new FieldLists();
  const parser = new Parser({
    defaultRSS: 2,
    customFields: { item: fields.item as never, feed: fields.feed as never },
    xml2js: {
      strict: options.strict,
      tagNameProcessors: [createTagNameProcessor(options, fields)],
      // Loose mode upper-cases attribute names; strict mode keeps them as written (all we read are lower-case
      // but isPermaLink, which the reader looks up both ways).
      ...(options.strict ? {} : { attrNameProcessors: [(name: string) => name.toLowerCase()] }),
    },
  });
  // rss-parser turns every item's pubDate into `isoDate` (a Date round trip per item); we never read it and
  // parse dates ourselves.
  Object.defineProperty(parser, 'setISODate', { value: () => undefined });
  if (!countPositions) skipPositions(parser);
  return (await parser.parseString(text)) as unknown as RssParserOutput;
}

/**
 * Turns off sax's line/column counting (its documented `position: false`, which xml2js does not pass on): it
 * costs a few operations per character and only serves error messages. The xml2js parser made by rss-parser's
 * constructor is the one parseString uses; anything unexpected leaves counting on.
 */
function skipPositions(parser: Parser): void {
  const sax = (parser as unknown as { xmlParser?: { saxParser?: { trackPosition?: unknown } } }).xmlParser?.saxParser;
  if (sax && typeof sax.trackPosition === 'boolean') sax.trackPosition = false;
}
