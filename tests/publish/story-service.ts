// The publish integration setup on real parts: the fixture source feeds served on loopback, polled by the
// pipeline (fetch, parse, topic, SQLite store, dedup) into a temp database, and createApp serving the result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { serveDirectory, type ServedDirectory } from '../../src/demo/serve-directory.js';
import type { Config } from '../../src/model.js';
import { pollAll } from '../../src/pipeline.js';
import { createApp } from '../../src/server/app.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { openStore, type Store } from '../../src/store/index.js';

/** The fixture source feeds (tests/fixtures/publish/sources). */
export const SOURCES_DIR = path.resolve(import.meta.dirname, '../fixtures/publish/sources');

/** A running story service; `now` is the clock the pipeline and the app read. */
export interface StoryService {
  dir: string;
  files: ServedDirectory;
  config: Config;
  configText: string;
  store: Store;
  server: Listening;
  now: number;
  poll(): Promise<void>;
  /** Closes the app and the store and opens them again on the same database file. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the service over the given fixture sources (file name → [id, title, role]) and polls once. */
export async function startStoryService(sources: Record<string, [string, string, 'original' | 'copier' | 'unknown']>, now: number): Promise<StoryService> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-publish-e2e-'));
  for (const name of fs.readdirSync(SOURCES_DIR)) fs.copyFileSync(path.join(SOURCES_DIR, name), path.join(dir, name));
  const files = await serveDirectory(dir);
  const configText = [
    'topic: { name: Kidal, strong: [Kidal], include: {}, minMatches: 1 }',
    'sources:',
    ...Object.entries(sources).map(([file, [id, title, role]]) => `  - { id: ${id}, url: "${files.url}/${file}", title: "${title}", role: ${role} }`),
    'server: { baseUrl: "https://feeds.example.org/kidal" }',
    'publish: { title: "Kidal, one feed", description: "Each story once", language: en, limit: 50 }',
    `database: { path: "${path.join(dir, 'feedfold.db')}" }`,
  ].join('\n');
  const config = loadConfig({ text: configText });
  const open = async (): Promise<{ store: Store; server: Listening }> => {
    const store = await openStore(config.database.path);
    await store.sources.sync(config.sources, service.now);
    const server = await listen(createApp({ config, store, now: () => service.now }), { host: '127.0.0.1', port: 0 });
    return { store, server };
  };
  const shut = async (): Promise<void> => {
    await service.server.close();
    await service.store.close();
  };
  const service = {
    dir,
    files,
    config,
    configText,
    now,
    async poll() {
      await pollAll({ store: service.store, config, now: () => service.now });
    },
    async restart() {
      await shut();
      Object.assign(service, await open());
    },
    async close() {
      await shut();
      await files.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  } as StoryService;
  Object.assign(service, await open());
  await service.poll();
  return service;
}
