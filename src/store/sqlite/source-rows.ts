// Row mapping for the sources table: SQL rows to SourceRecord.
import type { SourceErrorCode, SourceRecord, SourceRole } from '../../model.js';

/** A sources row as SQLite returns it. */
export interface SourceRow {
  id: string;
  url: string;
  config_url: string;
  title: string;
  role: SourceRole;
  enabled: number;
  interval_minutes: number | null;
  language: string | null;
  etag: string | null;
  last_modified: string | null;
  ttl_minutes: number | null;
  max_age_seconds: number | null;
  consecutive_errors: number;
  consecutive_404s: number;
  last_error_code: string | null;
  last_error_message: string | null;
  last_error_at: number | null;
  last_success_at: number | null;
  last_polled_at: number | null;
  next_due_at: number | null;
  retry_after_until: number | null;
  disabled_reason: string | null;
  removed_at: number | null;
  created_at: number;
}

/** A row as a SourceRecord (NULL → undefined, 0/1 → boolean). */
export function toRecord(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    role: row.role,
    enabled: row.enabled === 1,
    intervalMinutes: row.interval_minutes ?? undefined,
    language: row.language ?? undefined,
    etag: row.etag ?? undefined,
    lastModified: row.last_modified ?? undefined,
    consecutiveErrors: row.consecutive_errors,
    consecutive404s: row.consecutive_404s,
    lastErrorCode: (row.last_error_code ?? undefined) as SourceErrorCode | undefined,
    lastErrorMessage: row.last_error_message ?? undefined,
    lastErrorAt: row.last_error_at ?? undefined,
    lastSuccessAt: row.last_success_at ?? undefined,
    lastPolledAt: row.last_polled_at ?? undefined,
    nextDueAt: row.next_due_at ?? undefined,
    retryAfterUntil: row.retry_after_until ?? undefined,
    disabledReason: row.disabled_reason ?? undefined,
    ttlMinutes: row.ttl_minutes ?? undefined,
    maxAgeSeconds: row.max_age_seconds ?? undefined,
    removedAt: row.removed_at ?? undefined,
  };
}
