// Joining clusters without single-link chaining: a new item joins a cluster only when it is a verified copy of
// the cluster's original or of at least half of its members; two clusters it qualifies for merge only when
// their originals are linked or at least half of their cross pairs are. Otherwise the item's edges stay
// recorded, but a composite of two wires does not glue the two wire stories together.
import type { StoredItem } from '../model.js';
import { clusterIdOf, COPY_KINDS, kindStrength, writeCluster, type ClusterContext } from './cluster-build.js';
import type { ClusterRecord, EdgeRecord } from './port.js';

/** Where an item ended up. */
export interface JoinResult {
  clusterId: string;
  /** True when the item joined (or founded by merging) a cluster with other members. */
  joined: boolean;
  /** Clusters merged into `clusterId` (their ids are gone). */
  merged: string[];
}

interface Option {
  record: ClusterRecord;
  members: number[];
  strength: number;
}

/** Places a processed item: into the best qualifying cluster (merging where allowed) or its own singleton. */
export async function assignCluster(ctx: ClusterContext, item: StoredItem, edges: EdgeRecord[]): Promise<JoinResult> {
  const { store, params } = ctx;
  const t = params.thresholds;
  const current = (await store.clusters.clusterOf([item.id])).get(item.id);
  const currentRecord = current ? await store.clusters.record(current) : undefined;
  const copyEdges = edges.filter((e) => COPY_KINDS.has(e.kind));
  const linked = new Map<number, EdgeRecord>();
  for (const e of copyEdges) linked.set(e.a === item.id ? e.b : e.a, e);
  const memberships = await store.clusters.clusterOf([...linked.keys()]);
  const options: Option[] = [];
  for (const clusterId of new Set(memberships.values())) {
    if (clusterId === current) continue;
    const record = await store.clusters.record(clusterId);
    if (!record) continue;
    const members = (await store.clusters.memberRecords(clusterId)).map((m) => m.itemId);
    let toOriginal = linked.get(record.originalItemId);
    if (!toOriginal) {
      const checked = await ctx.verify(record.originalItemId, item.id);
      if (checked && COPY_KINDS.has(checked.kind)) linked.set(record.originalItemId, (toOriginal = checked));
    }
    const share = members.filter((m) => linked.has(m)).length / members.length;
    if (toOriginal || share >= t.joinShare) {
      const best = toOriginal ?? members.map((m) => linked.get(m)).filter((e) => e !== undefined).sort((x, y) => strength(y) - strength(x))[0];
      options.push({ record, members, strength: best ? strength(best) : 0 });
    }
  }
  if (options.length === 0 || (currentRecord && currentRecord.size > 1)) {
    if (!currentRecord) await writeSingleton(ctx, item);
    return { clusterId: current ?? clusterIdOf(item), joined: false, merged: [] };
  }
  options.sort((x, y) => y.strength - x.strength || x.record.createdAt - y.record.createdAt);
  const [primary, ...others] = options;
  if (current) await store.clusters.remove(current);
  // Join the strongest cluster first: its original may change (a late-polled source), and the other clusters
  // are then judged against that original, never merged through the new item's own links.
  let record = primary.record;
  let members = [...new Set([...primary.members, item.id])];
  let original = await writeCluster(ctx, record.id, record.createdAt, members);
  const merged: string[] = [];
  for (const other of others) {
    if (!(await mayMerge(ctx, { original, members }, other))) continue;
    const older = other.record.createdAt < record.createdAt || (other.record.createdAt === record.createdAt && other.record.id < record.id);
    await store.clusters.remove(older ? record.id : other.record.id);
    merged.push(older ? record.id : other.record.id);
    if (older) record = other.record;
    members = [...new Set([...members, ...other.members])];
    original = await writeCluster(ctx, record.id, record.createdAt, members);
  }
  return { clusterId: record.id, joined: true, merged };
}

// A new item with no copy relation founds its own cluster: nothing to choose, no queries needed.
async function writeSingleton(ctx: ClusterContext, item: StoredItem): Promise<void> {
  await ctx.store.clusters.save(
    { id: clusterIdOf(item), originalItemId: item.id, reason: 'first-seen', size: 1, createdAt: item.firstSeenAt, updatedAt: ctx.now },
    [{ itemId: item.id, isOriginal: true, lagSeconds: 0, score: 1, credits: false, joinedAt: ctx.now }],
  );
}

function strength(e: EdgeRecord): number {
  return kindStrength(e.kind) + e.score;
}

// Merge only with evidence between the clusters themselves, never through the new item alone: the originals are
// linked, or at least half of the cross pairs are, bridges left out. A bridge (a composite of two wires) links to
// both originals; counting its pairs would glue the two wires together, which is exactly the chaining to avoid.
async function mayMerge(ctx: ClusterContext, x: { original: number; members: number[] }, y: Option): Promise<boolean> {
  const all = [...x.members, ...y.members];
  const edges = (await ctx.store.dedup.edgesOf(all)).filter((e) => COPY_KINDS.has(e.kind));
  const linked = new Set(edges.map((e) => `${Math.min(e.a, e.b)}:${Math.max(e.a, e.b)}`));
  const isLinked = (p: number, q: number): boolean => linked.has(`${Math.min(p, q)}:${Math.max(p, q)}`);
  const yOriginal = y.record.originalItemId;
  if (isLinked(x.original, yOriginal)) return true;
  const bridge = (m: number): boolean => isLinked(m, x.original) && isLinked(m, yOriginal);
  const xs = x.members.filter((m) => !bridge(m));
  const ys = y.members.filter((m) => !bridge(m));
  let pairs = 0;
  for (const p of xs) for (const q of ys) if (isLinked(p, q)) pairs++;
  return xs.length > 0 && ys.length > 0 && pairs >= ctx.params.thresholds.mergeShare * xs.length * ys.length;
}
