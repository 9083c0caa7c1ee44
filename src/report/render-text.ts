// The text report for terminals: a summary, a per-source table, the top copiers and the clusters, in 100 columns.
import { countRelatedEntries, formatLag, formatPercent, formatTime } from './format.js';
import { COPY_KINDS, type ReportModel, type ReportSourceStats } from './model.js';
import { describeFilters } from './render-html.js';

const WIDTH = 100;
const TOP_COPIERS = 5;
const MAX_CLUSTERS = 20;

/** Renders the compact text report; every line fits in 100 columns and feed strings lose control characters. */
export function renderReportText(model: ReportModel): string {
  const s = model.summary;
  const lines: string[] = [];
  if (model.topic) lines.push(fit(clean(model.topic)));
  lines.push(fit(`feedfold copy report · generated ${formatTime(model.generatedAt)} · ${describeFilters(model.filters)}`));
  const credit = s.copies > 0 ? `${s.credited} of ${s.copies} credit the original` : 'none credit the original';
  lines.push(fit(`${plural(s.copies, 'copy', 'copies')} of ${plural(s.clusters, 'original', 'originals')} · ` +
    `${plural(s.sourcesInvolved, 'source', 'sources')} involved · median lag ${formatLag(s.medianLagSeconds)}`));
  lines.push(fit(`${credit} · ${plural(s.related, 'related report', 'related reports')} (same event, not copies)`));
  lines.push(fit(`By kind: ${COPY_KINDS.map((k) => `${k} ${s.byKind[k]}`).join(' · ')}`));
  lines.push('', ...renderSourceTable(model.sources), '', ...renderTopCopiers(model), '', ...renderClusters(model));
  return `${lines.join('\n')}\n`;
}

function renderSourceTable(sources: ReportSourceStats[]): string[] {
  const head =
    `${pad('SOURCE', 20)} ${lpad('ITEMS', 6)} ${lpad('ORIG', 5)} ${lpad('COPIED', 7)} ${lpad('COPIES', 7)} ` +
    `${lpad('RATE', 5)} ${lpad('MEDIAN LAG', 11)} ${lpad('CREDITS', 8)}  COPIES FROM`;
  if (sources.length === 0) return [head, '(no sources with items in this period)'];
  const rows = sources.map((x) =>
    fit(
      `${pad(clean(x.sourceId), 20)} ${lpad(String(x.items), 6)} ${lpad(String(x.originals), 5)} ` +
        `${lpad(String(x.timesCopied), 7)} ${lpad(String(x.copiesMade), 7)} ${lpad(formatPercent(x.copyRate), 5)} ` +
        `${lpad(formatLag(x.medianLagSeconds), 11)} ${lpad(x.copiesMade ? `${x.credited}/${x.copiesMade}` : '–', 8)}  ` +
        (x.copiesFrom.map((f) => `${clean(f.sourceId)} ${f.count}`).join(', ') || '–'),
    ),
  );
  return [head, ...rows];
}

function renderTopCopiers(model: ReportModel): string[] {
  const top = model.sources.filter((x) => x.copiesMade > 0).sort((a, b) => b.copiesMade - a.copiesMade).slice(0, TOP_COPIERS);
  if (top.length === 0) return ['TOP COPIERS', '(none)'];
  return [
    'TOP COPIERS',
    ...top.map((x, i) => {
      const kinds = COPY_KINDS.map((k) => [k, model.timeline.filter((p) => p.sourceId === x.sourceId && p.kind === k).length] as const)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      const from = x.copiesFrom.slice(0, 3).map((f) => `${clean(f.sourceId)} ${f.count}`).join(', ');
      return fit(
        `${lpad(String(i + 1), 2)}. ${clean(x.sourceId)}: ${plural(x.copiesMade, 'copy', 'copies')} (${kinds}) · median ` +
          `${formatLag(x.medianLagSeconds)} · credits ${x.credited}/${x.copiesMade} · from ${from}`,
      );
    }),
  ];
}

function renderClusters(model: ReportModel): string[] {
  if (model.clusters.length === 0) return ['CLUSTERS', '(no copied articles match these filters)'];
  const shown = model.clusters.slice(0, MAX_CLUSTERS).map((c) => {
    const related = countRelatedEntries(c);
    const counts = `${plural(c.copies.length, 'copy', 'copies')}${related ? `, ${related} related` : ''}`;
    const head = `${pad(clean(c.original.sourceId), 16)} ${formatTime(c.original.appearedAt).slice(0, 16)}  ${lpad(counts, 20)}  `;
    return fit(`${head}${clean(c.original.title)}`);
  });
  const more = model.summary.clusters - shown.length;
  return ['CLUSTERS (newest activity first)', ...shown, ...(more > 0 ? [`… and ${more} more`] : [])];
}

/** Removes control and bidi-override characters so feed text cannot drive the terminal; folds newlines. */
export function clean(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fit(line: string): string {
  const chars = [...line];
  return chars.length <= WIDTH ? line : `${chars.slice(0, WIDTH - 1).join('')}…`;
}

function pad(value: string, width: number): string {
  const chars = [...value];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : value + ' '.repeat(width - chars.length);
}

function lpad(value: string, width: number): string {
  const chars = [...value];
  return chars.length >= width ? value : ' '.repeat(width - chars.length) + value;
}
