import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedCache } from '../../src/publish/feed-cache.js';
import { EXPORT_FILES, exportFeeds, writeFileAtomic } from '../../src/publish/export-feeds.js';
import { HOUR, T0, makeClusters, makeConfig, makeCopyEvents, makeItems } from '../fixtures/publish/kidal-story.js';
import { createFakeStore } from './fake-store.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-export-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const now = T0 + 100 * HOUR;

describe('exportFeeds', () => {
  it('writes the five files, byte-identical to what the server serves, with mtimes at each feed update', async () => {
    const store = createFakeStore(makeClusters(), makeItems(), makeCopyEvents());
    const outDir = path.join(tempDir(), 'public', 'kidal');
    const written = await exportFeeds({ store, config: makeConfig(), outDir, now });
    expect(written.map((w) => path.basename(w.path))).toEqual(['feed.xml', 'feed.atom', 'feed.json', 'copies.xml', 'copies.atom']);
    expect(written.map((w) => w.entries)).toEqual([3, 3, 3, 2, 2]);
    expect(fs.readdirSync(outDir).sort()).toEqual(['copies.atom', 'copies.xml', 'feed.atom', 'feed.json', 'feed.xml']);
    const cache = createFeedCache({ store, config: makeConfig(), now: () => now });
    for (const { file, feed, format } of EXPORT_FILES) {
      const onDisk = fs.readFileSync(path.join(outDir, file));
      expect(onDisk.equals((await cache.get(feed, format)).body)).toBe(true);
      expect(fs.statSync(path.join(outDir, file)).mtimeMs).toBe((await cache.get(feed, format)).lastModified);
    }
  });

  it('uses --base-url for self links and ids', async () => {
    const store = createFakeStore(makeClusters(), makeItems(), makeCopyEvents());
    const outDir = tempDir();
    await exportFeeds({ store, config: makeConfig(), outDir, now, baseUrl: 'https://static.example.net/kidal/' });
    const atom = fs.readFileSync(path.join(outDir, 'feed.atom'), 'utf8');
    expect(atom).toContain('<link rel="self" href="https://static.example.net/kidal/feed.atom"/>');
    expect(atom).toContain('<id>tag:static.example.net,2024:feedfold/kidal/cluster/c-afp-8841</id>');
  });

  it('replaces previous files in place and leaves no temp files behind', async () => {
    const outDir = tempDir();
    fs.writeFileSync(path.join(outDir, 'feed.xml'), 'old');
    await exportFeeds({ store: createFakeStore([], [], []), config: makeConfig(), outDir, now });
    expect(fs.readFileSync(path.join(outDir, 'feed.xml'), 'utf8')).toContain('<rss');
    expect(fs.readdirSync(outDir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('keeps the old target and removes its temp file when the rename fails', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'feed.xml');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['feed.xml']);
    expect(fs.readFileSync(path.join(target, 'keep'), 'utf8')).toBe('x');
  });

  it('writes the bytes and the given mtime', async () => {
    const target = path.join(tempDir(), 'copies.atom');
    await writeFileAtomic(target, Buffer.from('<feed/>'), new Date(T0));
    expect(fs.readFileSync(target, 'utf8')).toBe('<feed/>');
    expect(fs.statSync(target).mtimeMs).toBe(T0);
  });
});
