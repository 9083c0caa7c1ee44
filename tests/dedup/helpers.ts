// Test helpers: a real store in a temp folder fed one item at a time, and cluster lookups by article name.
import { openHarness, type Harness, type HarnessArticle } from '../../eval/harness.js';
import { DEFAULT_SETTINGS } from '../../src/dedup/index.js';
import type { DedupSettings } from '../../src/model.js';

/** Minutes, as epoch milliseconds after 2024-03-04 08:00 UTC. */
export const at = (minutes: number): number => Date.UTC(2024, 2, 4, 8, 0) + minutes * 60_000;

/** An article for the harness, with defaults. */
export function article(name: string, source: string, text: string, minutes: number, extra: Partial<HarnessArticle> = {}): HarnessArticle & { name: string } {
  return { name, source, identity: name, title: extra.title ?? name, text, firstSeenAt: at(minutes), publishedAt: at(minutes - 2), link: `https://${source}.example/${name}`, ...extra };
}

/** Feeds articles one poll each (in the given order) and returns name → item id. */
export async function feed(harness: Harness, articles: Array<HarnessArticle & { name: string }>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const a of articles) {
    const [id] = await harness.add([a]);
    ids.set(a.name, id);
    await harness.detect([id], a.firstSeenAt);
  }
  return ids;
}

/** The cluster id of each named item. */
export async function clusterOf(harness: Harness, ids: Map<string, number>): Promise<Map<string, string>> {
  const byItem = await harness.store.clusters.clusterOf([...ids.values()]);
  return new Map([...ids].map(([name, id]) => [name, byItem.get(id)!]));
}

/** A fresh harness with default (or given) settings. */
export async function newHarness(settings: DedupSettings = DEFAULT_SETTINGS): Promise<Harness> {
  return openHarness(settings);
}
