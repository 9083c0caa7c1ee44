// Test helper: writes a feedfold YAML config for a service under test (loopback sources, temp database, port 0).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** One source line of a test config. */
export interface TestSource {
  id: string;
  url: string;
  role?: 'original' | 'copier' | 'unknown';
  intervalMinutes?: number;
}

/** Options of a test config. */
export interface TestConfigOptions {
  sources: TestSource[];
  dbPath: string;
  /** Extra sections merged over the defaults below (schedule, fetch, server...). */
  extra?: Record<string, Record<string, unknown>>;
}

/** The config object written by writeTestConfig. */
export function buildTestConfig(options: TestConfigOptions): Record<string, unknown> {
  const base: Record<string, Record<string, unknown> | unknown[]> = {
    topic: { name: 'Kidal test', strong: ['Kidal'], include: {}, minMatches: 1 },
    sources: options.sources.map((s) => ({ ...s, title: `Source ${s.id}` })),
    database: { path: options.dbPath },
    fetch: { timeoutMs: 5000, maxBodyBytes: 1_048_576, maxRedirects: 3, concurrency: 4 },
    schedule: { cron: '*/10 * * * *', defaultIntervalMinutes: 30, minIntervalMinutes: 15 },
    server: { host: '127.0.0.1', port: 0, baseUrl: 'http://127.0.0.1:1/' },
    log: { level: 'info' },
  };
  for (const [key, value] of Object.entries(options.extra ?? {})) {
    base[key] = { ...((base[key] as Record<string, unknown>) ?? {}), ...value };
  }
  return base;
}

/** Writes the config to `file` (atomically: write then rename, as editors do) and returns the path. */
export function writeTestConfig(file: string, options: TestConfigOptions): string {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  fs.writeFileSync(tmp, `# feedfold test config: loopback sources, temp database\n${YAML.stringify(buildTestConfig(options))}`);
  fs.renameSync(tmp, file);
  return file;
}
