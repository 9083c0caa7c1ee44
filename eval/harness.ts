// A real store in a temp folder, fed like polling feeds it: articles are saved as StoredItems (first-seen time
// = the poll that found them) and detectCopies runs after each batch. Shared by the eval, the benchmark and tests.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectCopies, type DetectResult } from '../src/dedup/index.js';
import type { DedupSettings, SourceConfig, SourceRole } from '../src/model.js';
import { openStore, type Store } from '../src/store/index.js';

/** One article to store. */
export interface HarnessArticle {
  source: string;
  sourceRole?: SourceRole;
  sourceTitle?: string;
  identity: string;
  title: string;
  text: string;
  link?: string;
  contentHtml?: string;
  publishedAt?: number;
  firstSeenAt: number;
}

/** An open harness: the store, its file, and how to add items. */
export interface Harness {
  store: Store;
  dir: string;
  file: string;
  roles: Map<string, SourceRole>;
  /** Saves articles (each at its own first-seen time) and resolves to their item ids, in input order. */
  add(articles: HarnessArticle[]): Promise<number[]>;
  /** Saves one poll's new articles (grouped by source, one transaction each) first seen at `now`; resolves to
   *  their ids in input order. */
  addPoll(articles: HarnessArticle[], now: number): Promise<number[]>;
  /** Runs detection over item ids (first-seen order is detection's own). */
  detect(ids: number[], now: number, timings?: Record<string, number>): Promise<DetectResult>;
  close(): Promise<void>;
}

/** Opens a fresh store in a new temp folder (removed by close unless `keep`). */
export async function openHarness(settings: DedupSettings, options: { keep?: boolean; dir?: string } = {}): Promise<Harness> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-dedup-'));
  const file = path.join(dir, 'feedfold.db');
  const store = await openStore(file);
  const roles = new Map<string, SourceRole>();
  const known = new Map<string, SourceConfig>();
  const ensureSources = async (articles: HarnessArticle[], now: number): Promise<void> => {
    let changed = false;
    for (const a of articles) {
      if (known.has(a.source)) continue;
      known.set(a.source, {
        id: a.source, url: `http://127.0.0.1/${encodeURIComponent(a.source)}.xml`, title: a.sourceTitle ?? a.source,
        role: a.sourceRole ?? 'unknown', enabled: true,
      });
      roles.set(a.source, a.sourceRole ?? 'unknown');
      changed = true;
    }
    if (changed) await store.sources.sync([...known.values()], now);
  };
  return {
    store, dir, file, roles,
    async add(articles) {
      await ensureSources(articles, Math.min(...articles.map((a) => a.firstSeenAt)));
      const ids: number[] = [];
      for (const a of articles) {
        const saved = await store.items.saveBatch(a.source, [{
          identity: a.identity, title: a.title, text: a.text, link: a.link, contentHtml: a.contentHtml, publishedAt: a.publishedAt,
          categories: [], textHash: crypto.createHash('sha256').update(a.text).digest('hex'),
        }], a.firstSeenAt);
        ids.push(saved.newIds[0] ?? saved.updatedIds[0]);
      }
      return ids;
    },
    async addPoll(articles, now) {
      await ensureSources(articles, now);
      const bySource = new Map<string, number[]>();
      articles.forEach((a, i) => bySource.set(a.source, [...(bySource.get(a.source) ?? []), i]));
      const ids: number[] = new Array(articles.length);
      for (const [source, positions] of bySource) {
        const saved = await store.items.saveBatch(source, positions.map((i) => articles[i]).map((a) => ({
          identity: a.identity, title: a.title, text: a.text, link: a.link, contentHtml: a.contentHtml, publishedAt: a.publishedAt,
          categories: [], textHash: crypto.createHash('sha256').update(a.text).digest('hex'),
        })), now);
        positions.forEach((i, k) => (ids[i] = saved.newIds[k]));
      }
      return ids;
    },
    detect(ids, now, timings) {
      return detectCopies(store, ids, settings, { now, roles, timings });
    },
    async close() {
      await store.close();
      if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
