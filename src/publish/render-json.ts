// JSON Feed 1.1 renderer: `feed` v6 writes JSON Feed 1.0, so its output is upgraded here (version, language,
// `authors` instead of `author`); the `_feedfold` extension objects pass through feed's extension support.
import { Feed } from 'feed';
import type { FeedModel } from './feed-model.js';

type JsonObject = Record<string, unknown>;

function upgradeItem(item: JsonObject): JsonObject {
  const { author, ...rest } = item;
  return author === undefined ? rest : { ...rest, authors: [author] };
}

/** Renders a feed model as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function renderJson(model: FeedModel): string {
  const feed = new Feed({
    id: model.id,
    title: model.title,
    description: model.description || undefined,
    link: model.homeUrl,
    feedLinks: { json: model.selfUrls.json ?? model.homeUrl },
  });
  for (const entry of model.entries) {
    feed.addItem({
      title: entry.title,
      id: entry.id,
      link: entry.link,
      date: new Date(entry.updated),
      published: new Date(entry.published),
      description: entry.summary,
      content: entry.contentHtml,
      author: entry.author === undefined ? undefined : [{ name: entry.author }],
      category: entry.categories.map((name) => ({ name })),
      extensions: [{ name: '_feedfold', objects: entry.extension }],
    });
  }
  const { version: _version, items, ...rest } = JSON.parse(feed.json1()) as JsonObject & { items: JsonObject[] };
  const upgraded = {
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language: model.language,
    _feedfold: { kind: model.kind, updated: new Date(model.updated).toISOString(), generator: model.generator },
    items: items.map(upgradeItem),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}
