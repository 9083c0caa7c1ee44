// Plain text from the events of an HTML tokenizer, in one pass: htmlparser2's tree rules decide which
// elements each tag opens and closes, and words are joined as they arrive. The result equals collecting the
// text with paragraph markers and cleaning, NFC-normalizing and collapsing it afterwards (html-text-reference.ts):
// cleaning is per character, NFC never crosses whitespace, and only the markers and whitespace between two
// words decide what separates them.
import { cleanControls, NEEDS_CLEANING, SPACES, toNfc } from './clean-text.js';
import {
  BLOCK_TAGS, CELL_TAGS, FOREIGN_TAGS, IMPLIED_CLOSES, INTEGRATION_TAGS, SKIP_TAGS, VOID_TAGS,
} from './html-tags.js';

/**
 * Whitespace other than a space, characters cleanControls changes, markers. One character class (an alternation
 * with double spaces is three times slower); double spaces are looked for with indexOf.
 */
const UNUSUAL = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\uE000\uE001]/;
// Paragraph and line-break markers (private-use characters; a literal one in the text counts as a marker).
const MARKERS = /([\uE000\uE001])/;
const PARAGRAPH = '\uE000';

/** Receives tags and text in document order; `finish` returns the text. */
export class TextSink {
  private out = '';
  /** Paragraph (2) or line breaks (1, 2) since the last word. */
  private breaks = 0;
  /** Whitespace since the last word. */
  private space = false;
  private skipDepth = 0;
  private preDepth = 0;
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether self-closing tags close (inside svg/math), innermost last. */
  private readonly foreign: boolean[] = [false];

  /** `plainMarkup`: the markup holds no character UNUSUAL matches but line feeds (see isPlainMarkup). */
  constructor(private readonly plainMarkup = false) {}

  /** A start tag's name was read (its attributes follow). */
  openTag(name: string): void {
    const closes = IMPLIED_CLOSES.get(name);
    if (closes) {
      while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1])) this.onClose(this.stack.pop() as string);
    }
    if (!VOID_TAGS.has(name)) {
      this.stack.push(name);
      if (FOREIGN_TAGS.has(name)) this.foreign.push(true);
      else if (INTEGRATION_TAGS.has(name)) this.foreign.push(false);
    }
    this.onOpen(name);
  }

  /** The start tag ended with `>` or `/>`. */
  endOpenTag(name: string, selfClosing: boolean): void {
    if (VOID_TAGS.has(name)) this.onClose(name);
    if (selfClosing && this.foreign[this.foreign.length - 1] && this.stack[this.stack.length - 1] === name) {
      this.stack.pop();
      this.onClose(name);
    }
  }

  /** An end tag. */
  closeTag(name: string): void {
    if (FOREIGN_TAGS.has(name) || INTEGRATION_TAGS.has(name)) this.foreign.pop();
    if (VOID_TAGS.has(name)) {
      if (name === 'br') this.onOpen('br');
      return;
    }
    const pos = this.stack.lastIndexOf(name);
    if (pos !== -1) {
      while (this.stack.length > pos) this.onClose(this.stack.pop() as string);
    } else if (name === 'p') {
      // A stray </p> stands for an empty paragraph.
      this.openTag('p');
      this.stack.pop();
      this.onClose('p');
    }
  }

  /** Text copied from the markup (not decoded from a reference): in plain markup only line feeds can be odd. */
  source(chunk: string): void {
    if (this.plainMarkup && this.preDepth === 0 && chunk.indexOf('\n') === -1) {
      if (this.skipDepth === 0) this.words(chunk.indexOf('  ') === -1 ? chunk : chunk.replace(SPACES, ' '));
    } else this.text(chunk);
  }

  /** Decoded text (one tokenizer chunk: line breaks inside <pre> are counted per chunk). */
  text(chunk: string): void {
    if (this.skipDepth > 0 || chunk.length === 0) return;
    const t = this.preDepth > 0 ? chunk.replace(/\r?\n/g, '\uE001') : chunk;
    if (!UNUSUAL.test(t)) {
      this.words(t.indexOf('  ') === -1 ? t : t.replace(SPACES, ' '));
      return;
    }
    const cleaned = NEEDS_CLEANING.test(t) ? cleanControls(t) : t;
    // Whitespace between tags (checked after cleaning, which removes \v, \f and the BOM).
    if (cleaned.trim() === '') {
      if (cleaned !== '') this.space = true;
      return;
    }
    if (cleaned.indexOf('\uE000') === -1 && cleaned.indexOf('\uE001') === -1) {
      this.words(cleaned.replace(SPACES, ' '));
      return;
    }
    const pieces = cleaned.split(MARKERS);
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) this.words(pieces[i].replace(SPACES, ' '));
      else this.mark(pieces[i] === PARAGRAPH);
    }
  }

  /** The text so far, NFC-normalized. */
  finish(): string {
    return toNfc(this.out);
  }

  private onOpen(name: string): void {
    if (SKIP_TAGS.has(name)) this.skipDepth++;
    else if (name === 'br') this.mark(false);
    else if (BLOCK_TAGS.has(name)) {
      this.mark(true);
      if (name === 'pre') this.preDepth++;
    } else if (CELL_TAGS.has(name)) this.space = true;
  }

  private onClose(name: string): void {
    if (SKIP_TAGS.has(name)) this.skipDepth = Math.max(0, this.skipDepth - 1);
    else if (BLOCK_TAGS.has(name)) {
      this.mark(true);
      if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    } else if (CELL_TAGS.has(name)) this.space = true;
  }

  private mark(paragraph: boolean): void {
    this.breaks = paragraph ? 2 : Math.min(2, this.breaks + 1);
  }

  /** Clean text whose only whitespace is single spaces. */
  private words(t: string): void {
    let start = 0;
    let end = t.length;
    if (t.charCodeAt(0) === 32) {
      this.space = true;
      start = 1;
    }
    if (start >= end) return;
    const trailing = t.charCodeAt(end - 1) === 32;
    if (trailing) end--;
    if (this.out.length > 0) {
      if (this.breaks > 0) this.out += this.breaks === 2 ? '\n\n' : '\n';
      else if (this.space) this.out += ' ';
    }
    this.out += start === 0 && end === t.length ? t : t.slice(start, end);
    this.breaks = 0;
    this.space = trailing;
  }
}
