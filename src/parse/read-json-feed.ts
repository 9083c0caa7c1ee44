// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) to a RawFeed. Every field is optional in
// practice: a field of the wrong type is dropped, never fatal.
import { ParseError } from '../errors.js';
import type { RawFeed, RawItem, RawText } from './raw-feed.js';
import { itemsBase, resolveLink } from './raw-feed.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const idOf = (v: unknown): string | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : str(v)?.trim();

function text(value: unknown, kind: RawText['kind'], base: string | undefined): RawText | undefined {
  const s = str(value);
  return s === undefined ? undefined : { value: s, kind, base };
}

/** Author names from JSON Feed 1.1 `authors` and the 1.0 `author` object. */
function authorNames(obj: Json): string[] {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.authors) ? [obj.authors] : [];
  const names = list.filter(isObject).map((a) => str(a.name) ?? str(a.url)).filter((n): n is string => n !== undefined);
  if (isObject(obj.author)) {
    const legacy = str(obj.author.name);
    if (legacy) names.push(legacy);
  } else if (str(obj.author)) names.push(obj.author as string);
  return names;
}

/** Whether parsed JSON is a JSON Feed: a jsonfeed.org version, or no version but an items list and a title. */
export function isJsonFeed(doc: unknown): doc is Json {
  if (!isObject(doc)) return false;
  const version = str(doc.version);
  if (version) return /^https?:\/\/jsonfeed\.org\/version\//i.test(version.trim());
  return Array.isArray(doc.items) && (str(doc.title) !== undefined || str(doc.home_page_url) !== undefined);
}

function readItem(item: Json, base: string | undefined, feedLang: string | undefined, feedAuthors: string[]): RawItem {
  const authors = authorNames(item);
  const contentHtml = text(item.content_html, 'html', base);
  return {
    guid: idOf(item.id),
    links: [resolveLink(str(item.url), base), resolveLink(str(item.external_url), base)].filter(
      (l): l is string => l !== undefined,
    ),
    base,
    title: text(item.title, 'text', base),
    summary: text(item.summary, 'text', base),
    content: contentHtml ?? text(item.content_text, 'text', base),
    authors: authors.length > 0 ? authors : feedAuthors,
    published: [str(item.date_published)].filter((d): d is string => d !== undefined),
    updated: [str(item.date_modified)].filter((d): d is string => d !== undefined),
    language: str(item.language)?.trim() ?? feedLang,
    categories: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
  };
}

/** RawFeed from a JSON Feed document's text; throws ParseError when it is not JSON or not a JSON Feed. */
export function readJsonFeed(textBody: string, documentBase: string | undefined): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(textBody);
  } catch (error) {
    throw new ParseError('PARSE_MALFORMED', `invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isJsonFeed(doc)) throw new ParseError('PARSE_NOT_A_FEED', 'JSON document is not a JSON Feed');
  const language = str(doc.language)?.trim();
  const feedAuthors = authorNames(doc);
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  const link = resolveLink(str(doc.home_page_url), documentBase);
  const base = itemsBase(documentBase, false, link);
  return {
    format: 'json',
    title: text(doc.title, 'text', documentBase),
    link,
    language,
    items: items.map((item) => readItem(item, base, language, feedAuthors)),
  };
}
