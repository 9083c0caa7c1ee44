// RawItem → NormalizedItem (everything but identity, which needs the whole document).
import type { NormalizedItem } from '../model.js';
import { canonicalizeUrl, resolveUrl } from './canonicalize-url.js';
import { cleanCategories, joinAuthors, normalizeLanguage } from './field-values.js';
import { cleanMarkup, htmlToLine, htmlToText, normalizeLine, normalizeText, textToHtml } from './html-to-text.js';
import { parseDate } from './parse-date.js';
import type { RawItem, RawText } from './raw-feed.js';

/** Options for normalizeItem. */
export interface NormalizeItemOptions {
  defaultLanguage?: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'background', 'longdesc']);
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Scanning for '=' first is several times faster than an alternation of attribute names over the whole text.
const ATTR_VALUE = /=\s*(?:"([^"]*)"|'([^']*)')/g;

function resolveReference(value: string, base: string): string {
  const v = value.trim();
  if (v === '' || v.startsWith('#') || HAS_SCHEME.test(v)) return value;
  return resolveUrl(v, base) ?? value;
}

function resolveSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((part) => part.replace(/^(\s*)(\S+)/, (_m, space: string, url: string) => space + resolveReference(url, base)))
    .join(',');
}

/** Relative URLs in href/src/srcset/... attributes made absolute against `base`; everything else untouched. */
export function resolveRelativeUrls(html: string, base: string | undefined): string {
  if (!base || html.indexOf('=') === -1) return html;
  return html.replace(ATTR_VALUE, (match, dq: string | undefined, sq: string | undefined, offset: number) => {
    const name = /([\w-]+)\s*$/.exec(html.slice(Math.max(0, offset - 24), offset))?.[1]?.toLowerCase();
    if (name === undefined || !URL_ATTRIBUTES.has(name)) return match;
    const value = dq ?? sq ?? '';
    const resolved = name === 'srcset' ? resolveSrcset(value, base) : resolveReference(value, base);
    if (resolved === value) return match;
    const quote = dq !== undefined ? '"' : "'";
    return `=${quote}${resolved}${quote}`;
  });
}

function plainLine(t: RawText | undefined): string {
  if (!t) return '';
  return t.kind === 'html' ? htmlToLine(t.value) : normalizeLine(t.value);
}

function plainText(t: RawText | undefined): string {
  if (!t) return '';
  return t.kind === 'html' ? htmlToText(t.value) : normalizeText(t.value);
}

function bodyHtml(t: RawText | undefined): string | undefined {
  if (!t) return undefined;
  const html = t.kind === 'html' ? cleanMarkup(resolveRelativeUrls(t.value, t.base)) : textToHtml(t.value);
  return html.trim() === '' ? undefined : html;
}

/** Longest title made from text: cut at a word boundary. */
const FALLBACK_TITLE_CHARS = 120;

/** A title for an untitled item (feeds may omit it): the first line of its summary or text, else its link. */
function fallbackTitle(summary: string, text: string, link: string | undefined): string {
  const line = (summary || text).split('\n')[0] ?? '';
  if (line === '') return link ?? '';
  if (line.length <= FALLBACK_TITLE_CHARS) return line;
  const cut = line.slice(0, FALLBACK_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > FALLBACK_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function firstDate(candidates: string[]): number | undefined {
  for (const c of candidates) {
    const t = parseDate(c);
    if (t !== undefined) return t;
  }
  return undefined;
}

function firstLink(raw: RawItem): string | undefined {
  for (const link of raw.links) {
    const canonical = canonicalizeUrl(link, raw.base);
    if (canonical !== undefined) return canonical;
  }
  return undefined;
}

/** Normalizes one item: canonical link, plain-text title/summary/text, body HTML, dates, language. */
export function normalizeItem(raw: RawItem, options: NormalizeItemOptions = {}): Omit<NormalizedItem, 'identity'> {
  // Body: content:encoded / atom:content / content_html, else the HTML summary (RSS description).
  const bodySource = raw.content ?? (raw.summary?.kind === 'html' ? raw.summary : undefined);
  const summary = plainText(raw.summary);
  let text = plainText(bodySource);
  if (text === '') text = summary;
  const updatedAt = firstDate(raw.updated);
  const link = firstLink(raw);
  const full: Omit<NormalizedItem, 'identity'> = {
    guid: raw.guid?.trim() || undefined,
    link,
    title: plainLine(raw.title) || fallbackTitle(summary, text, link),
    author: joinAuthors(raw.authors),
    // Feeds that give only an update date (many Atom feeds) have no better publish time.
    publishedAt: firstDate(raw.published) ?? updatedAt,
    updatedAt,
    summary: summary === '' ? undefined : summary,
    contentHtml: bodyHtml(bodySource),
    text,
    language: normalizeLanguage(raw.language) ?? normalizeLanguage(options.defaultLanguage),
    categories: cleanCategories(raw.categories),
  };
  // Absent fields are left out rather than set to undefined, so items compare and serialize cleanly.
  const item = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(full)) if (value !== undefined) item[key] = value;
  return item as Omit<NormalizedItem, 'identity'>;
}
