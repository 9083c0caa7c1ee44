// Character-level cleaning shared by plain-text normalization and HTML-to-text: line separators, invisible
// and control characters, C1 controls read as windows-1252.

// Invisible characters that only break word matching: zero-width space, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// C0 controls other than tab and newline never belong in text.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// C1 controls in feed text are windows-1252 bytes mislabelled as Latin-1 (&#146; for an apostrophe).
const C1 = /[\u0080-\u009F]/g;
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Any character that cleanCharacters would change before NFC. */
export const NEEDS_CLEANING = /[\r\u2028\u2029\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Whitespace runs, matched only where they differ from one space (same result as /\s+/g, much faster). */
export const SPACES = /\s{2,}|[^\S ]/g;
/** Characters NFC may change: none below U+0300 is ever changed or composed with a neighbour below U+0300. */
const NFC_CANDIDATE = /[^\u0000-\u02FF]/;

function repairC1(c: string): string {
  const mapped = WINDOWS_1252_C1[c.charCodeAt(0) - 0x80];
  return mapped.charCodeAt(0) >= 0xa0 ? mapped : '';
}

/** Line separators to LF, invisible and control characters removed, C1 controls as windows-1252 (no NFC). */
export function cleanControls(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').replace(C1, repairC1);
}

/** NFC, skipped when no character can change. */
export function toNfc(s: string): string {
  return NFC_CANDIDATE.test(s) ? s.normalize('NFC') : s;
}

/** cleanControls, then NFC. */
export function cleanCharacters(s: string): string {
  return toNfc(cleanControls(s));
}

/**
 * Characters cleanControls changes, whitespace other than a space or a line feed, and U+E000/U+E001 (the
 * markers html-to-text assembles with): one character class, fast to search.
 */
const NOT_PLAIN = /[\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\uE000\uE001]/;

/** Line structure: spaces collapsed, lines trimmed, blank-line runs reduced to one, ends trimmed. */
function tidyLines(s: string, collapse: boolean): string {
  // Only runs and non-space whitespace are replaced: replacing every single space costs 10x more.
  const t = collapse ? s.replace(/[^\S\n]{2,}|[^\S \n]/g, ' ') : s;
  if (t.indexOf('\n') === -1) return t.trim();
  const out: string[] = [];
  let blank = false;
  for (const raw of t.split('\n')) {
    const line = raw.trim();
    if (line === '') blank = out.length > 0;
    else {
      if (blank) out.push('');
      blank = false;
      out.push(line);
    }
  }
  return out.join('\n');
}

/**
 * Normalizes plain text: CRLF to LF, invisible and control characters removed (C1 controls read as the
 * windows-1252 characters they stand for), NFC, whitespace collapsed within each line, lines trimmed, runs
 * of blank lines reduced to exactly one. Idempotent; never throws.
 */
export function normalizeText(s: string): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  // Common case: nothing to clean, no odd whitespace, no double space (cleaning and NFC create neither).
  if (!NOT_PLAIN.test(s) && s.indexOf('  ') === -1) return tidyLines(toNfc(s), false);
  return tidyLines(cleanCharacters(s), true);
}

/** Collapses text to one line (titles, authors, categories). */
export function normalizeLine(s: string): string {
  // normalizeText leaves single spaces only: line breaks are all there is to collapse.
  const text = normalizeText(s);
  return text.indexOf('\n') === -1 ? text : text.replace(SPACES, ' ').trim();
}

/**
 * Whether markup holds nothing to clean and no odd whitespace (line feeds aside): one pass that lets
 * htmlToText skip checking each text run and cleanMarkup skip its own pass.
 */
export function isPlainMarkup(html: string): boolean {
  return !NOT_PLAIN.test(html);
}

/**
 * Markup with control characters removed (C1 read as windows-1252), as published feeds cannot carry them.
 * `plainMarkup` may be passed as true only when isPlainMarkup(html) holds.
 */
export function cleanMarkup(html: string, plainMarkup = false): string {
  if (plainMarkup || !NEEDS_CLEANING.test(html)) return html;
  return html.replace(CONTROLS, '').replace(C1, repairC1);
}
