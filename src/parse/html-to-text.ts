// Plain text from HTML and from sloppy text: block elements become paragraphs, <br> a line break.
import { normalizeText, SPACES } from './clean-text.js';
import { scanHtmlText } from './html-scan.js';
import { htmlToTextByParser } from './html-text-reference.js';

export { cleanMarkup, isPlainMarkup, normalizeLine, normalizeText } from './clean-text.js';
export { decodeEntities } from './html-text-reference.js';

/**
 * Plain text of an HTML fragment or document: block elements give paragraphs separated by one blank line,
 * <br> a newline, script/style/noscript are dropped, entities decoded, whitespace collapsed. Never throws.
 * `plainMarkup` may be passed as true only when isPlainMarkup(html) holds (saves checking each text run).
 */
export function htmlToText(html: string, plainMarkup = false): string {
  if (typeof html !== 'string' || html.length === 0) return '';
  // Fast path: nothing to parse.
  if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return normalizeText(html);
  // The scanner reads as htmlparser2 does; markup cut off at the end is left to htmlparser2 itself.
  return scanHtmlText(html, plainMarkup) ?? htmlToTextByParser(html);
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
  // htmlToText leaves single spaces only: line breaks are all there is to collapse.
  const text = htmlToText(guarded);
  return text.indexOf('\n') === -1 ? text : text.replace(SPACES, ' ').trim();
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
