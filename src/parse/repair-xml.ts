// Text-level repairs before XML parsing: stray ampersands and HTML entities (for the strict retry), and
// inline XHTML content wrapped in CDATA so xml2js keeps its markup and order.
import { mapOutsideCdata } from './doctype.js';
import { decodeEntities } from './html-to-text.js';

const XML_ENTITIES = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);
const namedCache = new Map<string, string>();

function numericRef(code: number): string {
  // Control characters are not allowed in XML and mean nothing in text: drop them.
  if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) return '';
  const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return `&#${valid ? code : 0xfffd};`;
}

/** `&name;` as a numeric reference when HTML knows the name, else as literal text. */
function namedRef(name: string): string {
  if (XML_ENTITIES.has(name)) return `&${name};`;
  let ref = namedCache.get(name);
  if (ref === undefined) {
    const decoded = decodeEntities(`&${name};`);
    const cp = decoded.codePointAt(0);
    const known = decoded !== `&${name};` && cp !== undefined;
    ref = known ? Array.from(decoded).map((c) => numericRef(c.codePointAt(0) ?? 0xfffd)).join('') : `&amp;${name};`;
    if (namedCache.size < 4096) namedCache.set(name, ref);
  }
  return ref;
}

/**
 * Makes every `&` in the text (outside CDATA) a valid XML reference: bare ampersands become `&amp;`, HTML
 * named entities numeric references, invalid code points U+FFFD; a `<` that starts no markup becomes `&lt;`.
 */
export function repairEntities(text: string): string {
  return mapOutsideCdata(text, (segment) =>
    segment
      .replace(/&(?:#(\d{1,8});|#[xX]([0-9a-fA-F]{1,8});|([A-Za-z][A-Za-z0-9]{0,31});)?/g, (_m, dec, hex, name) => {
        if (dec !== undefined) return numericRef(Number(dec));
        if (hex !== undefined) return numericRef(parseInt(hex, 16));
        if (name !== undefined) return namedRef(name);
        return '&amp;';
      })
      // A "<" that cannot start markup ("x < y", "<3") is text.
      .replace(/<(?![A-Za-z_:/!?])/g, '&lt;'),
  );
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XHTML_START =
  /<((?:[\w.-]+:)?(?:title|subtitle|summary|content|rights|tagline|info|copyright))(\s[^<>]*?\btype\s*=\s*["'](?:xhtml|application\/xhtml\+xml)["'][^<>]*)>/g;

/** Inner markup of an Atom xhtml construct: the wrapping div dropped, xhtml prefixes removed. */
function xhtmlInner(inner: string, prefixes: string[]): string {
  let html = inner.trim();
  for (const p of prefixes) html = html.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1');
  const m = /^<div\b[^>]*>([\s\S]*)<\/div>$/.exec(html);
  if (m) html = m[1].trim();
  return html.replace(/\sxmlns(?::[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g, '');
}

/** Wraps the content of xhtml-typed Atom constructs in CDATA so it reaches us as markup, in order. */
export function wrapXhtmlContent(text: string): string {
  if (text.indexOf('xhtml') === -1) return text;
  const prefixes = [...text.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)]
    .filter((m) => m[2] === XHTML_NS)
    .map((m) => m[1]);
  let out = '';
  let from = 0;
  XHTML_START.lastIndex = 0;
  for (let m = XHTML_START.exec(text); m; m = XHTML_START.exec(text)) {
    if (m.index < from) continue;
    // indexOf, not a backtracking regex: unclosed elements cannot make this quadratic.
    const close = text.indexOf(`</${m[1]}`, m.index + m[0].length);
    if (close < 0) break;
    const inner = xhtmlInner(text.slice(m.index + m[0].length, close), prefixes).replace(/]]>/g, ']]]]><![CDATA[>');
    out += `${text.slice(from, m.index)}<${m[1]}${m[2]}><![CDATA[${inner}]]>`;
    from = close;
    XHTML_START.lastIndex = close;
  }
  return from === 0 ? text : out + text.slice(from);
}
