// Human formats shared by the HTML and text renderers: lags, percentages, times, related counts.
import type { ReportCluster } from './model.js';

/** A lag as `45s`, `12m`, `3h 20m`, `2d 4h`; negative lags (copy dated before its original) get a minus sign. */
export function formatLag(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  const sign = seconds < 0 ? '−' : '';
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return `${sign}${s}s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${sign}${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${sign}${h}h${m % 60 ? ` ${m % 60}m` : ''}`;
  const d = Math.floor(h / 24);
  return `${sign}${d}d${h % 24 ? ` ${h % 24}h` : ''}`;
}

/** A 0..1 share as a whole percentage (`42%`). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** An epoch-ms time as `2023-11-14 10:05 UTC`. */
export function formatTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A score with two decimals. */
export function formatScore(score: number | undefined): string {
  return score === undefined || !Number.isFinite(score) ? '–' : score.toFixed(2);
}

/** Related entries as the renderers list them: each independent report, plus one per other copy cluster. */
export function countRelatedEntries(cluster: Pick<ReportCluster, 'related'>): number {
  const others = new Set(cluster.related.map((r) => r.clusterId).filter((id) => id !== undefined));
  return cluster.related.filter((r) => r.clusterId === undefined).length + others.size;
}
