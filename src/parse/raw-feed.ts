// The format-independent shape every reader (RSS/RDF, Atom, JSON Feed) produces before normalization.
import type { FeedFormat } from '../model.js';
import { resolveUrl } from './canonicalize-url.js';
import { attrsOf, childrenOf, hasChildElements, markupOf, textOf, type XmlNode } from './xml-nodes.js';

/** A text construct: plain text, or HTML to be converted. */
export interface RawText {
  value: string;
  kind: 'text' | 'html';
  /** Base URL for relative references inside the value (xml:base chain or the feed URL). */
  base?: string;
  language?: string;
}

/** One item as read from any format, before normalization. */
export interface RawItem {
  guid?: string;
  /** Candidate links, best first, resolved against the xml:base chain. */
  links: string[];
  base?: string;
  title?: RawText;
  summary?: RawText;
  content?: RawText;
  authors: string[];
  /** Candidate date strings, best first; the first that parses wins. */
  published: string[];
  updated: string[];
  language?: string;
  categories: string[];
}

/** A document as read from any format, before normalization. */
export interface RawFeed {
  format: FeedFormat;
  title?: RawText;
  link?: string;
  language?: string;
  ttl?: string;
  items: RawItem[];
}

// `x:<name>` keys, built once: a key built on every lookup must be hashed again each time.
const rawKeys = new Map<string, string>();

/** The `x:<name>` raw nodes rss-parser copied onto an item or feed. */
export function rawNodes(obj: Record<string, unknown>, name: string): XmlNode[] {
  let key = rawKeys.get(name);
  if (key === undefined) rawKeys.set(name, (key = `x:${name}`));
  const value = obj[key];
  if (value === undefined || value === null) return NO_NODES;
  // xml2js (explicitArray) only ever stores strings and objects in these arrays.
  return Array.isArray(value) ? (value as XmlNode[]) : [value as XmlNode];
}

// Shared (frozen) result for absent elements: most of the names looked up are absent from any one item.
const NO_NODES = Object.freeze([]) as unknown as XmlNode[];

/** Trimmed, non-empty direct texts of the `x:<name>` nodes for each name in turn. */
export function rawTexts(obj: Record<string, unknown>, names: readonly string[]): string[] {
  // Indexed loops and an array sized by its first element: this runs for several lists of every item.
  let out: string[] | undefined;
  for (let n = 0; n < names.length; n++) {
    const nodes = rawNodes(obj, names[n]);
    for (let i = 0; i < nodes.length; i++) {
      const t = textOf(nodes[i]).trim();
      if (t === '') continue;
      if (out === undefined) out = [t];
      else out.push(t);
    }
  }
  return out ?? [];
}

/** A media:title / media:description on the item itself or inside its media:group. */
export function mediaNode(entry: Record<string, unknown>, group: XmlNode | undefined, name: string): XmlNode | undefined {
  return rawNodes(entry, name)[0] ?? childrenOf(group, name)[0];
}

/** Attributes of the item or channel element itself (rss-parser copied `$` under `x:$`). */
export function ownAttrs(obj: Record<string, unknown>): Record<string, string> {
  const value = obj['x:$'];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

/** A link resolved against a base; the raw string when it cannot be resolved (canonicalization decides). */
export function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined || link.trim() === '') return undefined;
  return resolveUrl(link, base) ?? link.trim();
}

/** Base URL for a node: its xml:base resolved against the parent's base. */
export function baseOf(node: XmlNode | undefined, parentBase: string | undefined): string | undefined {
  const xmlBase = attrsOf(node)['xml:base'];
  if (xmlBase === undefined) return parentBase;
  return resolveUrl(xmlBase, parentBase) ?? parentBase;
}

/**
 * Base for items and their content: the xml:base chain when the document declares one; else the site link
 * when it is absolute (a feed hosted elsewhere, e.g. feeds.example.com, still links relative to its site);
 * else the document URL.
 */
export function itemsBase(
  chainBase: string | undefined,
  declared: boolean,
  siteLink: string | undefined,
): string | undefined {
  if (declared || siteLink === undefined) return chainBase;
  return /^https?:\/\/[^/]/i.test(siteLink) ? siteLink : chainBase;
}

/** Language of a node: its xml:lang, else the inherited one. */
export function langOf(node: XmlNode | undefined, inherited: string | undefined): string | undefined {
  const lang = attrsOf(node)['xml:lang'];
  return lang !== undefined && lang.trim() !== '' ? lang.trim() : inherited;
}

function decodeBase64(s: string): string {
  try {
    return Buffer.from(s.replace(/\s+/g, ''), 'base64').toString('utf8');
  } catch {
    return '';
  }
}

/**
 * A text construct from an element. `defaultKind` applies when the element says nothing (RSS: html).
 * Atom `type` (text/html/xhtml or a MIME type) and Atom 0.3 `mode` (escaped/xml/base64) are honoured;
 * out-of-line (`src`) and binary content gives undefined.
 */
export function textConstruct(
  node: XmlNode | undefined,
  defaultKind: RawText['kind'],
  parentBase: string | undefined,
  parentLang?: string,
): RawText | undefined {
  if (node === undefined) return undefined;
  const attrs = attrsOf(node);
  const type = (attrs.type ?? '').trim().toLowerCase();
  const mode = (attrs.mode ?? '').trim().toLowerCase();
  if (attrs.src !== undefined && textOf(node).trim() === '') return undefined;
  let kind: RawText['kind'] = defaultKind;
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type.endsWith('xml')) kind = 'html';
  else if (type === 'text' || type === 'text/plain' || type === 'plain') kind = 'text';
  else if (type !== '' && !type.startsWith('text/')) return undefined;
  let value = hasChildElements(node) ? markupOf(node) : textOf(node);
  if (hasChildElements(node)) kind = 'html';
  if (mode === 'base64') value = decodeBase64(value);
  if (value.trim() === '') return undefined;
  return { value, kind, base: baseOf(node, parentBase), language: langOf(node, parentLang) };
}
