// Safe HTML for republished content: an allowlist (sanitize-html), absolute URLs, no active content.
import sanitizeHtml from 'sanitize-html';

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TAG_LIKE = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
const DIMENSION = /^\d{1,5}%?$/;

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u',
  's', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span', 'div', 'time',
];

/** Removes characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF): one would break the whole feed. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for an HTML/XML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A title as plain text: stray tags and comments removed (the parser promises plain text; this is the backstop), whitespace collapsed. */
export function cleanTitle(title: string): string {
  return stripInvalidXmlChars(title).replace(TAG_LIKE, ' ').replace(/\s+/g, ' ').trim();
}

/** Resolves a URL against a base and keeps it only when its scheme is allowed; undefined otherwise. */
export function resolveUrl(value: string | undefined, base: string | undefined, schemes: ReadonlySet<string>): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    // Relative with no usable base, or malformed: a relative link would resolve against the feed URL, so drop it.
    return undefined;
  }
  return schemes.has(url.protocol) ? url.href : undefined;
}

/** Resolves an http(s) link (item links, copy links); undefined when missing, malformed or not http(s). */
export function resolveHttpUrl(value: string | undefined, base?: string): string | undefined {
  return resolveUrl(value, base, IMAGE_SCHEMES);
}

function transformLink(base: string | undefined): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const out: sanitizeHtml.Attributes = {};
    const href = resolveUrl(attribs.href, base, LINK_SCHEMES);
    if (href !== undefined) {
      out.href = href;
      out.rel = 'noopener nofollow';
    }
    if (attribs.title) out.title = attribs.title;
    return { tagName, attribs: out };
  };
}

function transformImage(base: string | undefined): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const out: sanitizeHtml.Attributes = {};
    const src = resolveUrl(attribs.src, base, IMAGE_SCHEMES);
    if (src !== undefined) out.src = src;
    if (attribs.alt !== undefined) out.alt = attribs.alt;
    for (const key of ['width', 'height'] as const) {
      if (attribs[key] !== undefined && DIMENSION.test(attribs[key].trim())) out[key] = attribs[key].trim();
    }
    return { tagName, attribs: out };
  };
}

function transformCite(base: string | undefined): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const out: sanitizeHtml.Attributes = {};
    const cite = resolveUrl(attribs.cite, base, IMAGE_SCHEMES);
    if (cite !== undefined) out.cite = cite;
    return { tagName, attribs: out };
  };
}

/**
 * Sanitizes feed HTML for republishing: allowlisted tags only, no scripts, styles, frames, forms or event
 * handlers, only http(s)/mailto links (made absolute against `baseUrl`, the item's link) and http(s) images.
 */
export function sanitizeContent(html: string, baseUrl?: string): string {
  const base = resolveUrl(baseUrl, undefined, IMAGE_SCHEMES);
  const clean = sanitizeHtml(stripInvalidXmlChars(html), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      abbr: ['title'],
      time: ['datetime'],
      blockquote: ['cite'],
      q: ['cite'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'title', 'select'],
    transformTags: { a: transformLink(base), img: transformImage(base), blockquote: transformCite(base), q: transformCite(base) },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') return frame.attribs.src === undefined;
      if (frame.tag === 'a' && frame.attribs.href === undefined) return 'excludeTag';
      return false;
    },
  });
  return clean.trim();
}

/** Plain text as HTML paragraphs (blank-line separated), for items that carry no HTML body. */
export function textToHtml(text: string): string {
  return stripInvalidXmlChars(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br />')}</p>`)
    .join('\n');
}
