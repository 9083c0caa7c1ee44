// RSS 0.9x/2.0 and RDF (RSS 0.90/1.0) from rss-parser's output to a RawFeed.
// Specs: https://www.rssboard.org/rss-specification, https://web.resource.org/rss/1.0/spec
import type { FeedFormat } from '../model.js';
import { resolveUrl } from './canonicalize-url.js';
import {
  baseOf, itemsBase, langOf, mediaNode, ownAttrs, rawNodes, rawTexts, resolveLink, textConstruct, type RawFeed,
  type RawItem,
} from './raw-feed.js';
import type { RssParserOutput } from './run-rss-parser.js';
import { attrsOf, firstText, textOf, type XmlNode } from './xml-nodes.js';

const texts = (nodes: XmlNode[]): string[] => nodes.map((n) => textOf(n).trim()).filter((t) => t !== '');

/** Atom links embedded in RSS (`atom:link rel="alternate"`), hrefs resolved. */
function atomAlternates(nodes: XmlNode[], base: string | undefined): string[] {
  return nodes
    .filter((n) => (attrsOf(n).rel ?? 'alternate') === 'alternate' && attrsOf(n).href)
    .map((n) => resolveUrl(attrsOf(n).href, baseOf(n, base)) ?? attrsOf(n).href);
}

function isPermaLinkGuid(node: XmlNode | undefined): boolean {
  const attrs = attrsOf(node);
  const flag = (attrs.isPermaLink ?? attrs.ispermalink ?? 'true').trim().toLowerCase();
  return flag !== 'false' && /^https?:\/\//i.test(textOf(node).trim());
}

// Elements read as lists of texts, in order of preference.
const LINK_NAMES = ['feedburner:origLink', 'link'];
const AUTHOR_NAMES = ['dc:creator', 'author', 'dc:author', 'itunes:author'];
const PUBLISHED_NAMES = ['pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'issued'];
const UPDATED_NAMES = ['dcterms:modified', 'modified'];
const CATEGORY_NAMES = ['category', 'dc:subject', 'media:category'];

function readItem(
  item: Record<string, unknown>,
  feedBase: string | undefined,
  feedLang: string | undefined,
  rdf: boolean,
  feedAuthors: string[],
): RawItem {
  const attrs = ownAttrs(item);
  const self = { $: attrs };
  const base = baseOf(self, feedBase);
  const lang = langOf(self, undefined);
  const guidNode = rawNodes(item, 'guid')[0];
  const guid = textOf(guidNode).trim() || firstText(rawNodes(item, 'dc:identifier')) ||
    (rdf ? attrs['rdf:about']?.trim() : undefined);
  const links = rawTexts(item, LINK_NAMES);
  const atomLinks = rawNodes(item, 'atom:link');
  if (atomLinks.length > 0) links.push(...atomAlternates(atomLinks, base));
  if (isPermaLinkGuid(guidNode)) links.push(textOf(guidNode).trim());
  if (rdf && attrs['rdf:about']) links.push(attrs['rdf:about']);
  const mediaGroup = rawNodes(item, 'media:group')[0];
  const mediaTitle = mediaNode(item, mediaGroup, 'media:title');
  const mediaDescription = mediaNode(item, mediaGroup, 'media:description');
  const summaryNode = rawNodes(item, 'x-description')[0] ?? rawNodes(item, 'dc:description')[0] ??
    rawNodes(item, 'x-summary')[0] ?? rawNodes(item, 'itunes:summary')[0];
  const contentNode = rawNodes(item, 'x-content:encoded')[0] ?? rawNodes(item, 'xhtml:body')[0] ??
    rawNodes(item, 'body')[0];
  const itemLang = lang ?? firstText(rawNodes(item, 'dc:language')) ?? feedLang;
  const authors = rawTexts(item, AUTHOR_NAMES);
  return {
    guid,
    links,
    base,
    title: textConstruct(rawNodes(item, 'title')[0] ?? rawNodes(item, 'dc:title')[0], 'html', base) ??
      textConstruct(mediaTitle, 'text', base),
    summary: textConstruct(summaryNode, 'html', base) ?? textConstruct(mediaDescription, 'text', base),
    content: textConstruct(contentNode, 'html', base),
    authors: authors.length > 0 ? authors : feedAuthors,
    published: rawTexts(item, PUBLISHED_NAMES),
    updated: rawTexts(item, UPDATED_NAMES),
    language: itemLang,
    categories: rawTexts(item, CATEGORY_NAMES),
  };
}

/** RawFeed from rss-parser output for an RSS or RDF document. */
export function readRss(
  output: RssParserOutput,
  format: FeedFormat,
  documentBase: string | undefined,
  rootAttrs: Record<string, string>,
): RawFeed {
  const rootBase = baseOf({ $: rootAttrs }, documentBase);
  const channelAttrs = ownAttrs(output);
  const channelBase = baseOf({ $: channelAttrs }, rootBase);
  const language = langOf({ $: channelAttrs }, undefined) ?? firstText(rawNodes(output, 'language')) ??
    firstText(rawNodes(output, 'dc:language')) ?? langOf({ $: rootAttrs }, undefined);
  const rdf = format === 'rdf';
  const link = resolveLink(firstText(rawNodes(output, 'link')), channelBase) ??
    atomAlternates(rawNodes(output, 'atom:link'), channelBase)[0];
  const base = itemsBase(channelBase, 'xml:base' in rootAttrs || 'xml:base' in channelAttrs, link);
  // Channel-level bylines (not managingEditor, which names an editor, not the writer).
  const feedAuthors = [...texts(rawNodes(output, 'dc:creator')), ...texts(rawNodes(output, 'itunes:author'))];
  return {
    format,
    title: textConstruct(rawNodes(output, 'title')[0] ?? rawNodes(output, 'dc:title')[0], 'html', channelBase),
    link,
    language,
    ttl: firstText(rawNodes(output, 'ttl')),
    items: (output.items ?? []).map((item) => readItem(item, base, language, rdf, feedAuthors)),
  };
}
