// `feedfold export`: writes the published feeds as static files, each atomically (temp file, fsync, rename).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../model.js';
import { buildCopyDigest } from './build-copy-digest.js';
import { buildMergedFeed } from './build-merged-feed.js';
import type { FeedFormatName, FeedModel, FeedStoreReader } from './feed-model.js';
import { renderers } from './renderers.js';

/** The exported files and what each holds. */
export const EXPORT_FILES: ReadonlyArray<{ file: string; feed: 'feed' | 'copies'; format: FeedFormatName }> = [
  { file: 'feed.xml', feed: 'feed', format: 'rss' },
  { file: 'feed.atom', feed: 'feed', format: 'atom' },
  { file: 'feed.json', feed: 'feed', format: 'json' },
  { file: 'copies.xml', feed: 'copies', format: 'rss' },
  { file: 'copies.atom', feed: 'copies', format: 'atom' },
];

/** What to export and where. */
export interface ExportFeedsOptions {
  store: FeedStoreReader;
  config: Config;
  outDir: string;
  now: number;
  limit?: number;
  /** Public URL the files will be served from (self links, ids); defaults to config.server.baseUrl. */
  baseUrl?: string;
}

/** One written file. */
export interface ExportedFile {
  path: string;
  bytes: number;
  entries: number;
}

/**
 * Writes `data` to `file` so readers only ever see the old or the new complete file: a temp file in the same
 * folder, fsynced, given `mtime`, renamed over the target, then the folder fsynced so the rename survives a crash.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mtime?: Date): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await fs.open(temp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (mtime !== undefined) await fs.utimes(temp, mtime, mtime);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  const dirHandle = await fs.open(dir, 'r');
  try {
    await dirHandle.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic there.
  } finally {
    await dirHandle.close();
  }
}

/** Renders the merged feed (RSS, Atom, JSON) and the copy digest (RSS, Atom) into `outDir`; file mtimes = feed updated. */
export async function exportFeeds(options: ExportFeedsOptions): Promise<ExportedFile[]> {
  const { store, outDir, now, limit } = options;
  const config = options.baseUrl === undefined ? options.config : { ...options.config, server: { ...options.config.server, baseUrl: options.baseUrl } };
  await fs.mkdir(outDir, { recursive: true });
  const models: Record<'feed' | 'copies', FeedModel> = {
    feed: await buildMergedFeed(store, config, { now, limit }),
    copies: await buildCopyDigest(store, config, { now, limit }),
  };
  const written: ExportedFile[] = [];
  for (const { file, feed, format } of EXPORT_FILES) {
    const model = models[feed];
    const body = Buffer.from(renderers[format](model), 'utf8');
    const target = path.join(outDir, file);
    await writeFileAtomic(target, body, new Date(model.updated));
    written.push({ path: target, bytes: body.byteLength, entries: model.entries.length });
  }
  return written;
}
