// The htmlparser2 reading of HTML as plain text. It defines what htmlToText returns; htmlToText itself uses a
// single-pass scanner with the same result and falls back to this for markup cut off mid-construct.
import { Parser } from 'htmlparser2';
import { cleanCharacters, SPACES } from './clean-text.js';
import { BLOCK_TAGS, CELL_TAGS, SKIP_TAGS } from './html-tags.js';

// Paragraph and line-break markers while the text is assembled (private-use characters: not whitespace, not
// cleaned, unchanged by NFC).
const PARAGRAPH = '\uE000';
const LINE_BREAK = '\uE001';

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

/** Plain text of HTML read with htmlparser2's callbacks (the behaviour htmlToText is tested against). */
export function htmlToTextByParser(html: string): string {
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

/** Decodes HTML character references in a string that holds no markup. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  let out = '';
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.write(s.replace(/</g, '&lt;'));
  parser.end();
  return out;
}
