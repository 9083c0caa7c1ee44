// The sources table on Postgres: the same methods and results as src/store/sqlite/sources.ts, with `sync` as a
// few set-based statements (read all, insert the new, update the known, mark the removed) in one transaction.
import type { SourceConfig, SourceRecord } from '../../model.js';
import type { Async } from '../types.js';
import type { SourcesTable, SyncReport } from '../sqlite/sources.js';
import { toRecord, type SourceRow } from '../sqlite/source-rows.js';
import type { PgContext } from './context.js';

/** A sources row as Postgres returns it (BIGINTs parsed to numbers, `enabled` a boolean). */
type PgSourceRow = Omit<SourceRow, 'enabled'> & { enabled: boolean };

const toSource = (row: PgSourceRow): SourceRecord => toRecord({ ...row, enabled: row.enabled ? 1 : 0 });

// A url edited in the config starts the source afresh (as sqlite/sources.ts `resetUrl`): the CASEs compare the
// old config_url (right-hand sides read the row as it was) with the new one.
const RESET = (column: string, fresh: string): string => `${column} = CASE WHEN s.config_url <> t.url THEN ${fresh} ELSE s.${column} END`;
const UPDATE_CONFIG = `UPDATE sources AS s SET config_url = t.url, title = t.title, role = t.role,
  interval_minutes = t.interval_minutes, language = t.language, removed_at = NULL,
  enabled = t.enabled AND s.disabled_reason IS NULL,
  ${RESET('url', 't.url')}, ${RESET('etag', 'NULL')}, ${RESET('last_modified', 'NULL')}, ${RESET('consecutive_errors', '0')},
  ${RESET('consecutive_404s', '0')}, ${RESET('retry_after_until', 'NULL')}, ${RESET('next_due_at', 'NULL')},
  ${RESET('disabled_reason', 'NULL')}
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::integer[], $7::text[])
    AS t(id, url, title, role, enabled, interval_minutes, language)
  WHERE s.id = t.id RETURNING s.*`;
const INSERT = `INSERT INTO sources (id, url, config_url, title, role, enabled, interval_minutes, language, created_at)
  SELECT t.id, t.url, t.url, t.title, t.role, t.enabled, t.interval_minutes, t.language, $8
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::integer[], $7::text[])
    WITH ORDINALITY AS t(id, url, title, role, enabled, interval_minutes, language, n) ORDER BY t.n`;

/** Creates the sources table module over a context. */
export function createSourcesTable(ctx: PgContext): Async<SourcesTable> {
  const get = async (id: string): Promise<SourceRecord | undefined> => {
    const [row] = await ctx.rows<PgSourceRow>('SELECT * FROM sources WHERE id = $1', [id]);
    return row ? toSource(row) : undefined;
  };
  const columns = (sources: readonly SourceConfig[]) => [
    sources.map((s) => s.id),
    sources.map((s) => s.url),
    sources.map((s) => s.title),
    sources.map((s) => s.role),
    sources.map((s) => s.enabled),
    sources.map((s) => s.intervalMinutes ?? null),
    sources.map((s) => s.language ?? null),
  ];

  return {
    sync: (sources, now) =>
      ctx.atomic(async (t): Promise<SyncReport> => {
        const before = await t.rows<PgSourceRow>('SELECT * FROM sources ORDER BY created_at, id');
        const known = new Map(before.map((row) => [row.id, row]));
        const fresh = sources.filter((s) => !known.has(s.id));
        const kept = sources.filter((s) => known.has(s.id));
        if (fresh.length > 0) await t.run(INSERT, [...columns(fresh), now]);
        const after = kept.length > 0 ? await t.rows<PgSourceRow>(UPDATE_CONFIG, columns(kept)) : [];
        const changed = new Set(after.filter((row) => JSON.stringify(row) !== JSON.stringify(known.get(row.id))).map((row) => row.id));
        const wanted = sources.map((s) => s.id);
        const removed = await t.rows<{ id: string }>(
          'UPDATE sources SET enabled = FALSE, removed_at = $1 WHERE removed_at IS NULL AND NOT (id = ANY($2::text[])) RETURNING id',
          [now, wanted],
        );
        const gone = new Set(removed.map((row) => row.id));
        return {
          added: fresh.map((s) => s.id),
          updated: kept.map((s) => s.id).filter((id) => changed.has(id)),
          removed: before.map((row) => row.id).filter((id) => gone.has(id)),
        };
      }),
    get,
    async list() {
      return (await ctx.rows<PgSourceRow>('SELECT * FROM sources ORDER BY created_at, id')).map(toSource);
    },
    async recordSuccess(id, facts) {
      const [row] = await ctx.rows<PgSourceRow>(
        `UPDATE sources SET url = COALESCE($2, url), etag = $3, last_modified = $4, ttl_minutes = $5, max_age_seconds = $6,
          consecutive_errors = 0, consecutive_404s = 0, retry_after_until = NULL, last_success_at = $7, last_polled_at = $7,
          next_due_at = COALESCE($8, next_due_at) WHERE id = $1 RETURNING *`,
        [id, facts.movedTo ?? null, facts.etag ?? null, facts.lastModified ?? null, facts.ttlMinutes ?? null, facts.maxAgeSeconds ?? null, facts.now, facts.nextDueAt ?? null],
      );
      return row ? toSource(row) : undefined;
    },
    async recordFailure(id, facts) {
      const retryAfterUntil =
        facts.retryAfterSeconds !== undefined && facts.retryAfterSeconds > 0 ? facts.now + Math.round(facts.retryAfterSeconds * 1000) : null;
      const [row] = await ctx.rows<PgSourceRow>(
        `UPDATE sources SET consecutive_errors = consecutive_errors + 1,
          consecutive_404s = CASE WHEN $2 = 'FETCH_HTTP_404' THEN consecutive_404s + 1 ELSE 0 END,
          last_error_code = $2, last_error_message = $3, last_error_at = $4, last_polled_at = $4,
          retry_after_until = $5, next_due_at = COALESCE($6, next_due_at) WHERE id = $1 RETURNING *`,
        [id, facts.code, facts.message, facts.now, retryAfterUntil, facts.nextDueAt ?? null],
      );
      return row ? toSource(row) : undefined;
    },
    async setNextDueAt(id, at) {
      await ctx.run('UPDATE sources SET next_due_at = $2 WHERE id = $1', [id, at ?? null]);
    },
    async disable(id, reason) {
      await ctx.run('UPDATE sources SET enabled = FALSE, disabled_reason = $2 WHERE id = $1', [id, reason]);
    },
    async setEnabled(id, enabled) {
      await ctx.run('UPDATE sources SET enabled = $2, disabled_reason = NULL, consecutive_404s = 0 WHERE id = $1', [id, enabled]);
    },
  };
}
