// A single-pass reading of HTML as plain text that follows htmlparser2's tokenizer state for state (tags,
// attributes, comments, CDATA, declarations, raw-text elements, character references; see html-markup.ts)
// while skipping over text with indexOf. Markup cut off by the end of the input is left to htmlparser2 itself.
import { readReference } from './html-entity.js';
import {
  AMP, closeAt, END_SEQUENCES, GT, isAsciiAlpha, isTagSectionEnd, isWhitespace, LT, rawTextEndOf, skipAttributes,
  skipDeclaration, SLASH, tagNameAt,
} from './html-markup.js';
import { TextSink } from './html-text-sink.js';

/**
 * Reads HTML into plain text; undefined when markup is cut off before its end (see htmlToTextByParser).
 * `plainMarkup`: the caller checked the markup with isPlainMarkup.
 */
export function scanHtmlText(html: string, plainMarkup = false): string | undefined {
  return new HtmlScanner(html, plainMarkup).run();
}

class HtmlScanner {
  private readonly sink: TextSink;
  private readonly n: number;
  /** The next '&' at or after the text being emitted (-1: none left). */
  private amp: number;

  constructor(private readonly html: string, plainMarkup: boolean) {
    this.sink = new TextSink(plainMarkup);
    this.n = html.length;
    this.amp = html.indexOf('&');
  }

  run(): string | undefined {
    const { html, n } = this;
    let textStart = 0;
    let from = 0;
    for (;;) {
      const lt = html.indexOf('<', from);
      // A '<' at the very end is text.
      if (lt === -1 || lt === n - 1) break;
      const c = html.charCodeAt(lt + 1);
      let next: number;
      if (isAsciiAlpha(c)) {
        this.emitText(textStart, lt);
        next = this.startTag(lt);
      } else if (c === SLASH) {
        let k = lt + 2;
        while (k < n && isWhitespace(html.charCodeAt(k))) k++;
        if (k >= n) return undefined;
        if (html.charCodeAt(k) === GT) {
          // "</>" and "</ >" are text.
          from = k + 1;
          continue;
        }
        this.emitText(textStart, lt);
        next = this.endTag(k);
      } else if (c === 0x21) {
        this.emitText(textStart, lt);
        next = skipDeclaration(html, lt);
      } else if (c === 0x3f) {
        this.emitText(textStart, lt);
        next = closeAt(html, lt + 2);
      } else {
        // '<' followed by anything else is text.
        from = lt + 1;
        continue;
      }
      if (next < 0) return undefined;
      textStart = from = next;
    }
    this.emitText(textStart, n);
    return this.sink.finish();
  }

  /** Text in [start, end) with its character references decoded; each reference is a chunk of its own. */
  private emitText(start: number, end: number): void {
    let s = start;
    if (this.amp !== -1 && this.amp < s) this.amp = this.html.indexOf('&', s);
    while (this.amp !== -1 && this.amp < end) {
      const ref = readReference(this.html, this.amp);
      if (ref === undefined) {
        this.amp = this.html.indexOf('&', this.amp + 1);
        continue;
      }
      if (this.amp > s) this.sink.source(this.html.slice(s, this.amp));
      this.sink.text(ref.text);
      s = ref.end;
      this.amp = this.html.indexOf('&', s);
    }
    if (end > s) this.sink.source(this.html.slice(s, end));
  }

  /** An end tag whose name starts at `k` (after "</" and any whitespace), or a bogus comment. */
  private endTag(k: number): number {
    const { html, n } = this;
    if (!isAsciiAlpha(html.charCodeAt(k))) return closeAt(html, k + 1);
    let e = k + 1;
    while (e < n && html.charCodeAt(e) !== GT && !isWhitespace(html.charCodeAt(e))) e++;
    if (e >= n) return -1;
    this.sink.closeTag(tagNameAt(html, k, e));
    return closeAt(html, e);
  }

  /** `<name attributes>`: the element, then the raw text of script/style/title/textarea/xmp. */
  private startTag(lt: number): number {
    const { html, n } = this;
    let e = lt + 2;
    while (e < n && !isTagSectionEnd(html.charCodeAt(e))) e++;
    if (e >= n) return -1;
    const name = tagNameAt(html, lt + 1, e);
    this.sink.openTag(name);
    const end = skipAttributes(html, e);
    if (end < 0) return -1;
    const gt = Math.floor(end / 2);
    const selfClosing = end % 2 === 1;
    this.sink.endOpenTag(name, selfClosing);
    const rawTextEnd = selfClosing ? undefined : rawTextEndOf(html, lt + 1, e);
    return rawTextEnd === undefined ? gt + 1 : this.rawText(gt + 1, rawTextEnd);
  }

  /**
   * Raw text from `start` to the end tag `sequence` (case-insensitive; then whitespace or '>'); only <title>
   * text has character references. Returns the index after the end tag, -1 when it never comes.
   */
  private rawText(start: number, sequence: string): number {
    const { html, n } = this;
    const decode = sequence === END_SEQUENCES.title;
    const length = sequence.length;
    let matched = 0;
    let section = start;
    for (let k = start; k < n; k++) {
      const c = html.charCodeAt(k);
      if (matched === length) {
        if (c === GT || isWhitespace(c)) {
          const textEnd = k - length;
          if (textEnd > section) this.sink.source(html.slice(section, textEnd));
          this.sink.closeTag(tagNameAt(html, textEnd + 2, k));
          return c === GT ? k + 1 : closeAt(html, k + 1);
        }
        matched = 0;
      }
      if ((c | 0x20) === sequence.charCodeAt(matched)) matched++;
      else if (matched === 0) {
        if (!decode) {
          const lt = html.indexOf('<', k + 1);
          if (lt < 0) return -1;
          k = lt;
          matched = 1;
        } else if (c === AMP) {
          const ref = readReference(html, k);
          if (ref !== undefined) {
            if (k > section) this.sink.source(html.slice(section, k));
            this.sink.text(ref.text);
            section = ref.end;
            k = ref.end - 1;
          }
        }
      } else matched = c === LT ? 1 : 0;
    }
    return -1;
  }
}
