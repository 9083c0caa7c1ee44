// Test helpers: parse rendered HTML with htmlparser2 and collect elements with their decoded text.
import { Parser } from 'htmlparser2';

/** One element found in the HTML: its tag, attributes and the decoded text inside it. */
export interface FoundElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

/** Every element of the given tags (all when `tags` is empty), in document order, with inner text decoded. */
export function findElements(html: string, ...tags: string[]): FoundElement[] {
  const found: FoundElement[] = [];
  const open: FoundElement[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el = { tag: name, attrs, text: '' };
        if (tags.length === 0 || tags.includes(name)) found.push(el);
        open.push(el);
      },
      ontext(text) {
        for (const el of open) el.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** The decoded text of the whole document (tags removed). */
export function textOf(html: string): string {
  let text = '';
  const parser = new Parser({ ontext: (t) => (text += t) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text;
}
