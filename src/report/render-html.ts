// The HTML report: one self-contained page (inline CSS and SVG, no script, no external assets).
import { formatLag, formatPercent, formatTime } from './format.js';
import { renderCluster } from './html-cluster.js';
import { escapeHtml } from './html-escape.js';
import { cell } from './html-parts.js';
import { renderMatrix } from './html-matrix.js';
import { REPORT_CSS } from './html-style.js';
import { renderTimeline } from './html-timeline.js';
import { COPY_KINDS, type ReportFilters, type ReportModel } from './model.js';

/** The page's own Content-Security-Policy: no script, no remote loads, even when opened from a file. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Renders the whole report page. */
export function renderReportHtml(model: ReportModel): string {
  const shown = new Map(model.clusters.map((c) => [c.id, c]));
  const clusters = model.clusters.map((c) => renderCluster(c, shown)).join('');
  const omitted = model.summary.clusters - model.clusters.length;
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">` +
    '<meta name="referrer" content="no-referrer">' +
    `<title>Copy report · feedfold</title><style>${REPORT_CSS}</style></head><body>` +
    '<header><h1>Who copied whom</h1>' +
    (model.topic ? `<p class="topic">${escapeHtml(model.topic)}</p>` : '') +
    `<p class="muted">Generated ${formatTime(model.generatedAt)} · ${escapeHtml(describeFilters(model.filters))}</p>` +
    '<nav class="toc"><a href="#summary">Summary</a><a href="#sources">Sources</a><a href="#matrix">Matrix</a>' +
    '<a href="#timeline">Timeline</a><a href="#clusters">Clusters</a></nav></header><main>' +
    `<section id="summary">${renderSummary(model)}</section>` +
    `<section id="sources"><h2>Sources</h2>${renderSources(model)}</section>` +
    `<section id="matrix"><h2>Who copies from whom</h2>${renderMatrix(model)}</section>` +
    `<section id="timeline"><h2>How fast copies appear</h2>${renderKindLegend()}${renderTimeline(model)}</section>` +
    `<section id="clusters"><h2>Clusters</h2>${renderMarkLegend()}` +
    (clusters || '<p class="empty">No copied articles match these filters.</p>') +
    (omitted > 0 ? `<p class="muted">${omitted} older clusters not shown; narrow the time range to see them.</p>` : '') +
    '</section></main>' +
    `<footer>feedfold copy report · format version ${model.version}</footer></body></html>\n`
  );
}

/** A one-line description of the active filters. */
export function describeFilters(f: ReportFilters): string {
  const parts: string[] = [];
  if (f.from !== undefined) parts.push(`from ${formatTime(f.from)}`);
  if (f.to !== undefined) parts.push(`before ${formatTime(f.to)}`);
  if (f.sources) parts.push(`source ${f.sources.join(', ')}`);
  if (f.kinds) parts.push(`kind ${f.kinds.join(', ')}`);
  if (f.minScore !== undefined) parts.push(`score ≥ ${f.minScore}`);
  return parts.length > 0 ? `Filters: ${parts.join('; ')}` : 'All copies, no filters';
}

function renderSummary(model: ReportModel): string {
  const s = model.summary;
  const card = (value: string, label: string) => `<div class="card"><b>${value}</b><span>${label}</span></div>`;
  const kinds = COPY_KINDS.map((k) => `<li class="chip k-${k}">${k} ${s.byKind[k]}</li>`).join('');
  return (
    '<div class="cards">' +
    card(String(s.copies), 'copies found') +
    card(String(s.clusters), 'original articles copied') +
    card(String(s.sourcesInvolved), 'sources involved') +
    card(formatLag(s.medianLagSeconds), 'median lag') +
    card(s.copies > 0 ? formatPercent(s.credited / s.copies) : '–', 'copies that credit the original') +
    card(String(s.related), 'independent related reports') +
    `</div><ul class="chips" aria-label="Copies by kind">${kinds}</ul>`
  );
}

function renderSources(model: ReportModel): string {
  if (model.sources.length === 0) return '<p class="empty">No sources have items in this period.</p>';
  const rows = model.sources
    .map((s) => {
      const from = s.copiesFrom.slice(0, 3).map((f) => `${escapeHtml(f.sourceId)} (${f.count})`).join(', ');
      return (
        `<tr><td class="head"><b>${escapeHtml(s.title)}</b><br>` +
        `<span class="muted">${escapeHtml(s.sourceId)} · ${escapeHtml(s.role)}</span></td>` +
        cell('Items', String(s.items)) +
        cell('Originals', String(s.originals)) +
        cell('Copied by others', String(s.timesCopied)) +
        cell('Copies made', String(s.copiesMade)) +
        cell('Copy rate', formatPercent(s.copyRate)) +
        cell('Median lag', formatLag(s.medianLagSeconds)) +
        cell('Credits', s.copiesMade > 0 ? `${s.credited}/${s.copiesMade}` : '–') +
        `<td class="wide" data-label="Copies from">${from || '–'}</td></tr>`
      );
    })
    .join('');
  return (
    '<div class="scroll"><table class="stats stack"><thead><tr><th>Source</th><th class="num">Items</th>' +
    '<th class="num">Originals</th><th class="num">Copied by others</th><th class="num">Copies made</th>' +
    '<th class="num">Copy rate</th><th class="num">Median lag</th><th class="num">Credits</th><th>Copies from</th>' +
    `</tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

function renderKindLegend(): string {
  const items = COPY_KINDS.map((k) => `<li class="chip k-${k}">${k}</li>`).join('');
  return `<ul class="chips legend" aria-label="Dot colours">${items}</ul>`;
}

function renderMarkLegend(): string {
  return (
    '<p class="legend muted">In each pair: <mark class="verbatim">copied word for word</mark> ' +
    '<mark class="paraphrase">paraphrased</mark> <mark class="quote">shared quotation</mark> ' +
    '<del class="boilerplate">boilerplate added by the copier</del></p>'
  );
}
