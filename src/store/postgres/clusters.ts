// The clusters table on Postgres: the same methods and results as src/store/sqlite/clusters.ts. A cluster list is
// one statement (clusters joined with their members and the members' items); `save` is one statement (the
// cluster upsert feeding the members' upsert).
import type { ClustersWritePort } from '../../dedup/port.js';
import type { Cluster, ClusterMember, CopyEvent } from '../../model.js';
import type { Async } from '../types.js';
import { byOriginalThenLag, toClusterRecord, toMember, toMemberRecord, type ClusterRow, type ClustersTable, type MemberRow } from '../sqlite/clusters.js';
import { toEdge, type EdgeRow } from '../sqlite/dedup.js';
import type { PgContext } from './context.js';

/** A membership row as Postgres returns it (flags are booleans). */
type PgMemberRow = Omit<MemberRow, 'is_original' | 'credits'> & { is_original: boolean; credits: boolean };

const asMemberRow = (m: PgMemberRow): MemberRow => ({ ...m, is_original: m.is_original ? 1 : 0, credits: m.credits ? 1 : 0 });

const MEMBER_COLUMNS = 'm.item_id, m.cluster_seq, m.kind, m.is_original, m.lag_seconds, m.score, m.credits, m.joined_at, i.source_id, i.link, i.title';

// `picked` is a SELECT of cluster rows in the order wanted; each comes back with its members (or one row of NULLs).
const withMembersSql = (picked: string): string => `WITH c AS (${picked})
  SELECT c.seq AS c_seq, c.id AS c_id, c.original_item_id AS c_original_item_id, c.reason AS c_reason, c.size AS c_size,
    c.created_at AS c_created_at, c.updated_at AS c_updated_at, ${MEMBER_COLUMNS}
  FROM c LEFT JOIN (cluster_members m JOIN items i ON i.id = m.item_id) ON m.cluster_seq = c.seq
  ORDER BY c.updated_at DESC, c.seq DESC`;

type JoinedRow = { [K in keyof ClusterRow as `c_${K}`]: ClusterRow[K] } & { [K in keyof PgMemberRow]: PgMemberRow[K] | null };

const SAVE = `WITH c AS (
    INSERT INTO clusters (id, original_item_id, reason, size, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (id) DO UPDATE SET original_item_id = excluded.original_item_id, reason = excluded.reason, size = excluded.size,
      updated_at = excluded.updated_at
    RETURNING seq)
  INSERT INTO cluster_members (item_id, cluster_seq, kind, is_original, lag_seconds, score, credits, joined_at)
  SELECT m.item_id, c.seq, m.kind, m.is_original, m.lag_seconds, m.score, m.credits, m.joined_at
  FROM c, unnest($7::bigint[], $8::text[], $9::boolean[], $10::integer[], $11::double precision[], $12::boolean[], $13::bigint[])
    AS m(item_id, kind, is_original, lag_seconds, score, credits, joined_at)
  ON CONFLICT (item_id) DO UPDATE SET cluster_seq = excluded.cluster_seq, kind = excluded.kind, is_original = excluded.is_original,
    lag_seconds = excluded.lag_seconds, score = excluded.score, credits = excluded.credits, joined_at = excluded.joined_at`;

/** Creates the clusters table module over a context. */
export function createClustersTable(ctx: PgContext): Async<ClustersTable & ClustersWritePort> {
  const withMembers = async (picked: string, params: unknown[]): Promise<Cluster[]> => {
    const clusters = new Map<number, Cluster & { members: ClusterMember[] }>();
    for (const row of await ctx.rows<JoinedRow>(withMembersSql(picked), params)) {
      let cluster = clusters.get(row.c_seq);
      if (!cluster) {
        cluster = { id: row.c_id, originalItemId: row.c_original_item_id, reason: row.c_reason, createdAt: row.c_created_at, updatedAt: row.c_updated_at, members: [] };
        clusters.set(row.c_seq, cluster);
      }
      if (row.item_id !== null) cluster.members.push(toMember(asMemberRow(row as PgMemberRow)));
    }
    return [...clusters.values()].map((cluster) => ({ ...cluster, members: cluster.members.sort(byOriginalThenLag) }));
  };

  const writes: Async<ClustersWritePort> = {
    async clusterOf(itemIds) {
      if (itemIds.length === 0) return new Map();
      const rows = await ctx.rows<{ item_id: number; id: string }>(
        'SELECT m.item_id, c.id FROM cluster_members m JOIN clusters c ON c.seq = m.cluster_seq WHERE m.item_id = ANY($1::bigint[])',
        [itemIds], 'clusters_of');
      return new Map(rows.map((r) => [r.item_id, r.id]));
    },
    async record(id) {
      const [row] = await ctx.rows<ClusterRow>('SELECT * FROM clusters WHERE id = $1', [id], 'clusters_record');
      return row ? toClusterRecord(row) : undefined;
    },
    async memberRecords(id) {
      const rows = await ctx.rows<PgMemberRow>(
        `SELECT ${MEMBER_COLUMNS} FROM clusters c JOIN cluster_members m ON m.cluster_seq = c.seq JOIN items i ON i.id = m.item_id
          WHERE c.id = $1 ORDER BY m.item_id`, [id], 'clusters_members');
      return rows.map((m) => toMemberRecord(asMemberRow(m)));
    },
    save: (cluster, members) =>
      ctx.write(async (t) => {
        // Why last wins: SQLite upserts the members one by one; one statement may not touch a row twice.
        const unique = [...new Map(members.map((m) => [m.itemId, m])).values()];
        await t.run(SAVE, [cluster.id, cluster.originalItemId, cluster.reason, cluster.size, cluster.createdAt, cluster.updatedAt,
          unique.map((m) => m.itemId), unique.map((m) => m.kind ?? null), unique.map((m) => m.isOriginal), unique.map((m) => m.lagSeconds),
          unique.map((m) => m.score), unique.map((m) => m.credits), unique.map((m) => m.joinedAt)]);
        t.markChanged();
      }),
    remove: (id) =>
      ctx.write(async (t) => {
        await t.run('DELETE FROM clusters WHERE id = $1', [id]);
        t.markChanged();
      }),
    async addCopyEvent(event) {
      await ctx.run(
        `INSERT INTO copy_events (id, cluster_id, copy_item_id, original_item_id, kind, lag_seconds, found_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [event.id, event.clusterId, event.copyItemId, event.originalItemId, event.kind, event.lagSeconds, event.foundAt],
      );
    },
    clearAll: () =>
      ctx.atomic(async (t) => {
        await t.run('DELETE FROM cluster_members');
        await t.run('DELETE FROM clusters');
        t.markChanged();
      }),
    pruneCopyEvents: () =>
      ctx.run('DELETE FROM copy_events WHERE copy_item_id NOT IN (SELECT item_id FROM cluster_members WHERE is_original = FALSE)'),
  };

  return {
    ...writes,
    async list(options = {}) {
      const multi = (options.minSize ?? 1) >= 2;
      // `size >= 2` lets the planner use the partial index clusters_multi (SQLite names it with INDEXED BY).
      return withMembers(
        `SELECT * FROM clusters WHERE updated_at >= $1 ${multi ? 'AND size >= 2' : ''} AND size >= $2
          ORDER BY updated_at DESC, seq DESC LIMIT $3`,
        [options.since ?? 0, options.minSize ?? 1, options.limit ?? null],
      );
    },
    async get(id) {
      return (await withMembers('SELECT * FROM clusters WHERE id = $1', [id]))[0];
    },
    async edges(clusterId) {
      const rows = await ctx.rows<EdgeRow>(
        `WITH m AS (SELECT item_id FROM cluster_members WHERE cluster_seq = (SELECT seq FROM clusters WHERE id = $1))
          SELECT * FROM dedup_edges WHERE a IN (SELECT item_id FROM m) UNION SELECT * FROM dedup_edges WHERE b IN (SELECT item_id FROM m)
          ORDER BY created_at, a, b`,
        [clusterId],
      );
      return rows.map(toEdge);
    },
    async copyEvents(options = {}) {
      return ctx.rows<CopyEvent>(
        `SELECT id, cluster_id AS "clusterId", copy_item_id AS "copyItemId", original_item_id AS "originalItemId", kind,
          lag_seconds AS "lagSeconds", found_at AS "foundAt" FROM copy_events WHERE found_at >= $1 ORDER BY found_at DESC, id LIMIT $2`,
        [options.since ?? 0, options.limit ?? null],
      );
    },
    async lastChangeAt() {
      const [row] = await ctx.rows<{ at: number | null }>('SELECT max(updated_at) AS at FROM clusters');
      return row?.at ?? 0;
    },
  };
}
