// The publish stage: merged feed and copy digest models, one pure renderer per format, the rendered-feed cache
// behind the HTTP routes, and static export.
export type { BuildFeedOptions, CopyEventRecord, EntryCopy, FeedEntry, FeedFormatName, FeedModel, FeedStoreReader, RelatedLink } from './feed-model.js';
export { buildMergedFeed, createSourceDirectory, renderCopiesFooter, summarize, GENERATOR, type SourceDirectory } from './build-merged-feed.js';
export { buildCopyDigest } from './build-copy-digest.js';
export { clusterEntryId, copyEntryId, credibleTime, describeCopy, describeKind, describeLag, joinUrl, tagPrefix } from './describe-copy.js';
export { cleanTitle, escapeHtml, resolveHttpUrl, sanitizeContent, stripInvalidXmlChars, textToHtml } from './sanitize-content.js';
export { contentTypes, renderFeed, renderers } from './renderers.js';
export { renderRss } from './render-rss.js';
export { renderAtom } from './render-atom.js';
export { renderJson } from './render-json.js';
export { acceptsGzip, computeEtag, formatHttpDate, isNotModified, type ConditionalHeaders } from './conditional-get.js';
export { createFeedCache, type FeedCache, type FeedCacheOptions, type FeedCacheStats, type FeedName, type RenderedFeed } from './feed-cache.js';
export { exportFeeds, writeFileAtomic, EXPORT_FILES, type ExportFeedsOptions, type ExportedFile } from './export-feeds.js';
