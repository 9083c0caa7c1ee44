// Words and ids for entries and copies: copy kinds, lags, credible publish times, stable tag: URIs.
import type { CopyKind, StoredItem } from '../model.js';

const KIND_NOUNS: Record<CopyKind, string> = {
  exact: 'exact copy',
  verbatim: 'verbatim copy',
  boilerplate: 'verbatim copy with added boilerplate',
  edited: 'edited copy',
  rewrite: 'rewritten copy',
  related: 'related report',
};

const KIND_ADVERBS: Record<CopyKind, string> = {
  exact: 'word for word',
  verbatim: 'verbatim',
  boilerplate: 'verbatim with added boilerplate',
  edited: 'lightly edited',
  rewrite: 'rewritten',
  related: 'as a related report',
};

/** "verbatim copy", "edited copy"... */
export function describeKind(kind: CopyKind): string {
  return KIND_NOUNS[kind];
}

/** "verbatim", "lightly edited"... as in "republished X's story, verbatim". */
export function describeKindAdverb(kind: CopyKind): string {
  return KIND_ADVERBS[kind];
}

/** A lag in words: "within a minute", "25 min later", "3 h later", "2 days earlier". */
export function describeLag(lagSeconds: number): string {
  const abs = Math.abs(lagSeconds);
  const direction = lagSeconds < 0 ? 'earlier' : 'later';
  if (abs < 60) return 'within a minute';
  if (abs < 3600) return `${Math.round(abs / 60)} min ${direction}`;
  if (abs < 48 * 3600) return `${Math.round(abs / 3600)} h ${direction}`;
  const days = Math.round(abs / 86400);
  return `${days} ${days === 1 ? 'day' : 'days'} ${direction}`;
}

/** "verbatim copy, 3 h later" (plus ", uncredited" when the copy does not credit the original). */
export function describeCopy(kind: CopyKind, lagSeconds: number, credits: boolean): string {
  return `${describeKind(kind)}, ${describeLag(lagSeconds)}${credits ? '' : ', uncredited'}`;
}

/**
 * The time an item was credibly published: its declared date, unless that is missing, not positive, or after
 * we first saw it (a feed cannot publish in the future of our first fetch), in which case the first-seen time.
 */
export function credibleTime(item: Pick<StoredItem, 'publishedAt' | 'firstSeenAt'>): number {
  const declared = item.publishedAt;
  if (declared === undefined || !Number.isFinite(declared) || declared <= 0) return item.firstSeenAt;
  return Math.min(declared, item.firstSeenAt);
}

/**
 * The tag: URI prefix (RFC 4151) of this instance, from config.server.baseUrl: the host is the authority, the
 * port and path go into the specific part so two instances on one host never share ids.
 */
export function tagPrefix(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return `tag:${url.hostname},2024:feedfold${url.port ? `:${url.port}` : ''}${path}`;
}

/** Stable entry id of a cluster (merged feed). */
export function clusterEntryId(baseUrl: string, clusterId: string): string {
  return `${tagPrefix(baseUrl)}/cluster/${encodeURIComponent(clusterId)}`;
}

/** Stable entry id of a copy event (copy digest). */
export function copyEntryId(baseUrl: string, eventId: string): string {
  return `${tagPrefix(baseUrl)}/copy/${encodeURIComponent(eventId)}`;
}

/** Joins the base URL and a path ("/feed.xml") with exactly one slash. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
