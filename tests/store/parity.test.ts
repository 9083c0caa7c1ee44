// The two backends side by side: the offline demo's feeds go through copy detection on SQLite and on Postgres,
// and everything detection stored must be the same, row for row.
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS, detectCopies } from '../../src/dedup/index.js';
import type { SourceConfig } from '../../src/model.js';
import type { Store } from '../../src/store/index.js';
import { loadDemo } from '../../eval/load-demo.js';
import type { LabelledArticle } from '../../eval/labelled.js';
import { describeBackends, openTempStore } from './temp-store.js';

const DEMO = fileURLToPath(new URL('../../config/demo', import.meta.url));

async function detectAll(store: Store, articles: LabelledArticle[]) {
  const sources = new Map<string, SourceConfig>();
  for (const a of articles) {
    sources.set(a.source, { id: a.source, url: `http://127.0.0.1/${a.source}.xml`, title: a.sourceTitle ?? a.source, role: a.sourceRole ?? 'unknown', enabled: true });
  }
  await store.sources.sync([...sources.values()], 0);
  const roles = new Map([...sources.values()].map((s) => [s.id, s.role]));
  const ids: number[] = [];
  for (const a of articles) {
    const textHash = crypto.createHash('sha256').update(a.text).digest('hex');
    const saved = await store.items.saveBatch(a.source, [{ identity: a.id, title: a.title, text: a.text, link: a.link, contentHtml: a.contentHtml, publishedAt: a.publishedAt, categories: [], textHash }], a.firstSeenAt);
    ids.push(...saved.newIds);
    await detectCopies(store, saved.newIds, DEFAULT_SETTINGS, { now: a.firstSeenAt, roles });
  }
  const records = [...(await store.dedup.getItems(ids)).values()].sort((x, y) => x.itemId - y.itemId);
  return {
    clusters: await store.clusters.list({ minSize: 0 }),
    edges: await store.dedup.allEdges(),
    events: await store.clusters.copyEvents(),
    records: records.map((r) => ({ ...r, wordSketch: [...r.wordSketch] })),
    duplicates: await Promise.all(ids.map((id) => store.items.exactDuplicateOf(id))),
    docCount: await store.dedup.docCount(),
  };
}

describeBackends('copy detection on both backends', () => {
  it('stores the same clusters, edges, copy events and item records for the demo feeds', async () => {
    const articles = (await loadDemo(path.resolve(DEMO))).sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id));
    const onSqlite = await detectAll(await openTempStore('sqlite'), articles);
    const onPostgres = await detectAll(await openTempStore('postgres'), articles);
    expect(onSqlite.clusters.filter((c) => c.members.length > 1).length).toBeGreaterThan(3);
    expect(onPostgres).toEqual(onSqlite);
  });
}, ['postgres']);
