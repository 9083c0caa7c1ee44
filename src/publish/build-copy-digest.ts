// The copy digest model: one entry per copy event ("X republished Y's story, verbatim, 2 h later").
import type { Config, StoredItem } from '../model.js';
import type { BuildFeedOptions, CopyEventRecord, FeedEntry, FeedModel, FeedStoreReader } from './feed-model.js';
import { GENERATOR, createSourceDirectory, type SourceDirectory } from './build-merged-feed.js';
import { copyEntryId, describeKindAdverb, describeLag, joinUrl, tagPrefix } from './describe-copy.js';
import { cleanTitle, escapeHtml, resolveHttpUrl } from './sanitize-content.js';

function anchor(href: string | undefined, text: string): string {
  return href === undefined ? escapeHtml(text) : `<a href="${escapeHtml(href)}" rel="noopener nofollow">${escapeHtml(text)}</a>`;
}

function buildDigestEntry(
  event: CopyEventRecord,
  copy: StoredItem | undefined,
  original: StoredItem | undefined,
  config: Config,
  sources: SourceDirectory,
): FeedEntry {
  const copySource = sources.title(copy?.sourceId ?? '?');
  const originalSource = sources.title(original?.sourceId ?? '?');
  const originalTitle = cleanTitle(original?.title ?? '') || 'untitled';
  const copyLink = resolveHttpUrl(copy?.link);
  const originalLink = resolveHttpUrl(original?.link);
  const how = `${describeKindAdverb(event.kind)}, ${describeLag(event.lagSeconds)}`;
  const title = `${copySource} republished ${originalSource}'s story "${originalTitle}", ${how}`;
  const copyTitle = cleanTitle(copy?.title ?? '');
  const contentHtml = [
    `<p>${anchor(copyLink, copySource)} republished ${anchor(originalLink, originalSource)}'s story ` +
      `“${escapeHtml(originalTitle)}”, ${escapeHtml(how)}.</p>`,
    copyTitle !== '' && copyTitle !== originalTitle ? `<p>The copy is titled “${escapeHtml(copyTitle)}”.</p>` : '',
  ].filter((p) => p !== '').join('\n');
  return {
    id: copyEntryId(config.server.baseUrl, event.id),
    title,
    link: copyLink ?? originalLink ?? joinUrl(config.server.baseUrl, '/'),
    author: copySource,
    published: event.foundAt,
    updated: event.foundAt,
    contentHtml,
    categories: [event.kind],
    source: copy === undefined ? undefined : { title: copySource, url: sources.url(copy.sourceId) },
    related: originalLink === undefined ? [] : [{ href: originalLink, title: `Original by ${originalSource}: ${originalTitle}` }],
    extension: {
      event_id: event.id,
      cluster_id: event.clusterId,
      kind: event.kind,
      lag_seconds: event.lagSeconds,
      found_at: new Date(event.foundAt).toISOString(),
      copy: { source_id: copy?.sourceId ?? null, source_title: copySource, url: copyLink ?? null, title: copyTitle },
      original: { source_id: original?.sourceId ?? null, source_title: originalSource, url: originalLink ?? null, title: originalTitle },
    },
  };
}

/** Builds the copy digest: newest copy events first, at most config.publish.limit entries. */
export async function buildCopyDigest(store: FeedStoreReader, config: Config, options: BuildFeedOptions): Promise<FeedModel> {
  const limit = options.limit ?? config.publish.limit ?? 50;
  const events = (await store.clusters.copyEvents({ limit })).slice(0, limit);
  const ids = new Set(events.flatMap((e) => [e.copyItemId, e.originalItemId]));
  const items = new Map((await store.items.getMany([...ids])).map((i) => [i.id, i]));
  const sources = createSourceDirectory(config);
  const entries = events.map((e) => buildDigestEntry(e, items.get(e.copyItemId), items.get(e.originalItemId), config, sources));
  const base = config.server.baseUrl;
  const title = cleanTitle(config.publish.title) || 'feedfold';
  return {
    kind: 'copies',
    id: `${tagPrefix(base)}/copies`,
    title: `${title}: copies found`,
    description: `Each entry is one article found republishing another source's story, with how closely and how late. ${title}.`,
    language: config.publish.language,
    homeUrl: joinUrl(base, '/'),
    selfUrls: { rss: joinUrl(base, '/copies.xml'), atom: joinUrl(base, '/copies.atom') },
    updated: entries.length === 0 ? options.now : Math.max(...entries.map((e) => e.updated)),
    generator: GENERATOR,
    entries,
  };
}
