// Cuts a feed document into its items so that any subset of them can be served: RSS <item> and Atom <entry>
// elements textually (every other byte kept), JSON Feed by parse, filter and stringify.

/** A feed document cut into its items. */
export interface SplitFeed {
  format: 'xml' | 'json';
  /** How many items the document holds. */
  count: number;
  /** The document with only the items whose index passes `keep`, in file order. */
  render(keep: (index: number) => boolean): Buffer;
}

// CDATA sections and comments are matched first so that markup-like text inside them is skipped.
const TOKEN = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)((?:[A-Za-z_][\w.-]*:)?(?:item|entry))(?=[\s/>])[^>]*?(\/?)>/g;

/** Splits a feed file; undefined when it cannot be cut cleanly (not a feed, broken or unbalanced markup, no
 *  items), in which case it should be served as it is. */
export function splitFeed(body: Buffer): SplitFeed | undefined {
  const start = body.toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart();
  return start.startsWith('{') ? splitJsonFeed(body) : splitXmlFeed(body);
}

/** RSS/Atom: works on a latin1 string (one char per byte), so any encoding's bytes survive the cut. */
function splitXmlFeed(body: Buffer): SplitFeed | undefined {
  const text = body.toString('latin1');
  const spans = findItemSpans(text);
  if (!spans || spans.length === 0) return undefined;
  return {
    format: 'xml',
    count: spans.length,
    render(keep) {
      let out = '';
      let at = 0;
      spans.forEach(([from, to], index) => {
        if (keep(index)) return;
        out += text.slice(at, from);
        at = to;
      });
      return Buffer.from(out + text.slice(at), 'latin1');
    },
  };
}

/** Spans of the item elements, each widened to its whole lines when it sits alone on them; undefined when an
 *  element is left open or closed without being opened. */
function findItemSpans(text: string): Array<[number, number]> | undefined {
  const spans: Array<[number, number]> = [];
  let open: { name: string; from: number; depth: number } | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const [token, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    const from = match.index;
    if (!open) {
      if (closing) return undefined;
      if (selfClosing) spans.push(widen(text, from, from + token.length));
      else open = { name, from, depth: 1 };
    } else if (name === open.name && !selfClosing) {
      open.depth += closing ? -1 : 1;
      if (open.depth === 0) {
        spans.push(widen(text, open.from, from + token.length));
        open = undefined;
      }
    }
  }
  return open ? undefined : spans;
}

function widen(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
  let end = to;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end += 1;
  const ownLines = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\r' || text[end] === '\n');
  if (!ownLines) return [from, to];
  if (text[end] === '\r') end += 1;
  if (text[end] === '\n') end += 1;
  return [start, end];
}

/** JSON Feed: the items array filtered, the rest of the document kept (re-serialized with two-space indents). */
function splitJsonFeed(body: Buffer): SplitFeed | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { items?: unknown }).items)) return undefined;
  const feed = doc as { items: unknown[] };
  if (feed.items.length === 0) return undefined;
  return {
    format: 'json',
    count: feed.items.length,
    render: (keep) => Buffer.from(`${JSON.stringify({ ...feed, items: feed.items.filter((_, i) => keep(i)) }, null, 2)}\n`, 'utf8'),
  };
}
