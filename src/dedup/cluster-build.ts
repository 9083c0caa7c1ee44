// Writes one cluster from its member ids: picks the original (with its reason), re-checks pairs whose stored
// direction disagrees with it, derives each member's kind, score, lag and credit, and records copy events.
import type { CopyKind, SourceRole, StoredItem } from '../model.js';
import { stableId } from './hash.js';
import { chooseOriginal, credibleTime, creditMatchesSource, type OriginalCandidate } from './original.js';
import type { DedupParams } from './params.js';
import type { DedupStore, EdgeRecord, MemberRecord } from './port.js';

/** What cluster writing needs besides the store. */
export interface ClusterContext {
  store: DedupStore;
  params: DedupParams;
  now: number;
  /** A source's role (the poll's config first) and title. */
  source(id: string): Promise<SourceLabel>;
  /** Verifies `a` (as original) against `b`, stores the edge and returns it (undefined: not related at all). */
  verify(a: number, b: number): Promise<EdgeRecord | undefined>;
}

/** What naming an original needs to know about a source. */
export interface SourceLabel {
  role: SourceRole;
  title?: string;
}

/** Kinds that make an item a copy (cluster member); `related` never does. */
export const COPY_KINDS: ReadonlySet<CopyKind> = new Set(['exact', 'verbatim', 'boilerplate', 'edited', 'rewrite']);

/** Strength order of kinds: shared text outranks aligned paraphrase whatever their scores. */
export function kindStrength(kind: CopyKind): number {
  return { exact: 5, verbatim: 4, boilerplate: 4, edited: 3, rewrite: 1, related: 0 }[kind];
}

/** The stable id of the cluster an item founds. */
export function clusterIdOf(item: Pick<StoredItem, 'sourceId' | 'identity'>): string {
  return stableId(`${item.sourceId}\u0000${item.identity}`);
}

/** Stores a cluster with these members under `id`; resolves to the original's item id. */
export async function writeCluster(ctx: ClusterContext, id: string, createdAt: number, memberIds: number[]): Promise<number> {
  const { store, params, now } = ctx;
  const t = params.thresholds;
  const items = await store.items.getMany(memberIds);
  const records = await store.dedup.getItems(memberIds);
  const inside = new Set(memberIds);
  let edges = (await store.dedup.edgesOf(memberIds)).filter((e) => inside.has(e.a) && inside.has(e.b) && COPY_KINDS.has(e.kind));
  const labels = new Map(await Promise.all(items.map(async (item) => [item.sourceId, await ctx.source(item.sourceId)] as const)));
  const candidates: OriginalCandidate[] = items.map((item) => ({
    itemId: item.id, sourceId: item.sourceId, sourceTitle: labels.get(item.sourceId)?.title, role: labels.get(item.sourceId)?.role ?? 'unknown',
    publishedAt: item.publishedAt, firstSeenAt: item.firstSeenAt, link: item.link, contentHtml: item.contentHtml,
    credits: (records.get(item.id)?.credits ?? []).filter((c) => c.kind !== 'byline').map((c) => c.name),
  }));
  const containment = (of: number, into: number): number | undefined => {
    const e = edges.find((x) => (x.a === of && x.b === into) || (x.a === into && x.b === of));
    if (!e) return undefined;
    return e.a === of ? e.scores.containAB : e.scores.containBA;
  };
  const choice = chooseOriginal(candidates, t, containment);
  const original = candidates.find((c) => c.itemId === choice.itemId)!;
  // Why: an edge stores "b copied a"; when the original turns out to be b, the kind must be read the other way.
  for (const e of edges.filter((x) => x.b === original.itemId)) await ctx.verify(original.itemId, e.a);
  edges = (await store.dedup.edgesOf(memberIds)).filter((e) => inside.has(e.a) && inside.has(e.b) && COPY_KINDS.has(e.kind));
  const previous = new Map((await store.clusters.memberRecords(id)).map((m) => [m.itemId, m]));
  const originalAt = credibleTime(original, t).at;
  const members: MemberRecord[] = candidates.map((c) => {
    const joinedAt = previous.get(c.itemId)?.joinedAt ?? now;
    if (c === original) return { itemId: c.itemId, isOriginal: true, lagSeconds: 0, score: 1, credits: false, joinedAt };
    const direct = edges.find((e) => e.a === original.itemId && e.b === c.itemId);
    const best = direct ?? edges.filter((e) => e.a === c.itemId || e.b === c.itemId).sort((x, y) => y.score - x.score)[0];
    const credits = c.credits.some((name) => creditMatchesSource(name, original.sourceId, original.sourceTitle))
      || Boolean(original.link && c.contentHtml?.includes(original.link));
    return {
      itemId: c.itemId, kind: (best?.kind ?? 'edited') as MemberRecord['kind'], isOriginal: false,
      lagSeconds: Math.max(0, Math.round((credibleTime(c, t).at - originalAt) / 1000)), score: best?.score ?? 0, credits, joinedAt,
    };
  });
  await store.clusters.save({ id, originalItemId: original.itemId, reason: choice.reason, size: members.length, createdAt, updatedAt: now }, members);
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const m of members) {
    if (m.isOriginal || !m.kind) continue;
    const copy = byId.get(m.itemId)!;
    await store.clusters.addCopyEvent({
      id: stableId(`copy\u0000${copy.sourceId}\u0000${copy.identity}`), clusterId: id, copyItemId: m.itemId,
      originalItemId: original.itemId, kind: m.kind, lagSeconds: m.lagSeconds, foundAt: now,
    });
  }
  return original.itemId;
}
