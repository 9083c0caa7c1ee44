// Plain text from HTML and from sloppy text: block elements become paragraphs, <br> a line break.
import { Parser } from 'htmlparser2';

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul', 'caption', 'body', 'html', 'video', 'audio', 'picture',
]);

/** Elements whose content is never readable text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'select', 'iframe', 'noembed', 'noframes',
]);

/** Cells sit side by side: separate them with a space, not a paragraph. */
const CELL_TAGS = new Set(['td', 'th']);

// Paragraph and line-break markers while the text is assembled (private-use characters: not whitespace, not
// cleaned, unchanged by NFC).
const PARAGRAPH = '\uE000';
const LINE_BREAK = '\uE001';
// Invisible characters that only break word matching: zero-width space, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// C0 controls other than tab and newline never belong in text.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// C1 controls in feed text are windows-1252 bytes mislabelled as Latin-1 (&#146; for an apostrophe).
const C1 = /[\u0080-\u009F]/g;
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const NEEDS_CLEANING = /[\r\u2028\u2029\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Whitespace runs, matched only where they differ from one space (same result as /\s+/g, much faster). */
const SPACES = /\s{2,}|[^\S ]/g;

function repairC1(c: string): string {
  const mapped = WINDOWS_1252_C1[c.charCodeAt(0) - 0x80];
  return mapped.charCodeAt(0) >= 0xa0 ? mapped : '';
}

/** Line structure: spaces collapsed, lines trimmed, blank-line runs reduced to one, ends trimmed. */
function tidyLines(s: string): string {
  // Only runs and non-space whitespace are replaced: replacing every single space costs 10x more.
  const t = s.replace(/[^\S\n]{2,}|[^\S \n]/g, ' ');
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
  return tidyLines(cleanCharacters(s));
}

function cleanCharacters(s: string): string {
  let t = s;
  if (NEEDS_CLEANING.test(t)) {
    t = t.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').replace(C1, repairC1);
  }
  return t.normalize('NFC');
}

/** Markup with control characters removed (C1 read as windows-1252), as published feeds cannot carry them. */
export function cleanMarkup(html: string): string {
  if (!NEEDS_CLEANING.test(html)) return html;
  return html.replace(CONTROLS, '').replace(C1, repairC1);
}

/** Collapses text to one line (titles, authors, categories). */
export function normalizeLine(s: string): string {
  return normalizeText(s).replace(SPACES, ' ').trim();
}

/**
 * Lines from text with paragraph and line-break markers: source whitespace collapsed within each run,
 * a paragraph marker or two line breaks give one blank line, leading and trailing breaks dropped.
 */
function assembleText(marked: string): string {
  const pieces = marked.split(/([\uE000\uE001])/);
  let out = '';
  let breaks = 0;
  for (let i = 0; i < pieces.length; i += 2) {
    const text = pieces[i].replace(SPACES, ' ').trim();
    if (text !== '') {
      if (out !== '') out += breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : ' ';
      out += text;
      breaks = 0;
    }
    const marker = pieces[i + 1];
    if (marker === PARAGRAPH) breaks = 2;
    else if (marker === LINE_BREAK) breaks = Math.min(2, breaks + 1);
  }
  return out;
}

/**
 * Plain text of an HTML fragment or document: block elements give paragraphs separated by one blank line,
 * <br> a newline, script/style/noscript are dropped, entities decoded, whitespace collapsed. Never throws.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html.length === 0) return '';
  // Fast path: nothing to parse.
  if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return normalizeText(html);
  const parts: string[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP_TAGS.has(name)) skipDepth++;
        else if (name === 'br') parts.push(LINE_BREAK);
        else if (BLOCK_TAGS.has(name)) {
          parts.push(PARAGRAPH);
          if (name === 'pre') preDepth++;
        } else if (CELL_TAGS.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (SKIP_TAGS.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK_TAGS.has(name)) {
          parts.push(PARAGRAPH);
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        } else if (CELL_TAGS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (skipDepth > 0) return;
        // Source line breaks are insignificant in HTML, except inside <pre>.
        parts.push(preDepth > 0 ? text.replace(/\r?\n/g, LINE_BREAK) : text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return assembleText(cleanCharacters(parts.join('')));
}

/** HTML element names (current and obsolete); other tag-like text in a title is literal ("the </example> tag"). */
const HTML_TAGS = new Set([
  ...(
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink ' +
    'blockquote body br button canvas caption center cite code col colgroup data datalist dd del details ' +
    'dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe ilayer img input ins isindex kbd keygen label layer ' +
    'legend li link listing main map mark marquee math menu menuitem meta meter nav nobr noembed noframes ' +
    'noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby ' +
    's samp script search section select slot small source spacer span strike strong style sub summary ' +
    'sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr ' +
    'xmp '
  ).trim().split(' '),
]);

/** One line of plain text from HTML (titles, bylines): unknown tag-like text is kept as text. */
export function htmlToLine(html: string): string {
  if (typeof html !== 'string') return '';
  const guarded = html.indexOf('<') === -1
    ? html
    : html.replace(/<(\/?)([A-Za-z][\w:-]*)/g, (m, slash: string, name: string) =>
      HTML_TAGS.has(name.toLowerCase()) ? m : `&lt;${slash}${name}`);
  return htmlToText(guarded).replace(SPACES, ' ').trim();
}

/** Decodes HTML character references in a string that holds no markup. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  let out = '';
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.write(s.replace(/</g, '&lt;'));
  parser.end();
  return out;
}

/** Escapes text for inclusion in HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** HTML for a plain-text body: escaped; several paragraphs become <p> elements, line breaks <br>. */
export function textToHtml(text: string): string {
  const normalized = normalizeText(text);
  if (!normalized.includes('\n')) return escapeHtml(normalized);
  return normalized
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
