// The merged feed model: one entry per cluster (singletons included), the original with its copies listed.
import { createRequire } from 'node:module';
import type { Cluster, ClusterMember, Config, StoredItem } from '../model.js';
import type { BuildFeedOptions, EntryCopy, FeedEntry, FeedModel, FeedStoreReader } from './feed-model.js';
import { clusterEntryId, credibleTime, describeCopy, joinUrl, tagPrefix } from './describe-copy.js';
import { cleanTitle, escapeHtml, resolveHttpUrl, sanitizeContent, textToHtml } from './sanitize-content.js';

const packageJson = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

/** Name and version written into every feed's generator element. */
export const GENERATOR = { name: packageJson.name, version: packageJson.version };

const SUMMARY_CHARS = 280;

/** Source titles and feed URLs by source id, from the config (unknown ids fall back to the id itself). */
export interface SourceDirectory {
  title(sourceId: string): string;
  url(sourceId: string): string | undefined;
}

/** Builds the source directory from config.sources. */
export function createSourceDirectory(config: Pick<Config, 'sources'>): SourceDirectory {
  const byId = new Map(config.sources.map((s) => [s.id, s]));
  return {
    title: (id) => cleanTitle(byId.get(id)?.title ?? '') || id,
    url: (id) => resolveHttpUrl(byId.get(id)?.url),
  };
}

/** A category as plain text without angle brackets: feed writes Atom categories as attributes it does not escape `<` in. */
export function cleanCategory(category: string): string {
  return cleanTitle(category.replace(/[<>]/g, ' '));
}

/** A plain-text summary: the item's summary or the start of its text, cut at a word boundary. */
export function summarize(item: Pick<StoredItem, 'summary' | 'text'>): string | undefined {
  const text = cleanTitle(item.summary?.trim() ? item.summary : item.text);
  if (text === '') return undefined;
  if (text.length <= SUMMARY_CHARS) return text;
  const cut = text.slice(0, SUMMARY_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function toCopy(member: ClusterMember, sources: SourceDirectory): EntryCopy | undefined {
  if (member.isOriginal || member.kind === undefined || member.kind === 'related') return undefined;
  return {
    itemId: member.itemId,
    sourceId: member.sourceId,
    sourceTitle: sources.title(member.sourceId),
    link: resolveHttpUrl(member.link),
    title: cleanTitle(member.title),
    kind: member.kind,
    lagSeconds: member.lagSeconds,
    credits: member.credits,
    joinedAt: member.joinedAt,
    label: describeCopy(member.kind, member.lagSeconds, member.credits),
  };
}

function linkOrText(href: string | undefined, text: string): string {
  return href === undefined ? escapeHtml(text) : `<a href="${escapeHtml(href)}" rel="noopener nofollow">${escapeHtml(text)}</a>`;
}

/** The footer under the original's content: who published it, then the "Also published by" list. */
export function renderCopiesFooter(sourceTitle: string, link: string | undefined, copies: EntryCopy[]): string {
  const parts = ['<hr />', `<p>Published by ${linkOrText(link, sourceTitle)}.</p>`];
  if (copies.length > 0) {
    const items = copies.map((c) => `<li>${linkOrText(c.link, c.sourceTitle)}: ${escapeHtml(c.label)}</li>`);
    parts.push('<p>Also published by:</p>', `<ul>\n${items.join('\n')}\n</ul>`);
  }
  return parts.join('\n');
}

function originalBody(item: StoredItem | undefined, link: string | undefined): string {
  if (item === undefined) return '';
  if (item.contentHtml?.trim()) return sanitizeContent(item.contentHtml, link);
  if (item.summary?.trim() && !item.text.trim()) return textToHtml(item.summary);
  return textToHtml(item.text);
}

function buildEntry(cluster: Cluster, item: StoredItem | undefined, config: Config, sources: SourceDirectory): FeedEntry {
  const original = cluster.members.find((m) => m.isOriginal) ?? cluster.members.find((m) => m.itemId === cluster.originalItemId);
  const sourceId = item?.sourceId ?? original?.sourceId ?? '';
  const sourceTitle = sources.title(sourceId);
  const ownLink = resolveHttpUrl(item?.link ?? original?.link);
  const copies = cluster.members.map((m) => toCopy(m, sources)).filter((c): c is EntryCopy => c !== undefined);
  const link = ownLink ?? copies.find((c) => c.link !== undefined)?.link ?? joinUrl(config.server.baseUrl, '/');
  const published = item === undefined ? cluster.createdAt : credibleTime(item);
  const updated = Math.max(published, ...copies.map((c) => c.joinedAt));
  const title = cleanTitle(item?.title ?? original?.title ?? '') || `Untitled story from ${sourceTitle}`;
  const body = originalBody(item, ownLink);
  return {
    id: clusterEntryId(config.server.baseUrl, cluster.id),
    title,
    link,
    author: cleanTitle(item?.author ?? '') || sourceTitle,
    published,
    updated,
    contentHtml: [body, renderCopiesFooter(sourceTitle, ownLink, copies)].filter((p) => p !== '').join('\n'),
    summary: item === undefined ? undefined : summarize(item),
    categories: (item?.categories ?? []).map(cleanCategory).filter((c) => c !== ''),
    source: { title: sourceTitle, url: sources.url(sourceId) },
    related: copies.filter((c) => c.link !== undefined).map((c) => ({ href: c.link as string, title: `${c.sourceTitle}: ${c.label}` })),
    extension: {
      cluster_id: cluster.id,
      original: { source_id: sourceId, source_title: sourceTitle, url: ownLink ?? null, reason: cluster.reason },
      copies: copies.map((c) => ({
        source_id: c.sourceId,
        source_title: c.sourceTitle,
        url: c.link ?? null,
        title: c.title,
        kind: c.kind,
        lag_seconds: c.lagSeconds,
        credits: c.credits,
        joined_at: new Date(c.joinedAt).toISOString(),
        label: c.label,
      })),
    },
  };
}

/** Builds the merged feed: one entry per cluster, newest activity first, at most config.publish.limit entries. */
export async function buildMergedFeed(store: FeedStoreReader, config: Config, options: BuildFeedOptions): Promise<FeedModel> {
  const limit = options.limit ?? config.publish.limit ?? 50;
  const clusters = await store.clusters.list({ limit });
  const items = await store.items.getMany([...new Set(clusters.map((c) => c.originalItemId))]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const sources = createSourceDirectory(config);
  const entries = clusters.slice(0, limit).map((c) => buildEntry(c, byId.get(c.originalItemId), config, sources));
  const base = config.server.baseUrl;
  return {
    kind: 'merged',
    id: `${tagPrefix(base)}/feed`,
    title: cleanTitle(config.publish.title) || 'feedfold',
    description: cleanTitle(config.publish.description),
    language: config.publish.language,
    homeUrl: joinUrl(base, '/'),
    selfUrls: { rss: joinUrl(base, '/feed.xml'), atom: joinUrl(base, '/feed.atom'), json: joinUrl(base, '/feed.json') },
    updated: entries.length === 0 ? options.now : Math.max(...entries.map((e) => e.updated)),
    generator: GENERATOR,
    entries,
  };
}
