// Reading xml2js nodes (explicitArray: an element is a string, or { _: text, $: attributes, child: [...] }).

/** An element as xml2js builds it; attribute names are lower-cased by our attribute processor. */
export interface XmlElement {
  _?: string;
  $?: Record<string, string>;
  [child: string]: unknown;
}

/** A text-only element (string) or an element with attributes or children. */
export type XmlNode = string | XmlElement;

/** The nodes of a customFields value (keepArray) as an array, dropping anything unexpected. */
export function nodesOf(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((n): n is XmlNode => typeof n === 'string' || (typeof n === 'object' && n !== null));
}

// Shared (frozen) attributes of text-only nodes, which are most nodes.
const NO_ATTRS: Record<string, string> = Object.freeze({});

/** Attributes of a node (empty for text-only nodes). */
export function attrsOf(node: XmlNode | undefined): Record<string, string> {
  return node && typeof node === 'object' && node.$ && typeof node.$ === 'object' ? node.$ : NO_ATTRS;
}

/** Direct text of a node (no child elements). */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  return typeof node._ === 'string' ? node._ : '';
}

/** Child element nodes of a node by name. */
export function childrenOf(node: XmlNode | undefined, name: string): XmlNode[] {
  return node && typeof node === 'object' ? nodesOf(node[name]) : [];
}

/** Whether a node has child elements (markup that was not escaped). */
export function hasChildElements(node: XmlNode | undefined): boolean {
  if (!node || typeof node !== 'object') return false;
  return Object.keys(node).some((k) => k !== '_' && k !== '$');
}

function escapeXml(s: string, attr: boolean): string {
  const out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attr ? out.replace(/"/g, '&quot;') : out;
}

function serializeElement(name: string, node: XmlNode): string {
  const attrs = Object.entries(attrsOf(node))
    .filter(([k]) => !k.startsWith('xmlns'))
    .map(([k, v]) => ` ${k}="${escapeXml(String(v), true)}"`)
    .join('');
  const inner = markupOf(node);
  return inner === '' ? `<${name}${attrs} />` : `<${name}${attrs}>${inner}</${name}>`;
}

/**
 * Markup of a node's content. Unescaped child elements are serialized back; xml2js keeps no order between
 * text and elements, so text comes first (feeds that matter escape or CDATA-wrap their HTML).
 */
export function markupOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return escapeXml(node, false);
  let out = typeof node._ === 'string' ? escapeXml(node._, false) : '';
  for (const [name, value] of Object.entries(node)) {
    if (name === '_' || name === '$') continue;
    for (const child of nodesOf(value)) out += serializeElement(name.replace(/^xhtml:/, ''), child);
  }
  return out;
}

/** First non-empty trimmed direct text among nodes. */
export function firstText(nodes: XmlNode[]): string | undefined {
  for (let i = 0; i < nodes.length; i++) {
    const t = textOf(nodes[i]).trim();
    if (t !== '') return t;
  }
  return undefined;
}
