// Test helper: a real SQLite file in a fresh temp dir, removed after the test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import type { ItemInput } from '../../src/store/index.js';
import type { SourceConfig } from '../../src/model.js';

const opened: Array<{ store: Store; dir: string }> = [];

afterEach(() => {
  for (const { store, dir } of opened.splice(0)) {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Makes a temp dir that is removed after the current test. */
export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-store-'));
}

/** Opens a store on a new temp file; closed and deleted after the test. */
export function openTempStore(): Store {
  const dir = makeTempDir();
  const store = openStore(path.join(dir, 'test.db'), { now: () => 1_700_000_000_000 });
  opened.push({ store, dir });
  return store;
}

/** A source config with defaults. */
export function source(id: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  return { id, url: `https://example.org/${id}.xml`, title: id.toUpperCase(), role: 'unknown', enabled: true, ...extra };
}

/** An item input with defaults; the text hash is derived from the text so equal texts hash equal. */
export function item(identity: string, extra: Partial<ItemInput> = {}): ItemInput {
  const text = extra.text ?? `Body of ${identity}: the army entered Kidal on Tuesday, local and military sources said.`;
  return { identity, title: `Title ${identity}`, categories: [], ...extra, text, textHash: `hash:${text}` };
}
