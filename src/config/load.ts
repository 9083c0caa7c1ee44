// loadConfig: YAML file, then FEEDFOLD_* variables, then explicit overrides; validated once, frozen, typed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { ConfigError } from '../errors.js';
import type { Config } from '../model.js';
import { ENV_CONFIG_FILE, readEnvSettings } from './env.js';
import { formatIssues, type IssueLike } from './issues.js';
import { CONFIG_SCHEMA } from './schema.js';

/** Values that win over the file and the environment (the CLI's --db, tests). */
export type ConfigOverrides = { [K in keyof Config]?: K extends 'sources' ? Config[K] : Partial<Config[K]> };

/** Where the config comes from. */
export interface LoadConfigOptions {
  /** Config file (--config); else FEEDFOLD_CONFIG, else ./config/feedfold.yaml, else the bundled default. */
  file?: string;
  /** YAML text to use instead of reading a file (`file` then only names it in messages). */
  text?: string;
  /** Environment to read FEEDFOLD_* from (default: none). */
  env?: NodeJS.ProcessEnv;
  overrides?: ConfigOverrides;
  /** Base of relative paths (default process.cwd()). */
  cwd?: string;
  /** Rewrites each source url before validation (the demo maps `demo:<file>` to its loopback server). */
  rewriteSourceUrl?: (url: string) => string;
}

/** The config file shipped with feedfold. */
export const BUNDLED_CONFIG_FILE = fileURLToPath(new URL('../../config/feedfold.yaml', import.meta.url));

/** Which config file `loadConfig` reads for these options. */
export function resolveConfigFile(options: Pick<LoadConfigOptions, 'file' | 'env' | 'cwd'> = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const explicit = options.file ?? options.env?.[ENV_CONFIG_FILE];
  if (explicit) return path.resolve(cwd, explicit);
  const local = path.resolve(cwd, 'config/feedfold.yaml');
  return fs.existsSync(local) ? local : BUNDLED_CONFIG_FILE;
}

/** Where the store lives: the Postgres URL when one is set, else the SQLite file (openStore's target). */
export function databaseTarget(config: Pick<Config, 'database'>): string {
  return config.database.url ?? config.database.path;
}

/** Loads and validates the config; throws ConfigError listing every problem (`key: rule`). */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const file = options.text === undefined ? resolveConfigFile(options) : options.file;
  const raw = readRaw(file, options.text);
  if (options.rewriteSourceUrl && Array.isArray(raw.sources)) {
    for (const entry of raw.sources as Array<Record<string, unknown>>) {
      if (entry && typeof entry.url === 'string') entry.url = options.rewriteSourceUrl(entry.url);
    }
  }
  const { settings, problems } = readEnvSettings(CONFIG_SCHEMA, options.env ?? {});
  for (const setting of settings) setAt(raw, setting.path, setting.value);
  mergeInto(raw, (options.overrides ?? {}) as Record<string, unknown>);
  // `--db FILE` means that SQLite file, even when the file or FEEDFOLD_DATABASE_URL names a Postgres server.
  const database = options.overrides?.database;
  if (database?.path !== undefined && database.url === undefined && isPlainObject(raw.database)) delete raw.database.url;
  const parsed = CONFIG_SCHEMA.zod.safeParse(raw, { reportInput: true });
  if (!parsed.success) problems.push(...formatIssues(CONFIG_SCHEMA, parsed.error.issues as IssueLike[]));
  if (Array.isArray(raw.sources)) problems.push(...checkSourceList(raw.sources as unknown[]));
  if (parsed.success) problems.push(...checkCrossRules(parsed.data as Config));
  if (problems.length > 0) throw new ConfigError([...new Set(problems)], file);
  return deepFreeze(derive(parsed.data as Config, cwd));
}

function readRaw(file: string | undefined, text: string | undefined): Record<string, unknown> {
  let source = text;
  if (source === undefined && file !== undefined) {
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError([`cannot read config file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`], file);
    }
  }
  const doc = YAML.parseDocument(source ?? '');
  if (doc.errors.length > 0) {
    const describe = (e: YAML.YAMLError): string =>
      `line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
    throw new ConfigError(doc.errors.map(describe), file);
  }
  const value = doc.toJS() as unknown;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(['(root): must be a mapping of sections'], file);
  return value as Record<string, unknown>;
}

/** Duplicate ids and urls, checked on the raw list so they show next to type problems. */
function checkSourceList(sources: unknown[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  sources.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object') return;
    const { id, url } = entry as { id?: unknown; url?: unknown };
    if (typeof id === 'string') {
      if (ids.has(id)) problems.push(`sources[${index}].id: must be unique ("${id}" is also sources[${ids.get(id)}].id)`);
      else ids.set(id, index);
    }
    if (typeof url === 'string') {
      const key = feedUrlKey(url);
      if (urls.has(key)) problems.push(`sources[${index}].url: must be unique (also sources[${urls.get(key)}].url)`);
      else urls.set(key, index);
    }
  });
  return problems;
}

function checkCrossRules(config: Config): string[] {
  const problems: string[] = [];
  const { dedup, schedule } = config;
  if (dedup.bands * dedup.rows !== dedup.numHashes) {
    problems.push(`dedup.numHashes: must equal dedup.bands × dedup.rows (${dedup.bands} × ${dedup.rows} = ${dedup.bands * dedup.rows}, got ${dedup.numHashes})`);
  }
  if (schedule.minIntervalMinutes > schedule.maxIntervalMinutes) {
    problems.push(`schedule.minIntervalMinutes: must not exceed schedule.maxIntervalMinutes (${schedule.maxIntervalMinutes})`);
  }
  if (config.fetch.maxDecodedBytes !== undefined && config.fetch.maxDecodedBytes < config.fetch.maxBodyBytes) {
    problems.push(`fetch.maxDecodedBytes: must be at least fetch.maxBodyBytes (${config.fetch.maxBodyBytes})`);
  }
  return problems;
}

/** Fills derived defaults and resolves paths. */
function derive(config: Config, cwd: string): Config {
  const dbPath = config.database.path;
  return {
    ...config,
    sources: config.sources.map((s) => ({ ...s, title: s.title ?? s.id })),
    database: { ...config.database, path: dbPath === ':memory:' ? dbPath : path.resolve(cwd, dbPath) },
    fetch: { ...config.fetch, maxDecodedBytes: config.fetch.maxDecodedBytes ?? config.fetch.maxBodyBytes },
    server: { ...config.server, baseUrl: config.server.baseUrl.replace(/\/+$/, '') },
    publish: {
      ...config.publish,
      title: config.publish.title ?? `feedfold: ${config.topic.name}`,
      description: config.publish.description ?? `Items about ${config.topic.name}, copies folded under their original.`,
    },
  };
}

/** A feed URL's identity for duplicate checks: scheme and host case, default port and trailing slashes ignored. */
export function feedUrlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim();
  }
}

function setAt(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function mergeInto(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) mergeInto(current, value);
    else target[key] = value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
