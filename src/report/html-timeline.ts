// The lag timeline: an inline SVG strip plot, one row per copier, lags on a log-like axis, one dot per copy.
import { formatLag } from './format.js';
import { escapeHtml } from './html-escape.js';
import { KIND_COLORS } from './html-style.js';
import type { ReportModel, ReportTimelinePoint } from './model.js';

const TICKS: Array<[number, string]> = [
  [0, '0'],
  [60, '1m'],
  [300, '5m'],
  [900, '15m'],
  [3600, '1h'],
  [3 * 3600, '3h'],
  [12 * 3600, '12h'],
  [86400, '1d'],
  [3 * 86400, '3d'],
  [7 * 86400, '1w'],
  [30 * 86400, '30d'],
  [365 * 86400, '1y'],
];
/** Plot geometry in SVG units; the page shows the wide plot on desktops and the narrow one on phones. */
interface Layout {
  name: 'wide' | 'narrow';
  width: number;
  left: number;
  labelChars: number;
  /** Tick labels kept (the narrow plot skips some so they do not collide). */
  keep: (seconds: number) => boolean;
}
/** Dots drawn at most (the latest copies); the JSON report always has every point. */
export const MAX_TIMELINE_DOTS = 1500;
const RIGHT = 20;
const TOP = 14;
const ROW = 26;
const BOTTOM = 52;
const LAYOUTS: Layout[] = [
  { name: 'wide', width: 960, left: 150, labelChars: 20, keep: () => true },
  { name: 'narrow', width: 380, left: 98, labelChars: 12, keep: (s) => [0, 300, 3600, 86400, 604800, 2592000, 31536000].includes(s) },
];

/** Position on the lag axis: log10(1 + minutes), so 0 sits at the origin and negative lags clamp to it. */
export function scaleLag(seconds: number): number {
  return Math.log10(1 + Math.max(0, seconds) / 60);
}

/** Renders the timeline as SVG (wide and narrow variants, axis labels, a <title> per dot), or a note. */
export function renderTimeline(model: ReportModel): string {
  if (model.timeline.length === 0) return '<p class="empty">No copies to plot.</p>';
  const points = model.timeline.slice(-MAX_TIMELINE_DOTS);
  const note =
    points.length < model.timeline.length
      ? `<p class="muted">Showing the latest ${points.length} of ${model.timeline.length} copies; narrow the filters to see the rest.</p>`
      : '';
  return note + LAYOUTS.map((layout) => renderPlot(model, points, layout)).join('');
}

function renderPlot(model: ReportModel, points: ReportTimelinePoint[], layout: Layout): string {
  const { width: WIDTH, left: LEFT } = layout;
  const rows = [...new Set(points.map((p) => p.sourceId))].sort();
  const maxLag = Math.max(...points.map((p) => p.lagSeconds), 3600);
  const lastTick = TICKS.find(([s]) => s >= maxLag) ?? [maxLag, formatLag(maxLag)];
  const ticks = TICKS.filter(([s]) => s <= lastTick[0] && (layout.keep(s) || s === lastTick[0]));
  if (ticks[ticks.length - 1][0] !== lastTick[0]) ticks.push(lastTick);
  const span = scaleLag(lastTick[0]);
  const x = (s: number) => LEFT + ((WIDTH - LEFT - RIGHT) * scaleLag(s)) / span;
  const height = TOP + rows.length * ROW + BOTTOM;
  const axisY = TOP + rows.length * ROW;
  const titles = new Map(model.sources.map((s) => [s.sourceId, s.title]));
  const parts: string[] = [];
  for (const [s, label] of ticks) {
    const tx = x(s).toFixed(1);
    parts.push(`<line class="grid" x1="${tx}" y1="${TOP}" x2="${tx}" y2="${axisY}"/>`);
    parts.push(`<text x="${tx}" y="${axisY + 16}" text-anchor="middle">${label}</text>`);
  }
  rows.forEach((id, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const name = id.length > layout.labelChars ? `${id.slice(0, layout.labelChars - 1)}…` : id;
    parts.push(`<text x="${LEFT - 8}" y="${y + 4}" text-anchor="end"><title>${escapeHtml(titles.get(id) ?? id)}</title>${escapeHtml(name)}</text>`);
    parts.push(`<line class="grid" x1="${LEFT}" y1="${y}" x2="${WIDTH - RIGHT}" y2="${y}" stroke-dasharray="2 4"/>`);
  });
  const seen = new Map<string, number>();
  const rowIndex = new Map(rows.map((id, i) => [id, i]));
  for (const p of points) {
    const row = rowIndex.get(p.sourceId) ?? 0;
    const n = seen.get(p.sourceId) ?? 0;
    seen.set(p.sourceId, n + 1);
    const jitter = ((n % 3) - 1) * 6;
    const cx = x(p.lagSeconds).toFixed(1);
    const cy = (TOP + row * ROW + ROW / 2 + jitter).toFixed(1);
    const when = p.lagSeconds < 0 ? `dated ${formatLag(-p.lagSeconds)} before the original` : `${formatLag(p.lagSeconds)} after`;
    const tip = `${p.sourceId} copied ${p.originalSourceId}: ${p.kind}, ${when}`;
    const fill = KIND_COLORS[p.kind] ?? '#777';
    parts.push(`<circle data-kind="${escapeHtml(p.kind)}" cx="${cx}" cy="${cy}" r="5" fill="${fill}"><title>${escapeHtml(tip)}</title></circle>`);
  }
  parts.push(`<line class="axis" x1="${LEFT}" y1="${axisY}" x2="${WIDTH - RIGHT}" y2="${axisY}"/>`);
  parts.push(`<line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${axisY}"/>`);
  parts.push(
    `<text x="${(LEFT + WIDTH - RIGHT) / 2}" y="${axisY + 40}" text-anchor="middle">` +
      'Lag after the original (log scale)</text>',
  );
  parts.push(`<text x="${LEFT - 12}" y="${axisY + 16}" text-anchor="end" font-weight="600">copier ↑</text>`);
  return (
    `<div class="plot ${layout.name}"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" ` +
    `role="img" aria-label="Copy lags by copier, ${points.length} copies">${parts.join('')}</svg></div>`
  );
}
