// Runs the engine end to end over labelled articles: a fresh store, articles saved and detected one poll at a
// time in first-seen order (as polling would), then each article's cluster, role and kind read back.
import type { DedupSettings } from '../src/model.js';
import { openHarness } from './harness.js';
import type { LabelledArticle } from './labelled.js';
import type { Prediction } from './score.js';

/** Predictions by article id, plus the engine's timing. */
export interface EngineRun {
  predicted: Map<string, Prediction>;
  ms: number;
}

/** Feeds the articles to a fresh store in first-seen order and reads back the clusters. */
export async function runEngine(articles: LabelledArticle[], settings: DedupSettings): Promise<EngineRun> {
  const harness = await openHarness(settings);
  try {
    const ordered = [...articles].sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id));
    const idOf = new Map<string, number>();
    const started = performance.now();
    for (const a of ordered) {
      const [itemId] = await harness.add([{
        source: a.source, sourceRole: a.sourceRole, sourceTitle: a.sourceTitle, identity: a.id, title: a.title, text: a.text,
        link: a.link, contentHtml: a.contentHtml, publishedAt: a.publishedAt, firstSeenAt: a.firstSeenAt,
      }]);
      idOf.set(a.id, itemId);
      await harness.detect([itemId], a.firstSeenAt);
    }
    const ms = performance.now() - started;
    const { clusters } = harness.store;
    const membership = await clusters.clusterOf([...idOf.values()]);
    const members = new Map<string, Map<number, { isOriginal: boolean; kind?: string }>>();
    const predicted = new Map<string, Prediction>();
    for (const [articleId, itemId] of idOf) {
      const clusterId = membership.get(itemId);
      if (!clusterId) throw new Error(`item ${itemId} (${articleId}) is in no cluster`);
      let rows = members.get(clusterId);
      if (!rows) members.set(clusterId, (rows = new Map((await clusters.memberRecords(clusterId)).map((m) => [m.itemId, m]))));
      const m = rows.get(itemId);
      predicted.set(articleId, { clusterId, isOriginal: m?.isOriginal ?? false, kind: m?.kind });
    }
    return { predicted, ms };
  } finally {
    await harness.close();
  }
}
