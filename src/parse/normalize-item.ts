// RawItem → NormalizedItem (everything but identity, which needs the whole document).
import type { NormalizedItem } from '../model.js';
import { canonicalizeUrl, resolveUrl } from './canonicalize-url.js';
import { cleanCategories, joinAuthors, normalizeLanguage } from './field-values.js';
import {
  cleanMarkup, htmlToLine, htmlToText, isPlainMarkup, normalizeLine, normalizeText, textToHtml,
} from './html-to-text.js';
import { parseDate } from './parse-date.js';
import type { RawItem, RawText } from './raw-feed.js';

/** Options for normalizeItem. */
export interface NormalizeItemOptions {
  defaultLanguage?: string;
  /** The feed's language, for items that declare none. */
  feedLanguage?: string;
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

/** JavaScript's \s (the whitespace that may sit between an attribute name and its '='). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** Lower-cased attribute name ([\w-]+) right before the '=' at `eq`, read within the 24 characters before it. */
function attributeNameBefore(html: string, eq: number): string | undefined {
  const stop = Math.max(0, eq - 24);
  let end = eq;
  while (end > stop && isSpace(html.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > stop && isNameChar(html.charCodeAt(start - 1))) start--;
  return start === end ? undefined : html.slice(start, end).toLowerCase();
}

/** Relative URLs in href/src/srcset/... attributes made absolute against `base`; everything else untouched. */
export function resolveRelativeUrls(html: string, base: string | undefined): string {
  if (!base || html.indexOf('=') === -1) return html;
  let out = '';
  let from = 0;
  for (const m of html.matchAll(ATTR_VALUE)) {
    const name = attributeNameBefore(html, m.index);
    if (name === undefined || !URL_ATTRIBUTES.has(name)) continue;
    const [match, dq, sq] = m;
    const value = dq ?? sq ?? '';
    const resolved = name === 'srcset' ? resolveSrcset(value, base) : resolveReference(value, base);
    if (resolved === value) continue;
    const quote = dq !== undefined ? '"' : "'";
    out += `${html.slice(from, m.index)}=${quote}${resolved}${quote}`;
    from = m.index + match.length;
  }
  // Unchanged markup is returned as the same string (the caller's plain-markup check still holds).
  return from === 0 ? html : out + html.slice(from);
}

function plainLine(t: RawText | undefined): string {
  if (!t) return '';
  return t.kind === 'html' ? htmlToLine(t.value) : normalizeLine(t.value);
}

function plainText(t: RawText | undefined, plainMarkup = false): string {
  if (!t) return '';
  return t.kind === 'html' ? htmlToText(t.value, plainMarkup) : normalizeText(t.value);
}

function bodyHtml(t: RawText | undefined, plainMarkup: boolean): string | undefined {
  if (!t) return undefined;
  let html: string;
  if (t.kind === 'html') {
    const resolved = resolveRelativeUrls(t.value, t.base);
    html = cleanMarkup(resolved, plainMarkup && resolved === t.value);
  } else html = textToHtml(t.value);
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
  return fillItem({}, raw, options) as Omit<NormalizedItem, 'identity'>;
}

/** normalizeItem with an empty `identity` first, for the caller to set: the item is never copied. */
export function normalizeItemForIdentity(raw: RawItem, options: NormalizeItemOptions = {}): NormalizedItem {
  return fillItem({ identity: '' }, raw, options) as NormalizedItem;
}

function fillItem(item: Partial<NormalizedItem>, raw: RawItem, options: NormalizeItemOptions): Partial<NormalizedItem> {
  // Body: content:encoded / atom:content / content_html, else the HTML summary (RSS description).
  const bodySource = raw.content ?? (raw.summary?.kind === 'html' ? raw.summary : undefined);
  const summary = plainText(raw.summary);
  // The body's characters are checked once, for its text and for its markup.
  const plainBody = bodySource?.kind === 'html' && isPlainMarkup(bodySource.value);
  // An HTML summary standing in for the body is read once.
  let text = bodySource === raw.summary ? summary : plainText(bodySource, plainBody);
  if (text === '') text = summary;
  const updatedAt = firstDate(raw.updated);
  const link = firstLink(raw);
  const guid = raw.guid?.trim() || undefined;
  // Feeds that give only an update date (many Atom feeds) have no better publish time.
  const publishedAt = firstDate(raw.published) ?? updatedAt;
  const author = joinAuthors(raw.authors);
  const contentHtml = bodyHtml(bodySource, plainBody);
  const language = normalizeLanguage(raw.language ?? options.feedLanguage) ??
    normalizeLanguage(options.defaultLanguage);
  // Absent fields are left out rather than set to undefined, so items compare and serialize cleanly.
  if (guid !== undefined) item.guid = guid;
  if (link !== undefined) item.link = link;
  item.title = plainLine(raw.title) || fallbackTitle(summary, text, link);
  if (author !== undefined) item.author = author;
  if (publishedAt !== undefined) item.publishedAt = publishedAt;
  if (updatedAt !== undefined) item.updatedAt = updatedAt;
  if (summary !== '') item.summary = summary;
  if (contentHtml !== undefined) item.contentHtml = contentHtml;
  item.text = text;
  if (language !== undefined) item.language = language;
  item.categories = cleanCategories(raw.categories);
  return item;
}
