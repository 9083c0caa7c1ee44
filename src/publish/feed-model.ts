// The publish stage's own types: what it reads from the store and the format-neutral feed model it renders.
import type { Cluster, CopyEvent, CopyKind, StoredItem } from '../model.js';

/** One copy joining a cluster, as `store.clusters.copyEvents` returns it (model.ts CopyEvent). */
export type CopyEventRecord = CopyEvent;

/** The read methods publishing needs; the real `Store` satisfies it structurally. */
export interface FeedStoreReader {
  clusters: {
    list(options: { limit?: number; since?: number; minSize?: number }): Promise<Cluster[]>;
    copyEvents(options: { since?: number; limit?: number }): Promise<CopyEventRecord[]>;
  };
  items: { getMany(ids: number[]): Promise<StoredItem[]> };
  /** Called after any commit that adds or changes items or clusters; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}

/** The renderer formats; keys of the renderer registry. */
export type FeedFormatName = 'rss' | 'atom' | 'json';

/** A link to a related document (a copy, or the original from a copy's point of view). */
export interface RelatedLink {
  href: string;
  title: string;
}

/** One copy of an entry's story, ready for prose and machine-readable output. */
export interface EntryCopy {
  itemId: number;
  sourceId: string;
  sourceTitle: string;
  link?: string;
  title: string;
  kind: CopyKind;
  /** Seconds after the original's credible publish time (negative: earlier). */
  lagSeconds: number;
  credits: boolean;
  joinedAt: number;
  /** "verbatim copy, 3 h later". */
  label: string;
}

/** One entry of a rendered feed, format-neutral; times are epoch ms. */
export interface FeedEntry {
  /** Stable, never reused (tag: URI). */
  id: string;
  /** Plain text. */
  title: string;
  link: string;
  author?: string;
  published: number;
  updated: number;
  /** Sanitized HTML, including the "Also published by" list. */
  contentHtml: string;
  /** Plain-text summary. */
  summary?: string;
  categories: string[];
  /** The feed the entry's article came from (RSS <source>). */
  source?: { title: string; url?: string };
  /** Atom link rel="related" / RSS atom:link per related document. */
  related: RelatedLink[];
  /** JSON Feed `_feedfold` extension object. */
  extension: Record<string, unknown>;
}

/** A whole feed, format-neutral. Renderers are pure functions of this. */
export interface FeedModel {
  kind: 'merged' | 'copies';
  /** Feed id (Atom <id>), stable. */
  id: string;
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  /** Self link per format this feed is served in. */
  selfUrls: Partial<Record<FeedFormatName, string>>;
  /** Feed-level updated: newest entry update, epoch ms. */
  updated: number;
  generator: { name: string; version: string };
  entries: FeedEntry[];
}

/** Options shared by the model builders. */
export interface BuildFeedOptions {
  /** Clock, used only for the `updated` time of an empty feed. */
  now: number;
  /** Overrides config.publish.limit. */
  limit?: number;
}
