// The source × source heat map: an HTML table whose cell shade grows with the number of copies.
import { escapeHtml } from './html-escape.js';
import type { ReportModel } from './model.js';

/** Renders the matrix (rows copy from columns) as a heat-map table, or a note when nobody copied. */
export function renderMatrix(model: ReportModel): string {
  const { rows, columns, cells, max } = model.matrix;
  if (rows.length === 0) return '<p class="empty">No copies match these filters.</p>';
  const titles = new Map(model.sources.map((s) => [s.sourceId, s.title]));
  const label = (id: string) => escapeHtml(titles.get(id) ?? id);
  const head = columns.map((id) => `<th scope="col" class="col" title="${label(id)}">${escapeHtml(id)}</th>`).join('');
  const body = rows
    .map((rowId, r) => {
      const tds = columns
        .map((colId, c) => {
          if (rowId === colId) return '<td class="self" title="same source"></td>';
          const n = cells[r][c];
          const tip = `${label(rowId)} copied ${n} of ${label(colId)}’s articles`;
          const style = cellStyle(n, max);
          return `<td class="num"${style ? ` style="${style}"` : ''} title="${tip}">${n > 0 ? n : ''}</td>`;
        })
        .join('');
      return `<tr><th scope="row" class="row" title="${label(rowId)}">${escapeHtml(rowId)}</th>${tds}</tr>`;
    })
    .join('');
  return (
    '<p class="muted" id="matrix-help">Rows copy from columns: the cell at row A, column B counts the copies A made ' +
    'of B’s originals. Darker means more.</p>' +
    '<div class="scroll"><table class="heat" aria-describedby="matrix-help">' +
    `<thead><tr><th scope="col" class="corner">copier ↓ · original →</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

/** Background shade for a count: none for 0, then from light to the full accent colour. */
function cellStyle(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '';
  const alpha = 0.15 + 0.85 * (count / max);
  const fg = alpha > 0.55 ? '#fff' : '#1d2430';
  return `background:rgba(213,94,0,${alpha.toFixed(3)});color:${fg}`;
}
