// The poll_runs table on Postgres: the same methods and results as src/store/sqlite/poll-runs.ts.
import type { Async } from '../types.js';
import { toRun, type PollRunRow, type PollRunsTable } from '../sqlite/poll-runs.js';
import { buildWhere } from '../sqlite/where-clause.js';
import type { PgContext } from './context.js';
import { numbered } from './where.js';

/** Creates the poll_runs table module over a context. */
export function createPollRunsTable(ctx: PgContext): Async<PollRunsTable> {
  return {
    async record(run) {
      const [row] = await ctx.rows<{ id: number }>(
        `INSERT INTO poll_runs (source_id, started_at, finished_at, outcome, status, error_code, error_message, items_seen,
          items_new, items_off_topic, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [run.sourceId, run.startedAt, run.finishedAt, run.outcome, run.status ?? null, run.errorCode ?? null, run.errorMessage ?? null,
          run.itemsSeen, run.itemsNew, run.itemsOffTopic, run.bytes],
      );
      return row.id;
    },
    async list(options = {}) {
      const { where, params } = buildWhere([
        ['source_id = ?', options.sourceId],
        ['started_at >= ?', options.since],
      ]);
      const sql = `SELECT * FROM poll_runs ${numbered(where)} ORDER BY started_at DESC, id DESC LIMIT $${params.length + 1}`;
      return (await ctx.rows<PollRunRow>(sql, [...params, options.limit ?? 100])).map(toRun);
    },
    async latestBySource() {
      const rows = await ctx.rows<PollRunRow>('SELECT DISTINCT ON (source_id) * FROM poll_runs ORDER BY source_id, id DESC');
      return new Map(rows.map((row) => [row.source_id, toRun(row)]));
    },
    prune: (before) => ctx.run('DELETE FROM poll_runs WHERE started_at < $1', [before]),
  };
}
