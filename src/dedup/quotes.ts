// Quoted speech: independent agencies quote the same officials word for word, so quoted spans are masked when
// deciding whether one article copied another (they are still shown, marked as quotes).

/** A quoted span of a text: [from, to) character offsets, quote marks included. */
export interface QuoteSpan {
  from: number;
  to: number;
}

const OPENERS = '\u201c\u201e\u00ab\u275d\u301d';
const CLOSERS = '\u201d\u00bb\u275e\u301e\u301f';
const STRAIGHT = '"\uff02\u201f';
const MARKS = /["\uff02\u201f\u201c\u201d\u201e\u00ab\u00bb\u275d\u275e\u301d\u301e\u301f\u2018\u2019]|\n[ \t\r]*\n/g;

/** Finds quoted spans paragraph by paragraph; a quote left open runs to the end of its paragraph. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let openChar = '';
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const c = m[0];
    const i = m.index;
    if (c.length > 1) {
      if (open >= 0) spans.push({ from: open, to: trimEnd(text, i) });
      open = -1;
    } else if (open < 0) {
      if (OPENERS.includes(c) || STRAIGHT.includes(c) || (c === '\u2018' && isOpeningSingle(text, i))) {
        open = i;
        openChar = c;
      }
    } else if (closes(openChar, c, text, i)) {
      spans.push({ from: open, to: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ from: open, to: trimEnd(text, text.length) });
  return spans;
}

function closes(openChar: string, c: string, text: string, i: number): boolean {
  if (openChar === '\u2018') return c === '\u2019' && !/\p{L}/u.test(text[i + 1] ?? '');
  if (c === '\u2018' || c === '\u2019') return false;
  if (openChar === '\u201e') return c === '\u201c' || c === '\u201d' || STRAIGHT.includes(c);
  if (STRAIGHT.includes(openChar)) return STRAIGHT.includes(c) || CLOSERS.includes(c);
  return CLOSERS.includes(c) || (openChar === '\u201c' && STRAIGHT.includes(c));
}

// Why: "‘" also starts elisions and years ('90s); only a ‘ after a space or an opening bracket opens a quote.
function isOpeningSingle(text: string, i: number): boolean {
  return (i === 0 || /[\s(\[]/.test(text[i - 1])) && /\p{L}/u.test(text[i + 1] ?? '');
}

function trimEnd(text: string, i: number): number {
  let j = Math.min(i, text.length);
  while (j > 0 && /\s/.test(text[j - 1])) j--;
  return j;
}

/** Marks tokens (by their start offsets) that fall inside one of the spans; spans must be sorted. */
export function markQuoted(starts: ArrayLike<number>, spans: QuoteSpan[]): Uint8Array {
  const out = new Uint8Array(starts.length);
  let s = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i];
    while (s < spans.length && spans[s].to <= at) s++;
    if (s < spans.length && spans[s].from <= at) out[i] = 1;
  }
  return out;
}
