// The clusters table module: the read API publish and report use (list, get, edges, copy events, last
// change), and the writes detection makes (cluster rows, memberships, copy events).
import type { ClusterRecord, ClustersWritePort, EdgeRecord, MemberRecord } from '../../dedup/port.js';
import type { Cluster, ClusterMember, CopyEvent, CopyKind, OriginalReason } from '../../model.js';
import type { TableContext } from './context.js';
import { toEdge, type EdgeRow } from './dedup.js';

/** Filters of `clusters.list`. */
export interface ListClustersOptions {
  limit?: number;
  /** Clusters updated at or after this time (epoch ms). */
  since?: number;
  /** Clusters with at least this many members (2 leaves singletons out). */
  minSize?: number;
}

/** A clusters row. */
export interface ClusterRow {
  seq: number;
  id: string;
  original_item_id: number;
  reason: OriginalReason;
  size: number;
  created_at: number;
  updated_at: number;
}

/** A cluster_members row joined with its item's source, link and title (flags 0/1). */
export interface MemberRow {
  item_id: number;
  cluster_seq: number;
  kind: Exclude<CopyKind, 'related'> | null;
  is_original: number;
  lag_seconds: number;
  score: number;
  credits: number;
  joined_at: number;
  source_id: string;
  link: string | null;
  title: string;
}

/** Creates the clusters table module of one connection. */
export function createClustersTable(ctx: TableContext) {
  const { db } = ctx;
  const edgesOfCluster = db.prepare<[number, number], EdgeRow>(`SELECT * FROM dedup_edges WHERE a IN
    (SELECT item_id FROM cluster_members WHERE cluster_seq = ?) UNION SELECT * FROM dedup_edges WHERE b IN
    (SELECT item_id FROM cluster_members WHERE cluster_seq = ?) ORDER BY created_at, a, b`);
  const byId = db.prepare<[string], ClusterRow>('SELECT * FROM clusters WHERE id = ?');
  const membersOf = db.prepare<[string], MemberRow>(`SELECT m.*, i.source_id, i.link, i.title FROM cluster_members m
    JOIN items i ON i.id = m.item_id WHERE m.cluster_seq IN (SELECT value FROM json_each(?))`);
  const clusterOf = db.prepare<[string], { item_id: number; id: string }>(`SELECT m.item_id, c.id FROM cluster_members m
    JOIN clusters c ON c.seq = m.cluster_seq WHERE m.item_id IN (SELECT value FROM json_each(?))`);
  const clusterOfOne = db.prepare<[number], string>(`SELECT c.id FROM cluster_members m JOIN clusters c ON c.seq = m.cluster_seq
    WHERE m.item_id = ?`).pluck();
  const upsert = db.prepare<ClusterRecordParams, { seq: number }>(`INSERT INTO clusters (id, original_item_id, reason, size,
    created_at, updated_at) VALUES (@id, @originalItemId, @reason, @size, @createdAt, @updatedAt) ON CONFLICT (id) DO UPDATE SET
    original_item_id = excluded.original_item_id, reason = excluded.reason, size = excluded.size, updated_at = excluded.updated_at
    RETURNING seq`);
  const upsertMember = db.prepare(`INSERT INTO cluster_members (item_id, cluster_seq, kind, is_original, lag_seconds, score,
    credits, joined_at) VALUES (@itemId, @seq, @kind, @isOriginal, @lagSeconds, @score, @credits, @joinedAt)
    ON CONFLICT (item_id) DO UPDATE SET cluster_seq = excluded.cluster_seq, kind = excluded.kind, is_original = excluded.is_original,
    lag_seconds = excluded.lag_seconds, score = excluded.score, credits = excluded.credits, joined_at = excluded.joined_at`);
  const removeCluster = db.prepare<[string]>('DELETE FROM clusters WHERE id = ?');
  const addEvent = db.prepare(`INSERT OR IGNORE INTO copy_events (id, cluster_id, copy_item_id, original_item_id, kind,
    lag_seconds, found_at) VALUES (@id, @clusterId, @copyItemId, @originalItemId, @kind, @lagSeconds, @foundAt)`);
  const lastChange = db.prepare<[], number | null>('SELECT max(updated_at) FROM clusters').pluck();

  const withMembers = (rows: ClusterRow[]): Cluster[] => {
    if (rows.length === 0) return [];
    const bySeq = new Map<number, ClusterMember[]>();
    for (const m of membersOf.all(JSON.stringify(rows.map((r) => r.seq)))) {
      const list = bySeq.get(m.cluster_seq) ?? [];
      list.push(toMember(m));
      bySeq.set(m.cluster_seq, list);
    }
    return rows.map((row) => ({
      id: row.id, originalItemId: row.original_item_id, reason: row.reason, createdAt: row.created_at, updatedAt: row.updated_at,
      members: (bySeq.get(row.seq) ?? []).sort(byOriginalThenLag),
    }));
  };

  const writes: ClustersWritePort = {
    clusterOf(itemIds) {
      if (itemIds.length === 1) {
        const id = clusterOfOne.get(itemIds[0]);
        return new Map(id === undefined ? [] : [[itemIds[0], id]]);
      }
      return new Map(clusterOf.all(JSON.stringify(itemIds)).map((r) => [r.item_id, r.id]));
    },
    record(id) {
      const row = byId.get(id);
      return row ? toClusterRecord(row) : undefined;
    },
    memberRecords(id) {
      const row = byId.get(id);
      return row ? membersOf.all(JSON.stringify([row.seq])).map(toMemberRecord) : [];
    },
    save(cluster, members) {
      const { seq } = upsert.get(cluster)!;
      for (const m of members) {
        upsertMember.run({ ...m, seq, kind: m.kind ?? null, isOriginal: m.isOriginal ? 1 : 0, credits: m.credits ? 1 : 0 });
      }
      ctx.markChanged();
    },
    remove(id) {
      removeCluster.run(id);
      ctx.markChanged();
    },
    addCopyEvent(event) {
      addEvent.run(event);
    },
    clearAll() {
      db.exec('DELETE FROM cluster_members; DELETE FROM clusters;');
      ctx.markChanged();
    },
    pruneCopyEvents() {
      return db.prepare(`DELETE FROM copy_events WHERE copy_item_id NOT IN
        (SELECT item_id FROM cluster_members WHERE is_original = 0)`).run().changes;
    },
  };

  return {
    ...writes,
    /** Clusters, newest activity (updatedAt) first; members original first, then by lag. */
    list(options: ListClustersOptions = {}): Cluster[] {
      const multi = (options.minSize ?? 1) >= 2;
      const sql = `SELECT * FROM clusters ${multi ? 'INDEXED BY clusters_multi' : ''} WHERE updated_at >= ?
        ${multi ? 'AND size >= 2 AND size >= ?' : 'AND size >= ?'} ORDER BY updated_at DESC, seq DESC LIMIT ?`;
      const rows = db.prepare(sql).all(options.since ?? 0, options.minSize ?? 1, options.limit ?? -1) as ClusterRow[];
      return withMembers(rows);
    },
    /** One cluster by its stable id. */
    get(id: string): Cluster | undefined {
      const row = byId.get(id);
      return row ? withMembers([row])[0] : undefined;
    },
    /** Every verified edge touching the cluster's members, `related` edges to outside items included. */
    edges(clusterId: string): EdgeRecord[] {
      const row = byId.get(clusterId);
      return row ? edgesOfCluster.all(row.seq, row.seq).map(toEdge) : [];
    },
    /** One event per copy that joined a cluster, newest first. */
    copyEvents(options: { since?: number; limit?: number } = {}): CopyEvent[] {
      return db
        .prepare(`SELECT id, cluster_id AS clusterId, copy_item_id AS copyItemId, original_item_id AS originalItemId, kind,
          lag_seconds AS lagSeconds, found_at AS foundAt FROM copy_events WHERE found_at >= ? ORDER BY found_at DESC, id LIMIT ?`)
        .all(options.since ?? 0, options.limit ?? -1) as CopyEvent[];
    },
    /** Latest cluster change (epoch ms), 0 when there is none. */
    lastChangeAt: (): number => lastChange.get() ?? 0,
  };
}

type ClusterRecordParams = [ClusterRecord];

/** A clusters row as a record. */
export function toClusterRecord(row: ClusterRow): ClusterRecord {
  return { id: row.id, originalItemId: row.original_item_id, reason: row.reason, size: row.size, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** A membership row as a record. */
export function toMemberRecord(m: MemberRow): MemberRecord {
  return {
    itemId: m.item_id, kind: m.kind ?? undefined, isOriginal: m.is_original === 1, lagSeconds: m.lag_seconds, score: m.score,
    credits: m.credits === 1, joinedAt: m.joined_at,
  };
}

/** A membership row as a cluster member (with the item's source, link and title). */
export function toMember(m: MemberRow): ClusterMember {
  return { ...toMemberRecord(m), sourceId: m.source_id, link: m.link ?? undefined, title: m.title };
}

/** Member order: the original first, then by lag, then by item id. */
export function byOriginalThenLag(a: ClusterMember, b: ClusterMember): number {
  return Number(b.isOriginal) - Number(a.isOriginal) || a.lagSeconds - b.lagSeconds || a.itemId - b.itemId;
}

/** The clusters table module. */
export type ClustersTable = ReturnType<typeof createClustersTable>;
