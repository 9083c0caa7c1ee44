// Small HTML pieces shared by the page and the cluster views.
import { escapeHtml } from './html-escape.js';
import { COPY_KINDS } from './model.js';

/** A numeric table cell labelled for the stacked phone layout (labels are constants; values must be safe). */
export function cell(label: string, value: string): string {
  return `<td class="num" data-label="${escapeHtml(label)}">${value}</td>`;
}

/** A coloured badge naming a copy kind (an unknown kind gets a neutral colour). */
export function renderKind(kind: string): string {
  const known = (COPY_KINDS as readonly string[]).includes(kind);
  return `<span class="kind${known ? ` k-${kind}` : ''}">${escapeHtml(kind)}</span>`;
}
