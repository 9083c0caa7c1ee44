// RSS 2.0 renderer (feed v6): copies as atom:link rel="related", the original's feed as <source>, author as
// dc:creator, the entry's last update as atom:updated.
import { Feed, type Extension } from 'feed';
import type { FeedEntry, FeedModel } from './feed-model.js';
import { toXmlItemBase, xmlAttributes, xmlText } from './xml-safety.js';

function itemExtensions(entry: FeedEntry): Extension[] {
  const extensions: Extension[] = [
    // Replaces feed's CDATA title (xml-js mishandles a second "]]>") with an escaped text node: same text to any parser.
    { name: 'title', objects: { _text: xmlText(entry.title) } },
    { name: 'atom:updated', objects: { _text: new Date(entry.updated).toISOString() } },
  ];
  if (entry.author !== undefined) extensions.push({ name: 'dc:creator', objects: { _text: xmlText(entry.author) } });
  if (entry.source !== undefined) {
    const source = { _text: xmlText(entry.source.title), _attributes: xmlAttributes({ url: entry.source.url }) };
    extensions.push({ name: 'source', objects: source });
  }
  if (entry.related.length > 0) {
    const links = entry.related.map((r) => ({ _attributes: xmlAttributes({ rel: 'related', href: r.href, title: r.title }) }));
    // xml-js writes an array as repeated elements; feed's Extension type only admits an object.
    extensions.push({ name: 'atom:link', objects: links as unknown as Record<string, unknown> });
  }
  return extensions;
}

/** Renders a feed model as RSS 2.0 (pubDate = published; the entry's last update is in atom:updated). */
export function renderRss(model: FeedModel): string {
  const feed = new Feed({
    id: model.id,
    title: xmlText(model.title),
    description: xmlText(model.description),
    link: model.homeUrl,
    language: model.language,
    updated: new Date(model.updated),
    generator: xmlText(`${model.generator.name} ${model.generator.version}`),
    feedLinks: { rss: model.selfUrls.rss ?? model.homeUrl },
  });
  for (const entry of model.entries) {
    feed.addItem({
      title: 'replaced by the title extension',
      ...toXmlItemBase(entry),
      category: entry.categories.map((name) => ({ name: xmlText(name) })),
      extensions: itemExtensions(entry),
    });
  }
  return feed.rss2();
}
