// The sources table: the config's source list (its truth) plus the fetch state and health the database keeps.
import type { SourceConfig, SourceErrorCode, SourceRecord } from '../../model.js';
import type { TableContext } from './context.js';
import { toRecord, type SourceRow } from './source-rows.js';

/** What `sync` changed. */
export interface SyncReport {
  added: string[];
  updated: string[];
  /** In the database but gone from the config: kept (with their items), disabled. */
  removed: string[];
}

/** Facts of a successful poll (new content or 304). Validators are stored exactly as given. */
export interface SuccessFacts {
  now: number;
  etag?: string;
  lastModified?: string;
  ttlMinutes?: number;
  maxAgeSeconds?: number;
  /** Permanent redirect target: becomes the URL polled from now on. */
  movedTo?: string;
  nextDueAt?: number;
}

/** Facts of a failed poll. */
export interface FailureFacts {
  now: number;
  code: SourceErrorCode;
  message: string;
  /** From Retry-After: no poll before now + this. */
  retryAfterSeconds?: number;
  nextDueAt?: number;
}

/** Creates the sources table module. */
export function createSourcesTable(ctx: TableContext) {
  const { db } = ctx;
  const getOne = db.prepare<[string], SourceRow>('SELECT * FROM sources WHERE id = ?');
  const getAll = db.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY created_at, id');
  const insert = db.prepare(`INSERT INTO sources (id, url, config_url, title, role, enabled, interval_minutes,
    language, created_at) VALUES (@id, @url, @url, @title, @role, @enabled, @intervalMinutes, @language, @now)`);
  const updateConfig = db.prepare(`UPDATE sources SET config_url = @url, title = @title, role = @role,
    interval_minutes = @intervalMinutes, language = @language, removed_at = NULL,
    enabled = CASE WHEN @enabled = 1 AND disabled_reason IS NULL THEN 1 ELSE 0 END WHERE id = @id`);
  // An operator who edits a url starts the source afresh: new address, no validators, no error history.
  const resetUrl = db.prepare(`UPDATE sources SET url = config_url, etag = NULL, last_modified = NULL,
    consecutive_errors = 0, consecutive_404s = 0, retry_after_until = NULL, next_due_at = NULL,
    disabled_reason = NULL WHERE id = ?`);
  const markRemoved = db.prepare<[number, string]>('UPDATE sources SET enabled = 0, removed_at = ? WHERE id = ?');
  const success = db.prepare(`UPDATE sources SET url = COALESCE(@movedTo, url), etag = @etag,
    last_modified = @lastModified, ttl_minutes = @ttlMinutes, max_age_seconds = @maxAgeSeconds,
    consecutive_errors = 0, consecutive_404s = 0, retry_after_until = NULL, last_success_at = @now,
    last_polled_at = @now, next_due_at = COALESCE(@nextDueAt, next_due_at) WHERE id = @id`);
  const failure = db.prepare(`UPDATE sources SET consecutive_errors = consecutive_errors + 1,
    consecutive_404s = CASE WHEN @code = 'FETCH_HTTP_404' THEN consecutive_404s + 1 ELSE 0 END,
    last_error_code = @code, last_error_message = @message, last_error_at = @now, last_polled_at = @now,
    retry_after_until = @retryAfterUntil, next_due_at = COALESCE(@nextDueAt, next_due_at) WHERE id = @id`);
  const setDue = db.prepare<[number | null, string]>('UPDATE sources SET next_due_at = ? WHERE id = ?');
  const disable = db.prepare<[string, string]>('UPDATE sources SET enabled = 0, disabled_reason = ? WHERE id = ?');
  const enable = db.prepare<[number, string]>(
    'UPDATE sources SET enabled = ?, disabled_reason = NULL, consecutive_404s = 0 WHERE id = ?',
  );

  const sync = db.transaction((sources: readonly SourceConfig[], now: number): SyncReport => {
    const report: SyncReport = { added: [], updated: [], removed: [] };
    const wanted = new Set(sources.map((source) => source.id));
    for (const source of sources) {
      const params = {
        id: source.id,
        url: source.url,
        title: source.title,
        role: source.role,
        enabled: source.enabled ? 1 : 0,
        intervalMinutes: source.intervalMinutes ?? null,
        language: source.language ?? null,
        now,
      };
      const before = getOne.get(source.id);
      if (!before) {
        insert.run(params);
        report.added.push(source.id);
        continue;
      }
      updateConfig.run(params);
      if (before.config_url !== source.url) resetUrl.run(source.id);
      const after = getOne.get(source.id);
      if (JSON.stringify(after) !== JSON.stringify(before)) report.updated.push(source.id);
    }
    for (const row of getAll.all()) {
      if (!wanted.has(row.id) && row.removed_at === null) {
        markRemoved.run(now, row.id);
        report.removed.push(row.id);
      }
    }
    return report;
  });

  const get = (id: string): SourceRecord | undefined => {
    const row = getOne.get(id);
    return row ? toRecord(row) : undefined;
  };

  return {
    /** Makes the table follow the config's list: adds, updates, and disables (keeps) sources no longer listed. */
    sync(sources: readonly SourceConfig[], now: number): SyncReport {
      return sync(sources, now);
    },
    /** One source by id. */
    get,
    /** Every source, including disabled and removed ones, oldest first. */
    list(): SourceRecord[] {
      return getAll.all().map(toRecord);
    },
    /** Records a poll that worked (content or 304): clears the error counters, stores validators and redirects. */
    recordSuccess(id: string, facts: SuccessFacts): SourceRecord | undefined {
      success.run({
        id,
        now: facts.now,
        movedTo: facts.movedTo ?? null,
        etag: facts.etag ?? null,
        lastModified: facts.lastModified ?? null,
        ttlMinutes: facts.ttlMinutes ?? null,
        maxAgeSeconds: facts.maxAgeSeconds ?? null,
        nextDueAt: facts.nextDueAt ?? null,
      });
      return get(id);
    },
    /** Records a failed poll: counts consecutive errors and 404s, remembers Retry-After. Returns the updated row. */
    recordFailure(id: string, facts: FailureFacts): SourceRecord | undefined {
      const retryAfterUntil =
        facts.retryAfterSeconds !== undefined && facts.retryAfterSeconds > 0
          ? facts.now + Math.round(facts.retryAfterSeconds * 1000)
          : null;
      failure.run({
        id,
        now: facts.now,
        code: facts.code,
        message: facts.message,
        retryAfterUntil,
        nextDueAt: facts.nextDueAt ?? null,
      });
      return get(id);
    },
    /** Sets when the scheduler should poll the source next (undefined: as soon as possible). */
    setNextDueAt(id: string, at: number | undefined): void {
      setDue.run(at ?? null, id);
    },
    /** The service gives up on a source by itself (410 Gone, repeated 404), saying why. */
    disable(id: string, reason: string): void {
      disable.run(reason, id);
    },
    /** The operator turns a source on or off; turning it on clears a service-made disable. */
    setEnabled(id: string, enabled: boolean): void {
      enable.run(enabled ? 1 : 0, id);
    },
  };
}

/** The sources table module's type. */
export type SourcesTable = ReturnType<typeof createSourcesTable>;
