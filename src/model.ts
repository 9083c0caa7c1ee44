// The shared types of feedfold, and nothing else. Every stage imports from here; no stage imports another.
// Times are epoch milliseconds (UTC) everywhere inside the program; renderers turn them into strings.

// ---------------------------------------------------------------------------------------------------
// Config (validated by src/config, frozen, passed in)

export type SourceRole = 'original' | 'copier' | 'unknown';

/** One feed to poll. `id` is a short stable slug chosen by the operator. */
export interface SourceConfig {
  id: string;
  url: string;
  title: string;
  role: SourceRole;
  enabled: boolean;
  /** Poll interval in minutes; absent means the schedule's default. */
  intervalMinutes?: number;
  /** BCP-47 language hint for items that do not declare one (`en`, `fr`). */
  language?: string;
}

/** The story being followed. Matching is accent- and case-insensitive on title + text. */
export interface TopicConfig {
  name: string;
  /** Include terms or phrases per language code; an item matches when any term of any language occurs. */
  include: Record<string, string[]>;
  /** An item with any of these terms is rejected even when an include term matched. */
  exclude: string[];
  /** How many distinct include terms must occur (default 1). */
  minMatches: number;
  /** Terms that put an item on topic by themselves (names unique to the story, e.g. `Kidal`), whatever minMatches says. */
  strong?: string[];
}

export interface FetchSettings {
  timeoutMs: number;
  maxBodyBytes: number;
  /** Cap on the decompressed size; defaults to maxBodyBytes. */
  maxDecodedBytes: number;
  maxRedirects: number;
  userAgent: string;
  concurrency: number;
}

export interface DedupSettings {
  /** Words per shingle (W-grams). */
  shingleSize: number;
  numHashes: number;
  bands: number;
  rows: number;
  seed: number;
  /** Winnowing window, in shingles. */
  winnowWindow: number;
  /** Candidates are looked for among items first seen within this many days. */
  windowDays: number;
  /** Fingerprints with more postings than this are stock phrases and are skipped. */
  maxPostings: number;
  /** Named thresholds used by verification and classification (see src/dedup). */
  thresholds: Record<string, number>;
}

export interface ScheduleSettings {
  /** node-cron expression for the cycle, default every 10 minutes. */
  cron: string;
  defaultIntervalMinutes: number;
  minIntervalMinutes: number;
  maxIntervalMinutes: number;
  /** Consecutive errors before backoff grows; backoff doubles per error with jitter, capped at max. */
  backoffBaseMinutes: number;
  /** Consecutive 404s that disable a source (410 disables at once). */
  disableAfter404s: number;
}

export interface ServerSettings {
  host: string;
  port: number;
  /** Public base URL of this instance (self links, and refusing to ingest our own feed). */
  baseUrl: string;
}

export interface PublishSettings {
  title: string;
  description: string;
  language: string;
  /** Entries in the merged feed. */
  limit: number;
}

export interface Config {
  topic: TopicConfig;
  sources: SourceConfig[];
  database: { path: string; url?: string };
  fetch: FetchSettings;
  dedup: DedupSettings;
  schedule: ScheduleSettings;
  server: ServerSettings;
  publish: PublishSettings;
  queue: QueueSettings;
  log: { level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent' };
}

/** The worker pool's job queue (config `queue`). */
export interface QueueSettings {
  retryLimit: number;
  retryDelaySeconds: number;
  expireSeconds: number;
}

// ---------------------------------------------------------------------------------------------------
// Fetch

/** What the fetcher remembers about a source between polls. */
export interface FetchState {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type FetchErrorCode =
  | 'FETCH_TIMEOUT'
  | 'FETCH_NETWORK'
  | 'FETCH_DNS'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_BAD_URL'
  | 'FETCH_BAD_ENCODING'
  | 'FETCH_EMPTY'
  | 'FETCH_RATE_LIMITED'
  | `FETCH_HTTP_${number}`;

export type ParseErrorCode = 'PARSE_NOT_A_FEED' | 'PARSE_MALFORMED' | 'PARSE_UNSAFE';

export type SourceErrorCode = FetchErrorCode | ParseErrorCode | 'SELF_FEED_REFUSED' | 'INTERNAL';

/** A fetched body, decoded to text, with the caching facts the scheduler and next poll need. */
export interface FetchOk {
  kind: 'ok';
  status: number;
  /** Final URL after redirects (base for relative links). */
  url: string;
  /** Set when a permanent redirect (301/308) moved the feed: store it as the source's new URL. */
  movedTo?: string;
  text: string;
  charset: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  /** Cache-Control max-age or Expires, in seconds, when the server gave one. */
  maxAgeSeconds?: number;
  bytes: number;
}

export interface FetchNotModified {
  kind: 'not-modified';
  url: string;
  movedTo?: string;
  etag?: string;
  lastModified?: string;
  maxAgeSeconds?: number;
}

export interface FetchFailed {
  kind: 'failed';
  code: FetchErrorCode;
  message: string;
  status?: number;
  /** From Retry-After on 429/503, in seconds. */
  retryAfterSeconds?: number;
}

export type FetchResult = FetchOk | FetchNotModified | FetchFailed;

// ---------------------------------------------------------------------------------------------------
// Parse

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** One item as the parser normalized it. Plain-text fields never hold markup. */
export interface NormalizedItem {
  /** Deterministic identity hash (guid → guid+link → canonical link → title+content), hex; unique within a source. */
  identity: string;
  guid?: string;
  /** Canonical link: absolute, tracking parameters removed. */
  link?: string;
  title: string;
  author?: string;
  publishedAt?: number;
  updatedAt?: number;
  summary?: string;
  /** Body HTML as found (content:encoded > content > description), not yet sanitized. */
  contentHtml?: string;
  /** Plain text of the body derived from the HTML; paragraphs separated by a blank line. */
  text: string;
  language?: string;
  categories: string[];
}

/** Options for `parseFeed`. */
export interface ParseFeedOptions {
  /** Language for items when neither the item nor the feed declares one (the source's `language`). */
  defaultLanguage?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  language?: string;
  /** RSS <ttl>, in minutes. */
  ttlMinutes?: number;
  items: NormalizedItem[];
}

// ---------------------------------------------------------------------------------------------------
// Store

/** A source row: config plus fetch state and health. */
export interface SourceRecord extends SourceConfig {
  etag?: string;
  lastModified?: string;
  consecutiveErrors: number;
  consecutive404s: number;
  lastErrorCode?: SourceErrorCode;
  lastErrorMessage?: string;
  lastErrorAt?: number;
  lastSuccessAt?: number;
  lastPolledAt?: number;
  nextDueAt?: number;
  retryAfterUntil?: number;
  /** Why the service disabled this source on its own (410, repeated 404); null when the operator did. */
  disabledReason?: string;
  ttlMinutes?: number;
  maxAgeSeconds?: number;
  /** When the source left the config; its row and items are kept, disabled. */
  removedAt?: number;
}

/** An item as stored. `id` is the database row id. */
export interface StoredItem {
  id: number;
  identity: string;
  sourceId: string;
  guid?: string;
  link?: string;
  title: string;
  author?: string;
  publishedAt?: number;
  updatedAt?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  /** sha256 of the normalized plain text: equal hashes across sources are exact duplicates. */
  textHash: string;
  summary?: string;
  contentHtml?: string;
  text: string;
  language?: string;
  categories: string[];
}

// ---------------------------------------------------------------------------------------------------
// Copy detection

/** How a copy relates to its original. `related` is same-event, independent: never merged. */
export type CopyKind = 'exact' | 'verbatim' | 'boilerplate' | 'edited' | 'rewrite' | 'related';

/** Why a cluster's original was chosen. */
export type OriginalReason =
  | 'attribution'
  | 'earliest-published'
  | 'role-original'
  | 'containment'
  | 'first-seen'
  | 'lowest-id';

/** One aligned stretch of text shared by two items; offsets index StoredItem.text, end exclusive. */
export interface Passage {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  kind: 'verbatim' | 'paraphrase' | 'quote';
  /** 1 for verbatim runs; sentence similarity for paraphrase. */
  score: number;
}

export interface PairScores {
  /** Shingle Jaccard. */
  jaccard: number;
  /** Share of a's shingles found in b, and of b's in a. */
  containAB: number;
  containBA: number;
  /** Share of the shorter text covered by order-consistent shared passages (quotes masked). */
  passageCoverage: number;
  /** Share of the shorter text's sentences aligned as paraphrases. */
  sentenceCoverage: number;
}

/** A verified relation between two items; `a` is the earlier/original side when known. */
export interface DupEdge {
  a: number;
  b: number;
  kind: CopyKind;
  scores: PairScores;
  passages: Passage[];
  createdAt: number;
}

export interface ClusterMember {
  itemId: number;
  sourceId: string;
  link?: string;
  title: string;
  /** Kind relative to the original; the original itself has kind 'exact' only if it is a byte twin, else undefined. */
  kind?: CopyKind;
  isOriginal: boolean;
  /** Seconds after the original (credible publish time), 0 for the original. */
  lagSeconds: number;
  score: number;
  /** Whether the copy credits the original's source (credit line, link, name). */
  credits: boolean;
  joinedAt: number;
}

export interface Cluster {
  /** Stable id, never reused: survives restarts, re-polls, rebuilds and growth; on merge the older id wins. */
  id: string;
  originalItemId: number;
  reason: OriginalReason;
  createdAt: number;
  updatedAt: number;
  members: ClusterMember[];
}

/** One copy joining a cluster, for the copy digest feed. `id` is stable across re-polls and rebuilds. */
export interface CopyEvent {
  id: string;
  clusterId: string;
  copyItemId: number;
  originalItemId: number;
  kind: Exclude<CopyKind, 'related'>;
  lagSeconds: number;
  /** When detection found the copy (kept across rebuilds). */
  foundAt: number;
}
