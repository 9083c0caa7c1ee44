// The config schema: every key with its type, default and rule. The README's config reference is generated from it.
import cron from 'node-cron';
import { z } from 'zod';
import { boolean, group, httpUrl, integer, isPostgresUrl, list, map, oneOf, stringList, text, type GroupKey } from './keys.js';
import { DEFAULT_USER_AGENT } from './version.js';

const MIB = 1024 * 1024;
const SLUG = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const source = group('One feed to poll.', {
  id: text('must be a slug: lowercase letters, digits, dot, dash or underscore, at most 64 characters', {
    required: true,
    test: (v) => SLUG.test(v),
    doc: 'Short stable name of the source, used in the database, the CLI and the reports.',
  }),
  url: httpUrl({ required: true, doc: 'Address of the RSS, Atom or JSON feed.' }),
  title: text('must be a non-empty string', { derived: 'same as id', doc: 'Name shown to readers.' }),
  role: oneOf(['original', 'copier', 'unknown'], {
    default: 'unknown',
    doc: 'What the outlet usually does: `original` reporting (wire, broadcaster), `copier` (aggregator), or `unknown`. A tie-break when naming the original of a cluster.',
  }),
  enabled: boolean({ default: true, doc: 'Poll this source.' }),
  intervalMinutes: integer(1, 10080, { doc: 'Poll interval for this source; absent means schedule.defaultIntervalMinutes.' }),
  language: text('must be a language code such as en, fr or pt-BR', {
    test: (v) => LANGUAGE.test(v),
    doc: 'Language of items that do not declare one.',
  }),
});

/** The schema tree of the whole config file. */
export const CONFIG_SCHEMA: GroupKey = group('feedfold configuration.', {
  topic: group('The story being followed. Matching is accent- and case-insensitive, on whole words, over title and text.', {
    name: text('must be a non-empty string', { default: 'All items', doc: 'Name of the story, shown in the published feed and the report.' }),
    include: map(z.array(z.string().trim().min(1)), 'map of language → list of strings', 'must map language codes to lists of non-empty strings', {
      default: {},
      doc: 'Terms or phrases per language; an item is on topic when at least minMatches distinct terms occur. `a | b` lists spellings of one term. Empty (and no strong terms): every item is on topic.',
    }),
    strong: stringList({ default: [], doc: 'Terms that put an item on topic by themselves (names unique to the story), whatever minMatches says.' }),
    exclude: stringList({ default: [], doc: 'An item containing any of these terms is off topic even when include terms matched.' }),
    minMatches: integer(1, 20, { default: 1, doc: 'How many distinct include terms must occur.' }),
  }),
  sources: list('The feeds to poll (the database keeps each one\'s fetch state; sources removed here are kept, disabled).', source),
  database: group('Where items are stored.', {
    path: text('must be a file path or :memory:', { default: 'data/feedfold.db', doc: 'SQLite file; a relative path resolves against the working directory.' }),
    url: text('must be a postgres:// or postgresql:// URL', {
      test: isPostgresUrl,
      doc: 'Postgres server to store in instead of the SQLite file (`postgres://user:password@host:5432/feedfold`), shared by several feedfold processes; when set, `path` is not used.',
    }),
  }),
  fetch: group('How feeds are downloaded.', {
    timeoutMs: integer(1000, 300_000, { default: 20_000, doc: 'Whole-request timeout in milliseconds.' }),
    maxBodyBytes: integer(1024, 1024 * MIB, { default: 15 * MIB, doc: 'Largest response body accepted (bytes on the wire).' }),
    maxDecodedBytes: integer(1024, 1024 * MIB, { derived: 'same as maxBodyBytes', doc: 'Largest body after decompression.' }),
    maxRedirects: integer(0, 20, { default: 5, doc: 'Redirects followed before giving up.' }),
    userAgent: text('must be a non-empty string', { default: DEFAULT_USER_AGENT, doc: 'User-Agent header sent to publishers.' }),
    concurrency: integer(1, 64, { default: 8, doc: 'Sources fetched at the same time.' }),
  }),
  dedup: group('Copy detection (MinHash/LSH candidates, then verification). Signatures store these parameters: after changing shingleSize, numHashes, bands, rows or seed run `feedfold dedup rebuild`.', {
    shingleSize: integer(1, 20, { default: 5, doc: 'Words per shingle.' }),
    numHashes: integer(1, 1024, { default: 120, doc: 'MinHash signature length; must equal bands × rows.' }),
    bands: integer(1, 1024, { default: 40, doc: 'LSH bands.' }),
    rows: integer(1, 64, { default: 3, doc: 'Rows per LSH band.' }),
    seed: integer(0, 4_294_967_295, { default: 1, doc: 'Seed of the hash functions.' }),
    winnowWindow: integer(1, 100, { default: 8, doc: 'Winnowing window, in shingles.' }),
    windowDays: integer(1, 3650, { default: 14, doc: 'Candidates are looked for among items first seen within this many days.' }),
    maxPostings: integer(1, 1_000_000, { default: 200, doc: 'Fingerprints shared by more items than this are stock phrases and are skipped.' }),
    thresholds: map(z.number().finite(), 'map of name → number', 'must map names to numbers', {
      default: {},
      doc: 'Overrides of the named verification thresholds (see the copy-detection section); unset names keep their built-in values.',
    }),
  }),
  schedule: group('When sources are polled.', {
    cron: text('must be a valid cron expression (5 or 6 fields)', { default: '*/10 * * * *', test: (v) => cron.validate(v), doc: 'How often the service looks for due sources.' }),
    defaultIntervalMinutes: integer(1, 10080, { default: 30, doc: 'Interval of sources without their own.' }),
    minIntervalMinutes: integer(1, 10080, { default: 15, doc: 'Floor: no source is polled more often, whatever its TTL says.' }),
    maxIntervalMinutes: integer(1, 43200, { default: 1440, doc: 'Ceiling on any interval, TTL, Cache-Control, Retry-After or backoff.' }),
    backoffBaseMinutes: integer(1, 1440, { default: 15, doc: 'First backoff after an error; doubles per consecutive error, with jitter.' }),
    disableAfter404s: integer(0, 1000, { default: 5, doc: 'Consecutive 404s that disable a source (0: never; 410 disables at once).' }),
  }),
  server: group('The HTTP service (`feedfold serve`).', {
    host: text('must be a host name or IP address', { default: '127.0.0.1', doc: 'Address to listen on.' }),
    port: integer(0, 65535, { default: 8080, doc: 'Port to listen on (0: any free port).' }),
    baseUrl: httpUrl({ default: 'http://127.0.0.1:8080', doc: 'Public URL of this instance, used for self links; feeds under it are never ingested.' }),
  }),
  publish: group('The merged output feed.', {
    title: text('must be a non-empty string', { derived: 'feedfold: <topic.name>', doc: 'Feed title.' }),
    description: text('must be a non-empty string', { derived: 'Items about <topic.name>, copies folded under their original.', doc: 'Feed description.' }),
    language: text('must be a language code such as en, fr or pt-BR', { default: 'en', test: (v) => LANGUAGE.test(v), doc: 'Feed language.' }),
    limit: integer(1, 1000, { default: 50, doc: 'Entries in the merged feed.' }),
  }),
  queue: group('The worker pool job queue (pg-boss, with `database.url`): used by `feedfold serve --workers N` and `feedfold worker`. A broken feed is not a job failure (the source records it and backs off); a job fails only when its worker does.', {
    retryLimit: integer(0, 100, { default: 3, doc: 'Retries of a poll job whose worker failed, before it moves to the dead-letter queue (`feedfold queue dead`).' }),
    retryDelaySeconds: integer(1, 86_400, { default: 30, doc: 'Delay before the first retry; each next retry waits twice as long.' }),
    expireSeconds: integer(30, 86_400, { default: 900, doc: 'A job running longer than this (its worker died or hung) fails and is retried.' }),
  }),
  log: group('Logging.', {
    level: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], { default: 'info', doc: 'Least severe level written.' }),
  }),
});
