// The syntax htmlparser2's tokenizer gives HTML markup, for the parts that carry no text: tag names,
// attributes, declarations, comments and CDATA sections, and which elements hold raw text. Positions are
// string indexes.
import { BLOCK_TAGS, CELL_TAGS, FOREIGN_TAGS, INTEGRATION_TAGS, SKIP_TAGS, VOID_TAGS } from './html-tags.js';

/** Character codes of '<', '>', '/' and '&'. */
export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const AMP = 0x26;

/** Raw-text elements end only at their end tag ("</script" then whitespace or ">"), compared case-insensitively. */
export const END_SEQUENCES = {
  script: '</script', style: '</style', title: '</title', textarea: '</textarea', xmp: '</xmp',
};
type RawText = keyof typeof END_SEQUENCES;

/** HTML whitespace as the tokenizer knows it (no vertical tab). */
export function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** Characters that end a tag name or an attribute name. */
export function isTagSectionEnd(c: number): boolean {
  return c === SLASH || c === GT || isWhitespace(c);
}

/** ASCII letters: the only characters that start a tag name. */
export function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The end tag that the start tag named by html[start, end) makes its content wait for, decided from its
 * letters as the tokenizer does.
 */
export function rawTextEndOf(html: string, start: number, end: number): string | undefined {
  const first = html.charCodeAt(start) | 0x20;
  const second = html.charCodeAt(start + 1) | 0x20;
  let kind: RawText | undefined;
  if (first === 0x73) kind = second === 0x63 ? 'script' : second === 0x74 ? 'style' : undefined;
  else if (first === 0x74 || first === 0x78) {
    // "<xitle>" waits for "</title" as "<title>" does: the tokenizer looks at the letters from the second on.
    kind = second === 0x69 ? 'title' : second === 0x65 ? 'textarea' : second === 0x6d ? 'xmp' : undefined;
  }
  if (kind === undefined || end - start !== kind.length) return undefined;
  for (let i = 2; i < kind.length; i++) if ((html.charCodeAt(start + i) | 0x20) !== kind.charCodeAt(i)) return undefined;
  return END_SEQUENCES[kind];
}

// Tag names the text reading cares about, plus common inline ones, by length and first letter.
const KNOWN_TAGS = new Map<number, string[]>();
for (const name of [...BLOCK_TAGS, ...SKIP_TAGS, ...CELL_TAGS, ...VOID_TAGS, ...FOREIGN_TAGS, ...INTEGRATION_TAGS,
  'a', 'abbr', 'b', 'cite', 'code', 'em', 'font', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup',
  'textarea', 'time', 'u', 'xmp']) {
  const key = name.length * 128 + name.charCodeAt(0);
  const list = KNOWN_TAGS.get(key) ?? [];
  if (!list.includes(name)) list.push(name);
  KNOWN_TAGS.set(key, list);
}

/**
 * The lower-cased tag name in html[start, end) (which starts with an ASCII letter): a shared string for
 * known names, so that common tags allocate nothing.
 */
export function tagNameAt(html: string, start: number, end: number): string {
  const candidates = KNOWN_TAGS.get((end - start) * 128 + (html.charCodeAt(start) | 0x20));
  if (candidates !== undefined) {
    for (const name of candidates) if (sameLowerCase(html, start, name)) return name;
  }
  return html.slice(start, end).toLowerCase();
}

/** Whether html[start, start + name.length) lower-cases to `name` (ASCII letters, digits and '-' only). */
function sameLowerCase(html: string, start: number, name: string): boolean {
  for (let i = 1; i < name.length; i++) {
    const c = html.charCodeAt(start + i);
    const k = name.charCodeAt(i);
    if (c !== k && !(k >= 0x61 && k <= 0x7a && c === k - 0x20)) return false;
  }
  return true;
}

/** Index after the next '>' at or after `from`; -1 when there is none. */
export function closeAt(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  return gt < 0 ? -1 : gt + 1;
}

/** After `<!` at `lt`: the end of the comment, CDATA section (a comment in HTML) or declaration; -1 if cut off. */
export function skipDeclaration(html: string, lt: number): number {
  const n = html.length;
  if (lt + 2 >= n) return -1;
  const c = html.charCodeAt(lt + 2);
  if (c === 0x5b) {
    for (let k = 0; k < 6; k++) {
      if (lt + 3 + k >= n) return -1;
      if (html.charCodeAt(lt + 3 + k) !== 'CDATA['.charCodeAt(k)) return closeAt(html, lt + 3 + k);
    }
    const end = html.indexOf(']]>', lt + 9);
    return end < 0 ? n : end + 3;
  }
  // The character after "<!" (and after "<!-" when no second dash follows) is never the closing '>'.
  if (c !== 0x2d) return closeAt(html, lt + 3);
  if (lt + 3 >= n) return -1;
  if (html.charCodeAt(lt + 3) !== 0x2d) return closeAt(html, lt + 4);
  // "<!--": dashes then '>' end it at once ("<!-->", "<!--->"); otherwise it runs to the next "-->".
  let q = lt + 4;
  while (html.charCodeAt(q) === 0x2d) q++;
  if (html.charCodeAt(q) === GT) return q + 1;
  const end = html.indexOf('-->', q);
  return end < 0 ? n : end + 3;
}

/**
 * The '>' ending the attributes that start at `from`, as `index * 2`, plus 1 when the tag is self-closing
 * ("/>" or "/ >"); -1 when the input ends first. Quoted values may hold '>'.
 */
export function skipAttributes(html: string, from: number): number {
  const n = html.length;
  // 0 before a name, 1 in a name, 2 after a name, 3 before a value, 4 unquoted value, 5 after '/'.
  let state = 0;
  for (let k = from; k < n; k++) {
    const c = html.charCodeAt(k);
    switch (state) {
      case 0:
        if (c === GT) return k * 2;
        if (c === SLASH) state = 5;
        else if (!isWhitespace(c)) state = 1;
        break;
      case 5:
        if (c === GT) return k * 2 + 1;
        if (!isWhitespace(c)) {
          state = 0;
          k--;
        }
        break;
      case 1:
        if (c === 0x3d || isTagSectionEnd(c)) {
          state = 2;
          k--;
        }
        break;
      case 2:
        if (c === 0x3d) state = 3;
        else if (c === SLASH || c === GT) {
          state = 0;
          k--;
        } else if (!isWhitespace(c)) state = 1;
        break;
      case 3:
        if (c === 0x22 || c === 0x27) {
          k = html.indexOf(c === 0x22 ? '"' : "'", k + 1);
          if (k < 0) return -1;
          state = 0;
        } else if (!isWhitespace(c)) {
          state = 4;
          k--;
        }
        break;
      default:
        if (isWhitespace(c) || c === GT) {
          state = 0;
          k--;
        }
    }
  }
  return -1;
}
