// The poll_runs table: one row per poll of one source, for the operator's history and the metrics.
import type { TableContext } from './context.js';
import { buildWhere } from './where-clause.js';

/** One poll of one source as recorded. */
export interface PollRun {
  id: number;
  sourceId: string;
  startedAt: number;
  finishedAt: number;
  outcome: 'new' | 'unchanged' | 'failed';
  status?: number;
  errorCode?: string;
  errorMessage?: string;
  itemsSeen: number;
  itemsNew: number;
  itemsOffTopic: number;
  bytes: number;
}

/** A poll run to record (no id yet). */
export type PollRunInput = Omit<PollRun, 'id'>;

/** A poll_runs row (both backends return the same shape). */
export interface PollRunRow {
  id: number;
  source_id: string;
  started_at: number;
  finished_at: number;
  outcome: PollRun['outcome'];
  status: number | null;
  error_code: string | null;
  error_message: string | null;
  items_seen: number;
  items_new: number;
  items_off_topic: number;
  bytes: number;
}

/** Creates the poll_runs table module. */
export function createPollRunsTable(ctx: TableContext) {
  const { db } = ctx;
  const insert = db.prepare(`INSERT INTO poll_runs (source_id, started_at, finished_at, outcome, status, error_code,
    error_message, items_seen, items_new, items_off_topic, bytes) VALUES (@sourceId, @startedAt, @finishedAt,
    @outcome, @status, @errorCode, @errorMessage, @itemsSeen, @itemsNew, @itemsOffTopic, @bytes)`);
  const latest = db.prepare<[], PollRunRow>(`SELECT * FROM poll_runs WHERE id IN
    (SELECT MAX(id) FROM poll_runs GROUP BY source_id) ORDER BY source_id`);
  const prune = db.prepare<[number]>('DELETE FROM poll_runs WHERE started_at < ?');

  return {
    /** Records one poll; returns its row id. */
    record(run: PollRunInput): number {
      const params = { ...run, status: run.status ?? null, errorCode: run.errorCode ?? null, errorMessage: run.errorMessage ?? null };
      return Number(insert.run(params).lastInsertRowid);
    },
    /** Recent runs, newest first, optionally for one source or since a time. */
    list(options: { sourceId?: string; since?: number; limit?: number } = {}): PollRun[] {
      const { where, params } = buildWhere([
        ['source_id = ?', options.sourceId],
        ['started_at >= ?', options.since],
      ]);
      const sql = `SELECT * FROM poll_runs ${where} ORDER BY started_at DESC, id DESC LIMIT ?`;
      return (db.prepare(sql).all(...params, options.limit ?? 100) as PollRunRow[]).map(toRun);
    },
    /** The last run of each source, keyed by source id. */
    latestBySource(): Map<string, PollRun> {
      return new Map(latest.all().map((row) => [row.source_id, toRun(row)]));
    },
    /** Deletes runs started before `before`; returns how many. */
    prune(before: number): number {
      return prune.run(before).changes;
    },
  };
}

/** The poll_runs table module's type. */
export type PollRunsTable = ReturnType<typeof createPollRunsTable>;

/** A row as a PollRun (NULL → undefined). */
export function toRun(row: PollRunRow): PollRun {
  return {
    id: row.id,
    sourceId: row.source_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    outcome: row.outcome,
    status: row.status ?? undefined,
    errorCode: row.error_code ?? undefined,
    errorMessage: row.error_message ?? undefined,
    itemsSeen: row.items_seen,
    itemsNew: row.items_new,
    itemsOffTopic: row.items_off_topic,
    bytes: row.bytes,
  };
}
