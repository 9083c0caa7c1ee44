// Workarounds for the XML writer under `feed` (xml-js 1.6): what it does to strings, how each is undone, and the
// entry fields both XML renderers fill through them.
import type { FeedEntry } from './feed-model.js';
import { escapeHtml } from './sanitize-content.js';

/**
 * For a text node: xml-js first turns every "&amp;" back into "&" (to avoid double escaping), then escapes.
 * Doubling it here makes that round trip lossless, so a literal "&amp;" in a title reads back as "&amp;".
 */
export function xmlText(text: string): string {
  return text.replaceAll('&amp;', '&amp;amp;');
}

/** For HTML in a CDATA section: xml-js splits only the first "]]>", so each becomes "]]&gt;" (same HTML). */
export function protectCdata(html: string): string {
  return html.replaceAll(']]>', ']]&gt;');
}

/** For attribute values: xml-js escapes only `"`, so everything is escaped here (undefined values dropped). */
export function xmlAttributes(values: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = escapeHtml(value);
  return out;
}

/** The `feed` Item fields RSS and Atom fill alike: id, link, dates, escaped summary, CDATA-safe content. */
export function toXmlItemBase(entry: FeedEntry) {
  return {
    id: entry.id,
    link: entry.link,
    date: new Date(entry.updated),
    published: new Date(entry.published),
    description: entry.summary === undefined ? undefined : protectCdata(escapeHtml(entry.summary)),
    content: protectCdata(entry.contentHtml),
  };
}
