// Atom 1.0 renderer: `feed` v6 writes the document; xml:lang, the generator version, type="text" entry titles
// and the per-copy link rel="related" elements are spliced in afterwards: feed's Atom writer has no slot for them.
import { Feed } from 'feed';
import type { FeedModel } from './feed-model.js';
import { escapeHtml } from './sanitize-content.js';
import { toXmlItemBase, xmlText } from './xml-safety.js';

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';
// The placeholder goes into <rights>, a text element: titles, summaries and content never contain a literal
// `<rights>` tag (they are escaped or in CDATA), so each marker element matches exactly where feed put it.
const MARKER = 'feedfold-related-links-';
const MARKER_ELEMENT = new RegExp(`\\n([ \\t]*)<rights>${MARKER}(\\d+)</rights>`, 'g');
// Entry titles are placeholders too: feed writes them as type="html" CDATA (feedparser then hands back
// markup-escaped titles) and xml-js splits only the first "]]>" of a CDATA section. Ours are escaped type="text".
const TITLE = 'feedfold-entry-title-';
const TITLE_ELEMENT = new RegExp(`<title type="html"><!\\[CDATA\\[${TITLE}(\\d+)\\]\\]></title>`, 'g');

function splice(xml: string, search: string, replacement: string): string {
  const at = xml.indexOf(search);
  if (at < 0 || xml.indexOf(search, at + search.length) >= 0) {
    throw new Error(`renderAtom: expected exactly one ${search} in feed output`);
  }
  return xml.slice(0, at) + replacement + xml.slice(at + search.length);
}

/** Renders a feed model as Atom 1.0 (plain-text titles; published and updated per entry). */
export function renderAtom(model: FeedModel): string {
  const feed = new Feed({
    id: model.id,
    title: xmlText(model.title),
    description: model.description ? xmlText(model.description) : undefined,
    link: model.homeUrl,
    updated: new Date(model.updated),
    generator: xmlText(model.generator.name),
    feedLinks: { atom: model.selfUrls.atom ?? model.homeUrl },
  });
  model.entries.forEach((entry, index) => {
    feed.addItem({
      title: `${TITLE}${index}`,
      ...toXmlItemBase(entry),
      author: entry.author === undefined ? undefined : [{ name: xmlText(entry.author) }],
      category: entry.categories.map((term) => ({ term })),
      copyright: `${MARKER}${index}`,
    });
  });
  let xml = feed.atom1();
  xml = splice(xml, ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(model.language)}">`);
  const generator = `<generator>${escapeHtml(model.generator.name)}</generator>`;
  xml = splice(xml, generator, `<generator version="${escapeHtml(model.generator.version)}">${escapeHtml(model.generator.name)}</generator>`);
  let titles = 0;
  xml = xml.replace(TITLE_ELEMENT, (_match, index: string) => {
    titles += 1;
    return `<title type="text">${escapeHtml(model.entries[Number(index)].title)}</title>`;
  });
  if (titles !== model.entries.length) throw new Error('renderAtom: entry title placeholders missing from feed output');
  let replaced = 0;
  xml = xml.replace(MARKER_ELEMENT, (_match, indent: string, index: string) => {
    replaced += 1;
    const links = model.entries[Number(index)].related.map((r) => `<link rel="related" href="${escapeHtml(r.href)}" title="${escapeHtml(r.title)}"/>`);
    return links.map((link) => `\n${indent}${link}`).join('');
  });
  if (replaced !== model.entries.length) throw new Error('renderAtom: related-link placeholders missing from feed output');
  return xml;
}
