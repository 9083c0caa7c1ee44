// DOCTYPE handling. sax (under xml2js) never reads external entities and never expands declared ones, so a
// declared entity would only make the parse fail. We strip the DOCTYPE, expand plain internal entities
// ourselves within a budget, and refuse documents that declare external general entities (XXE) or build
// entities from other entities (billion laughs).
import { ParseError } from '../errors.js';

const ENTITY_DECL = /<!ENTITY\s+(%\s*)?([^\s"'>]+)\s*(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/gi;
const MAX_ENTITIES = 64;
const MAX_EXPANSION_CHARS = 1_000_000;
const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);

/** Applies `fn` to the parts of an XML text outside CDATA sections (where `&` is literal). */
export function mapOutsideCdata(text: string, fn: (segment: string) => string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = text.indexOf('<![CDATA[', i);
    if (start < 0) return out + fn(text.slice(i));
    const end = text.indexOf(']]>', start + 9);
    const stop = end < 0 ? text.length : end + 3;
    out += fn(text.slice(i, start)) + text.slice(start, stop);
    i = stop;
  }
}

function unsafe(message: string): ParseError {
  return new ParseError('PARSE_UNSAFE', `refused: ${message}`);
}

/** Reads the internal subset's entity declarations; throws PARSE_UNSAFE for anything but plain text values. */
function readEntities(doctype: string): Map<string, string> {
  const entities = new Map<string, string>();
  for (const m of doctype.matchAll(ENTITY_DECL)) {
    // Parameter entities only pull declarations into the DTD (the XHTML entity sets idiom); we never load
    // or expand them, so they are dropped with the DOCTYPE.
    if (m[1]) continue;
    if (m[5]) throw unsafe(`the DOCTYPE declares an external entity (${m[2]}) that could read local files`);
    const value = m[3] ?? m[4] ?? '';
    if (/&(?!#\d+;|#x[0-9a-f]+;)/i.test(value) || /%[\w.:-]+;/.test(value)) {
      throw unsafe(`entity ${m[2]} refers to other entities (entity expansion attack)`);
    }
    if (!PREDEFINED.has(m[2])) entities.set(m[2], value);
    if (entities.size > MAX_ENTITIES) throw unsafe('the DOCTYPE declares too many entities');
  }
  return entities;
}

/**
 * The document without its DOCTYPE, declared internal entities expanded (bounded). Throws ParseError
 * PARSE_UNSAFE for external general entities, entities built from other entities, or expansion beyond the
 * budget.
 */
export function removeDoctype(text: string, span: { start: number; end: number }): string {
  const doctype = text.slice(span.start, span.end);
  const entities = readEntities(doctype);
  const body = text.slice(0, span.start) + text.slice(span.end);
  if (entities.size === 0) return body;
  let budget = MAX_EXPANSION_CHARS;
  return mapOutsideCdata(body, (segment) =>
    segment.replace(/&([A-Za-z_][\w.:-]*);/g, (ref, name: string) => {
      const value = entities.get(name);
      if (value === undefined) return ref;
      budget -= value.length;
      if (budget < 0) throw unsafe('entity expansion exceeds the size budget');
      return value;
    }),
  );
}
