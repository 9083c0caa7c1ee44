// The /sources model (pure): each source's health, last error, next poll and disable reason, plus its renderers.
import type { SourceRecord } from '../model.js';
import { escapeHtml, renderPage } from './html.js';

/** How a source is doing, in one word. */
export type SourceHealth = 'ok' | 'warning' | 'failing' | 'disabled' | 'off' | 'pending' | 'removed';

/** One row of /sources (times are ISO strings). */
export interface SourceView {
  id: string;
  title: string;
  url: string;
  role: string;
  health: SourceHealth;
  polling: boolean;
  consecutiveErrors: number;
  consecutive404s: number;
  lastError?: { code: string; message?: string; at?: string };
  lastSuccessAt?: string;
  lastPolledAt?: string;
  nextPollAt?: string;
  retryAfterUntil?: string;
  disabledReason?: string;
  intervalMinutes?: number;
}

/** Errors in a row from which a source counts as failing rather than merely warning. */
export const FAILING_AFTER = 3;

/** Classifies a source record. */
export function classifySource(source: SourceRecord): SourceHealth {
  if (source.removedAt !== undefined) return 'removed';
  if (source.disabledReason) return 'disabled';
  if (!source.enabled) return 'off';
  if (source.lastPolledAt === undefined) return 'pending';
  if (source.consecutiveErrors === 0) return 'ok';
  return source.consecutiveErrors >= FAILING_AFTER ? 'failing' : 'warning';
}

/** Builds the rows of /sources in config order (`order`: source ids); sources outside it and removed ones come last. */
export function buildSourceViews(sources: SourceRecord[], inFlight: readonly string[] = [], order: readonly string[] = []): SourceView[] {
  const polling = new Set(inFlight);
  const iso = (t?: number) => (t === undefined ? undefined : new Date(t).toISOString());
  const views = sources.map((s): SourceView => {
    const health = classifySource(s);
    const schedulable = health !== 'disabled' && health !== 'off' && health !== 'removed';
    return {
      id: s.id,
      title: s.title,
      url: s.url,
      role: s.role,
      health,
      polling: polling.has(s.id),
      consecutiveErrors: s.consecutiveErrors,
      consecutive404s: s.consecutive404s,
      lastError: s.lastErrorCode
        ? { code: s.lastErrorCode, message: s.lastErrorMessage, at: iso(s.lastErrorAt) }
        : undefined,
      lastSuccessAt: iso(s.lastSuccessAt),
      lastPolledAt: iso(s.lastPolledAt),
      nextPollAt: schedulable ? iso(s.nextDueAt) ?? 'next cycle' : undefined,
      retryAfterUntil: iso(s.retryAfterUntil),
      disabledReason: s.disabledReason,
      intervalMinutes: s.intervalMinutes,
    };
  });
  const rank = new Map(order.map((id, i) => [id, i]));
  const key = (v: SourceView) => (v.health === 'removed' ? 2 * order.length + 1 : rank.get(v.id) ?? order.length);
  return views.map((v, i) => ({ v, i })).sort((a, b) => key(a.v) - key(b.v) || a.i - b.i).map(({ v }) => v);
}

/** Renders /sources as an HTML page. */
export function renderSourcesHtml(views: SourceView[], title: string, now: number): string {
  const counts = new Map<string, number>();
  for (const v of views) counts.set(v.health, (counts.get(v.health) ?? 0) + 1);
  const summary = [...counts].map(([h, n]) => `<span class="${h}">${n} ${h}</span>`).join(', ');
  const rows = views.map((v) => {
    const error = v.lastError
      ? `<code>${escapeHtml(v.lastError.code)}</code> ${escapeHtml(v.lastError.message ?? '')}<br>${renderTime(v.lastError.at, now)}`
      : '';
    const note = [
      v.polling ? 'polling now' : '',
      v.disabledReason ? `disabled: ${escapeHtml(v.disabledReason)}` : '',
      v.health === 'off' ? 'turned off in the config' : '',
      v.health === 'removed' ? 'no longer in the config' : '',
      v.retryAfterUntil ? `server asked to wait until ${renderTime(v.retryAfterUntil, now)}` : '',
    ].filter(Boolean).join('<br>');
    return `<tr id="source-${escapeHtml(v.id)}"><td><a href="${escapeHtml(safeHref(v.url))}">${escapeHtml(v.title || v.id)}</a><br><small><code>${escapeHtml(v.id)}</code> · ${escapeHtml(v.role)}</small></td>
<td class="${v.health}">${v.health}</td><td>${v.lastSuccessAt ? renderTime(v.lastSuccessAt, now) : 'never'}</td><td>${error}</td>
<td>${v.consecutiveErrors}</td><td>${v.nextPollAt && v.nextPollAt !== 'next cycle' ? renderTime(v.nextPollAt, now) : escapeHtml(v.nextPollAt ?? '')}</td><td>${note}</td></tr>`;
  });
  const body = `<h1>Sources</h1>
<p>${escapeHtml(title)}: ${views.length} sources (${summary}). As of ${escapeHtml(new Date(now).toISOString())}.
Also as <a href="/sources.json">JSON</a>. <a href="/">Home</a></p>
<table>
<thead><tr><th>Source</th><th>Health</th><th>Last success</th><th>Last error</th><th>Errors in a row</th><th>Next poll</th><th>Notes</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
  return renderPage(`Sources · ${title}`, body);
}

function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

/** A time as `2023-11-14 12:00 UTC` over a relative `(5 min ago)` / `(in 2 h)`, with the exact instant in <time>. */
function renderTime(iso: string | undefined, now: number): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return escapeHtml(iso);
  const clock = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return `<time datetime="${escapeHtml(iso)}" title="${escapeHtml(iso)}">${clock}</time><br><small>${describeOffset(at - now)}</small>`;
}

/** `in 2 h 5 min`, `40 s ago`, `now`. */
export function describeOffset(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1000) return 'now';
  const parts: string[] = [];
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (minutes && !days) parts.push(`${minutes} min`);
  if (!parts.length) parts.push(`${Math.floor(abs / 1000)} s`);
  return ms > 0 ? `in ${parts.join(' ')}` : `${parts.join(' ')} ago`;
}
