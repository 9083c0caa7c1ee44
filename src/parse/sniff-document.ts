// Looks at the start of a document to tell JSON from XML, find the DOCTYPE and read the root element.

/** The prologue and root element of an XML document. */
export interface XmlSniff {
  kind: 'xml';
  /** The text to parse: BOM and any junk before the markup removed. */
  text: string;
  /** Root element name as written (`rss`, `rdf:RDF`, `atom:feed`). */
  root: string;
  /** Root attributes, names lower-cased. */
  rootAttrs: Record<string, string>;
  /** Namespace prefix ('' = default) → URI, from the root element. */
  namespaces: Map<string, string>;
  /** Where the DOCTYPE declaration sits in `text`, if any. */
  doctype?: { start: number; end: number };
}

/** What the start of a document says it is. */
export type Sniff = { kind: 'json'; text: string } | XmlSniff | { kind: 'unknown'; reason: string };

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const FEED_START = /<(\?xml|rss[\s>]|feed[\s>]|[\w.-]+:feed[\s>]|[\w.-]+:RDF[\s>]|RDF[\s>])/;

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** End (exclusive) of a <!DOCTYPE ...> declaration starting at `start`, honouring quotes and [ ] subsets. */
function doctypeEnd(text: string, start: number): number {
  let quote = '';
  let depth = 0;
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i + 1;
  }
  return -1;
}

/** Decodes the five XML entities and character references in an attribute value. */
function decodeAttr(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Classifies a document by its first characters and reads the XML prologue and root start tag. */
export function sniffDocument(input: string): Sniff {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let i = skipSpace(text, 0);
  if (i >= text.length) return { kind: 'unknown', reason: 'the document is empty' };
  if (text[i] === '{') return { kind: 'json', text: text.slice(i) };
  if (text[i] !== '<') {
    // Some servers print a warning before the feed; skip it when a feed start follows closely.
    const m = FEED_START.exec(text.slice(i, i + 2048));
    if (!m) return { kind: 'unknown', reason: 'the document is neither XML nor JSON' };
    i += m.index;
  }
  text = text.slice(i);
  i = 0;
  let doctype: XmlSniff['doctype'];
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return { kind: 'unknown', reason: 'the document has no root element' };
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return { kind: 'unknown', reason: 'unterminated processing instruction' };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return { kind: 'unknown', reason: 'unterminated comment' };
      i = end + 3;
    } else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      const end = doctypeEnd(text, i);
      if (end < 0) return { kind: 'unknown', reason: 'unterminated DOCTYPE' };
      doctype = { start: i, end };
      i = end;
    } else break;
  }
  const tagEnd = text.indexOf('>', i);
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
  if (!m || tagEnd < 0) return { kind: 'unknown', reason: 'the document has no root element' };
  const rootAttrs: Record<string, string> = {};
  const namespaces = new Map<string, string>();
  for (const a of text.slice(i + m[0].length, tagEnd).matchAll(ATTR)) {
    const name = a[1].toLowerCase();
    const value = decodeAttr(a[2] ?? a[3] ?? '');
    rootAttrs[name] = value;
    if (name === 'xmlns') namespaces.set('', value.trim());
    else if (name.startsWith('xmlns:')) namespaces.set(a[1].slice(6), value.trim());
  }
  return { kind: 'xml', text, root: m[1], rootAttrs, namespaces, doctype };
}
