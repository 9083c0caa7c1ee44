// Turns a plain text plus offset spans (passages, boilerplate) into escaped HTML with <mark> and <del>.
// Spans may overlap, nest, touch or fall outside the text; the text between them is always escaped.
import { escapeHtml } from './html-escape.js';

/** One span to wrap; offsets index the text (UTF-16 code units), end exclusive. */
export interface HighlightSpan {
  from: number;
  to: number;
  tag: 'mark' | 'del';
  className: string;
  /** Extra attributes (names are trusted constants, values are escaped). */
  attrs?: Record<string, string>;
}

/**
 * Renders `text` with the spans applied. Where marks overlap, the span listed first wins that stretch (and
 * likewise for dels); a <del> holds the marks inside it. Stretches covered by the same spans share one element.
 */
export function renderHighlightedText(text: string, spans: HighlightSpan[]): string {
  const clean = spans.map((s) => clampSpan(text, s)).filter((s): s is HighlightSpan => s !== undefined);
  const cuts = new Set<number>([0, text.length]);
  for (const s of clean) {
    cuts.add(s.from);
    cuts.add(s.to);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const runs: Array<{ from: number; to: number; mark: number; del: number }> = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const mark = clean.findIndex((s) => s.tag === 'mark' && s.from <= from && s.to >= to);
    const del = clean.findIndex((s) => s.tag === 'del' && s.from <= from && s.to >= to);
    const last = runs[runs.length - 1];
    if (last && last.mark === mark && last.del === del) last.to = to;
    else runs.push({ from, to, mark, del });
  }
  let html = '';
  let openDel = -1;
  for (const run of runs) {
    if (run.del !== openDel) {
      if (openDel >= 0) html += '</del>';
      if (run.del >= 0) html += openTag(clean[run.del]);
      openDel = run.del;
    }
    const piece = escapeHtml(text.slice(run.from, run.to));
    html += run.mark >= 0 ? `${openTag(clean[run.mark])}${piece}</mark>` : piece;
  }
  if (openDel >= 0) html += '</del>';
  return html;
}

function openTag(span: HighlightSpan): string {
  let attrs = ` class="${escapeHtml(span.className)}"`;
  for (const [name, value] of Object.entries(span.attrs ?? {})) attrs += ` ${name}="${escapeHtml(value)}"`;
  return `<${span.tag}${attrs}>`;
}

/** Clamps a span into the text, widening it so it never splits a surrogate pair; undefined when empty. */
function clampSpan(text: string, span: HighlightSpan): HighlightSpan | undefined {
  if (!Number.isFinite(span.from) || !Number.isFinite(span.to)) return undefined;
  let from = Math.max(0, Math.min(text.length, Math.floor(span.from)));
  let to = Math.max(0, Math.min(text.length, Math.ceil(span.to)));
  if (isInsidePair(text, from)) from -= 1;
  if (isInsidePair(text, to)) to += 1;
  return to > from ? { ...span, from, to } : undefined;
}

function isInsidePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
