import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadConfig, resolveConfigFile, BUNDLED_CONFIG_FILE, VERSION } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';

function problemsOf(text: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    loadConfig({ text, env, cwd: '/srv/ff' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('loadConfig defaults', () => {
  it('fills every default from an empty file', () => {
    const config = loadConfig({ text: '', cwd: '/srv/ff' });
    expect(config.database.path).toBe('/srv/ff/data/feedfold.db');
    expect(config.fetch).toEqual({
      timeoutMs: 20_000,
      maxBodyBytes: 15 * 1024 * 1024,
      maxDecodedBytes: 15 * 1024 * 1024,
      maxRedirects: 5,
      concurrency: 8,
      userAgent: `feedfold/${VERSION} (+https://github.com/feedfold/feedfold)`,
    });
    expect(config.schedule).toEqual({
      cron: '*/10 * * * *',
      defaultIntervalMinutes: 30,
      minIntervalMinutes: 15,
      maxIntervalMinutes: 1440,
      backoffBaseMinutes: 15,
      disableAfter404s: 5,
    });
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8080, baseUrl: 'http://127.0.0.1:8080' });
    expect(config.dedup).toEqual({
      shingleSize: 5, numHashes: 120, bands: 40, rows: 3, seed: 1, winnowWindow: 8, windowDays: 14, maxPostings: 200, thresholds: {},
    });
    expect(config.publish).toMatchObject({ limit: 50, language: 'en', title: 'feedfold: All items' });
    expect(config.topic).toEqual({ name: 'All items', include: {}, strong: [], exclude: [], minMatches: 1 });
    expect(config.sources).toEqual([]);
    expect(config.log.level).toBe('info');
  });

  it('returns a deeply frozen object and derives source titles', () => {
    const config = loadConfig({ text: 'sources:\n  - { id: rfi, url: "https://www.rfi.fr/fr/afrique/rss" }\n', cwd: '/srv' });
    expect(config.sources[0]).toEqual({ id: 'rfi', url: 'https://www.rfi.fr/fr/afrique/rss', title: 'rfi', role: 'unknown', enabled: true });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.sources[0])).toBe(true);
    expect(() => {
      (config.fetch as { timeoutMs: number }).timeoutMs = 1;
    }).toThrow(TypeError);
  });

  it('accepts any numeric thresholds and keeps :memory: as is', () => {
    const config = loadConfig({ text: 'database: { path: ":memory:" }\ndedup: { thresholds: { verbatim: 0.9, anyName: 3 } }\n' });
    expect(config.database.path).toBe(':memory:');
    expect(config.dedup.thresholds).toEqual({ verbatim: 0.9, anyName: 3 });
  });

  it('validates the bundled config/feedfold.yaml', () => {
    const config = loadConfig({ file: BUNDLED_CONFIG_FILE });
    expect(config.topic.name).toContain('Kidal');
    expect(config.topic.strong).toContain('Kidal');
    expect(config.sources.length).toBeGreaterThanOrEqual(15);
    expect(new Set(config.sources.map((s) => s.role))).toEqual(new Set(['original', 'copier', 'unknown']));
    expect(config.sources.map((s) => s.url)).toContain('https://news.google.com/rss/search?q=Kidal&hl=fr&gl=FR&ceid=FR:fr');
    expect(config.sources.every((s) => s.language === 'en' || s.language === 'fr')).toBe(true);
  });
});

describe('loadConfig problems', () => {
  it.each([
    ['sources:\n  - { id: a, url: "ftp://x.org/feed" }\n', ['sources[0].url: must be an http(s) URL (got "ftp://x.org/feed")']],
    ['sources:\n  - { url: "https://x.org/feed" }\n', ['sources[0].id: is required and must be a slug: lowercase letters, digits, dot, dash or underscore, at most 64 characters']],
    ['sources:\n  - { id: "Bad Id", url: "https://x.org/feed" }\n', ['sources[0].id: must be a slug: lowercase letters, digits, dot, dash or underscore, at most 64 characters (got "Bad Id")']],
    ['sources:\n  - { id: a, url: "https://x.org/a" }\n  - { id: a, url: "https://x.org/b" }\n', ['sources[1].id: must be unique ("a" is also sources[0].id)']],
    ['sources:\n  - { id: a, url: "https://X.org/f" }\n  - { id: b, url: "https://x.org/f/" }\n', ['sources[1].url: must be unique (also sources[0].url)']],
    ['sources:\n  - { id: a, url: "https://x.org/a", role: wire }\n', ['sources[0].role: must be one of original, copier, unknown (got "wire")']],
    ['topic:\n  nmae: Kidal\n', ['topic.nmae: unknown key (did you mean name?)']],
    ['fetchh: {}\n', ['fetchh: unknown key (did you mean fetch?)']],
    ['fetch: { timeoutMs: "20s" }\n', ['fetch.timeoutMs: must be an integer from 1000 to 300000 (got "20s")']],
    ['fetch: { concurrency: 0 }\n', ['fetch.concurrency: must be an integer from 1 to 64 (got 0)']],
    ['dedup: { bands: 30 }\n', ['dedup.numHashes: must equal dedup.bands × dedup.rows (30 × 3 = 90, got 120)']],
    ['dedup: { thresholds: { verbatim: high } }\n', ['dedup.thresholds.verbatim: must map names to numbers (got "high")']],
    ['schedule: { cron: "every ten minutes" }\n', ['schedule.cron: must be a valid cron expression (5 or 6 fields) (got "every ten minutes")']],
    ['schedule: { minIntervalMinutes: 60, maxIntervalMinutes: 30 }\n', ['schedule.minIntervalMinutes: must not exceed schedule.maxIntervalMinutes (30)']],
    ['topic: { include: { fr: Kidal } }\n', ['topic.include.fr: must map language codes to lists of non-empty strings (got "Kidal")']],
    ['log: { level: loud }\n', ['log.level: must be one of trace, debug, info, warn, error, fatal, silent (got "loud")']],
    ['- just a list\n', ['(root): must be a mapping of sections']],
  ])('%j', (text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it('lists one message per problem, all at once', () => {
    const problems = problemsOf('topic: { minMatches: 0 }\nsources:\n  - { id: a, url: "nope" }\nserver: { port: 70000 }\n');
    expect(problems).toEqual([
      'topic.minMatches: must be an integer from 1 to 20 (got 0)',
      'sources[0].url: must be an http(s) URL (got "nope")',
      'server.port: must be an integer from 0 to 65535 (got 70000)',
    ]);
  });

  it('names the YAML line of a syntax error', () => {
    const problems = problemsOf('server:\n  port: 80\n host: x\n');
    expect(problems).toEqual(['line 3: All mapping items must start at the same column']);
  });

  it('names a missing config file', () => {
    expect(() => loadConfig({ file: '/nonexistent/feedfold.yaml' })).toThrow(/nonexistent\/feedfold\.yaml: invalid config\n {2}- cannot read config file: ENOENT/);
  });
});

describe('loadConfig overrides', () => {
  it.each([
    [{ FEEDFOLD_DB: 'x/other.db' }, (c: ReturnType<typeof loadConfig>) => c.database.path, '/srv/x/other.db'],
    [{ FEEDFOLD_PORT: '9090' }, (c: ReturnType<typeof loadConfig>) => c.server.port, 9090],
    [{ FEEDFOLD_LOG_LEVEL: 'debug' }, (c: ReturnType<typeof loadConfig>) => c.log.level, 'debug'],
    [{ FEEDFOLD_FETCH__TIMEOUT_MS: '30000' }, (c: ReturnType<typeof loadConfig>) => c.fetch.timeoutMs, 30_000],
    [{ FEEDFOLD_DEDUP__THRESHOLDS__MIN_COVERAGE: '0.4' }, (c: ReturnType<typeof loadConfig>) => c.dedup.thresholds, { minCoverage: 0.4 }],
    [{ FEEDFOLD_TOPIC__EXCLUDE: '["football"]' }, (c: ReturnType<typeof loadConfig>) => c.topic.exclude, ['football']],
    [{ FEEDFOLD_OTHER_TOOL: 'ignored' }, (c: ReturnType<typeof loadConfig>) => c.server.port, 8080],
  ])('reads %j', (env, pick, expected) => {
    expect(pick(loadConfig({ text: '', env, cwd: '/srv' }))).toEqual(expected);
  });

  it.each([
    [{ FEEDFOLD_FETCH__NOPE: '1' }, 'FEEDFOLD_FETCH__NOPE: no config key fetch.nope'],
    [{ FEEDFOLD_PORT: 'eighty' }, 'FEEDFOLD_PORT: must be an integer from 0 to 65535 (got "eighty")'],
    [{ FEEDFOLD_SOURCES__ID: 'x' }, 'FEEDFOLD_SOURCES__ID: sources cannot be set from the environment'],
  ])('refuses %j', (env, problem) => {
    expect(problemsOf('', env)).toEqual([problem]);
  });

  it('applies file < environment < overrides', () => {
    const text = 'server: { port: 1000, host: 0.0.0.0 }\nfetch: { concurrency: 2 }\n';
    const config = loadConfig({
      text,
      env: { FEEDFOLD_PORT: '2000', FEEDFOLD_FETCH__CONCURRENCY: '3' },
      overrides: { server: { port: 3000 } },
    });
    expect(config.server).toMatchObject({ port: 3000, host: '0.0.0.0' });
    expect(config.fetch.concurrency).toBe(3);
  });

  it('reads a Postgres URL, and lets an explicit SQLite path win over it (--db FILE)', () => {
    const env = { FEEDFOLD_DATABASE_URL: 'postgres://feedfold@db.internal/feedfold' };
    expect(loadConfig({ text: '', env }).database.url).toBe('postgres://feedfold@db.internal/feedfold');
    const local = loadConfig({ text: '', env, cwd: '/srv', overrides: { database: { path: 'local.db' } } });
    expect(local.database).toEqual({ path: '/srv/local.db' });
    expect(problemsOf('database: { url: "mysql://x/y" }', {})).toEqual(['database.url: must be a postgres:// or postgresql:// URL (got "mysql://x/y")']);
  });

  it('rewrites source urls before validation', () => {
    const config = loadConfig({
      text: 'sources:\n  - { id: a, url: "demo:a.xml" }\n',
      rewriteSourceUrl: (url) => url.replace(/^demo:/, 'http://127.0.0.1:5000/'),
    });
    expect(config.sources[0].url).toBe('http://127.0.0.1:5000/a.xml');
  });

  it('finds the config file: flag, then FEEDFOLD_CONFIG, then ./config/feedfold.yaml, then the bundled one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-config-'));
    expect(resolveConfigFile({ cwd: dir })).toBe(BUNDLED_CONFIG_FILE);
    fs.mkdirSync(path.join(dir, 'config'));
    fs.writeFileSync(path.join(dir, 'config/feedfold.yaml'), 'server: { port: 4000 }\n');
    fs.writeFileSync(path.join(dir, 'other.yaml'), 'server: { port: 5000 }\n');
    expect(loadConfig({ cwd: dir }).server.port).toBe(4000);
    expect(loadConfig({ cwd: dir, env: { FEEDFOLD_CONFIG: 'other.yaml' } }).server.port).toBe(5000);
    expect(resolveConfigFile({ cwd: dir, file: 'x.yaml', env: { FEEDFOLD_CONFIG: 'other.yaml' } })).toBe(path.join(dir, 'x.yaml'));
    fs.rmSync(dir, { recursive: true });
  });
});
