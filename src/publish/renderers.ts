// The renderer registry: one pure `(model) => string` per format, with the media type each is served as.
import type { FeedFormatName, FeedModel } from './feed-model.js';
import { renderAtom } from './render-atom.js';
import { renderJson } from './render-json.js';
import { renderRss } from './render-rss.js';

/** Renderers keyed by format name. */
export const renderers: Readonly<Record<FeedFormatName, (model: FeedModel) => string>> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJson,
};

/** Content-Type header per format. */
export const contentTypes: Readonly<Record<FeedFormatName, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Renders a model in one format. */
export function renderFeed(model: FeedModel, format: FeedFormatName): string {
  return renderers[format](model);
}
