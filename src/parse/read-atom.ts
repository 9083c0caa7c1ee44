// Atom 1.0 (RFC 4287) and Atom 0.3 from rss-parser's output to a RawFeed. Atom's `link`, `published` and
// `updated` arrive renamed `x-link`, `x-published`, `x-updated` (see run-rss-parser.ts).
import {
  baseOf, itemsBase, langOf, mediaNode, ownAttrs, rawNodes, resolveLink, textConstruct, type RawFeed, type RawItem,
} from './raw-feed.js';
import type { RssParserOutput } from './run-rss-parser.js';
import { attrsOf, childrenOf, firstText, textOf, type XmlNode } from './xml-nodes.js';

const texts = (nodes: XmlNode[]): string[] => nodes.map((n) => textOf(n).trim()).filter((t) => t !== '');

/** The alternate link: rel="alternate" (or none) preferring HTML, resolved against xml:base. */
function alternateLink(nodes: XmlNode[], base: string | undefined): string[] {
  const candidates = nodes
    .map((n) => {
      const a = attrsOf(n);
      const href = (a.href ?? textOf(n)).trim();
      return { rel: (a.rel ?? 'alternate').trim().toLowerCase(), type: (a.type ?? '').toLowerCase(), href, node: n };
    })
    .filter((l) => l.href !== '' && (l.rel === 'alternate' || l.rel.endsWith('/alternate')));
  candidates.sort((x, y) => rank(x.type) - rank(y.type));
  return candidates.map((l) => resolveLink(l.href, baseOf(l.node, base)) ?? l.href);
}

function rank(type: string): number {
  return type === '' || type === 'text/html' || type === 'application/xhtml+xml' ? 0 : 1;
}

/** Author strings ("Name", else the email) from atom:author elements. */
function authorNames(nodes: XmlNode[]): string[] {
  return nodes
    .map((n) => firstText(childrenOf(n, 'name')) ?? firstText(childrenOf(n, 'email')) ?? textOf(n).trim())
    .filter((s) => s !== '');
}

function categoryTerms(nodes: XmlNode[]): string[] {
  return nodes.map((n) => (attrsOf(n).term ?? attrsOf(n).label ?? textOf(n)).trim()).filter((t) => t !== '');
}

function readEntry(
  entry: Record<string, unknown>,
  feedBase: string | undefined,
  feedLang: string | undefined,
  feedAuthors: string[],
): RawItem {
  const self = { $: ownAttrs(entry) };
  const base = baseOf(self, feedBase);
  const lang = langOf(self, undefined) ?? firstText(rawNodes(entry, 'dc:language')) ?? feedLang;
  const source = rawNodes(entry, 'source')[0];
  const authors = authorNames(rawNodes(entry, 'author'));
  const id = firstText(rawNodes(entry, 'id'));
  const media = rawNodes(entry, 'media:group')[0];
  return {
    guid: id,
    links: [
      ...texts(rawNodes(entry, 'feedburner:origLink')),
      ...alternateLink(rawNodes(entry, 'x-link'), base),
      // An id that is a web URL is the entry's address when no alternate link is given.
      ...(id && /^https?:\/\//i.test(id) ? [id] : []),
    ],
    base,
    title: textConstruct(rawNodes(entry, 'title')[0], 'text', base, lang) ??
      textConstruct(mediaNode(entry, media, 'media:title'), 'text', base, lang),
    // YouTube and other video feeds carry the description in media:group.
    summary: textConstruct(rawNodes(entry, 'x-summary')[0], 'text', base, lang) ??
      textConstruct(mediaNode(entry, media, 'media:description'), 'text', base, lang),
    content: textConstruct(rawNodes(entry, 'x-content')[0], 'text', base, lang),
    authors: [
      ...authors,
      ...(authors.length === 0 ? authorNames(childrenOf(source, 'author')) : []),
      ...texts(rawNodes(entry, 'dc:creator')),
      ...(authors.length === 0 ? feedAuthors : []),
    ],
    published: texts([...rawNodes(entry, 'x-published'), ...rawNodes(entry, 'issued'), ...rawNodes(entry, 'created'),
      ...rawNodes(entry, 'dcterms:issued'), ...rawNodes(entry, 'dc:date')]),
    updated: texts([
      ...rawNodes(entry, 'x-updated'), ...rawNodes(entry, 'modified'), ...rawNodes(entry, 'dcterms:modified'),
    ]),
    language: lang,
    categories: [...categoryTerms(rawNodes(entry, 'category')), ...texts(rawNodes(entry, 'dc:subject'))],
  };
}

/** RawFeed from rss-parser output for an Atom document. */
export function readAtom(
  output: RssParserOutput,
  documentBase: string | undefined,
  rootAttrs: Record<string, string>,
): RawFeed {
  const root = { $: rootAttrs };
  const base = baseOf(root, documentBase);
  const language = langOf(root, undefined) ?? firstText(rawNodes(output, 'dc:language'));
  const feedAuthors = authorNames(rawNodes(output, 'author'));
  const link = alternateLink(rawNodes(output, 'x-link'), base)[0];
  const entriesBase = itemsBase(base, 'xml:base' in rootAttrs, link);
  return {
    format: 'atom',
    title: textConstruct(rawNodes(output, 'title')[0], 'text', base, language),
    link,
    language,
    items: (output.items ?? []).map((entry) => readEntry(entry, entriesBase, language, feedAuthors)),
  };
}
