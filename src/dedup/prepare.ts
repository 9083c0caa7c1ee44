// Text preparation: title + body tokens with offsets into StoredItem.text, paragraphs with hashes, quoted
// speech, sentence starts, credits, and which tokens count for similarity (boilerplate paragraphs do not).
import { matchBoilerplateRule, mayBeBoilerplate } from './boilerplate-rules.js';
import { extractCredits, isCreditOnly, type Credit } from './credits.js';
import { HashedWordSet, hashString, hashWindow } from './hash.js';
import { findQuoteSpans, markQuoted } from './quotes.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** The fields of an item that preparation reads. */
export interface PrepareInput {
  id: number;
  sourceId: string;
  title: string;
  text: string;
}

/** One paragraph of the body: character range, token range and hash of its folded words. */
export interface Paragraph {
  from: number;
  to: number;
  tokFrom: number;
  tokTo: number;
  hash: number;
  /** Why it is left out of similarity (rule name, `credit`, `learned-source`, `learned-global`), if it is. */
  boilerplate?: string;
}

/** A prepared item. Token arrays cover the title (offsets -1) then the body (offsets index `text`). */
export interface PreparedDoc {
  itemId: number;
  sourceId: string;
  text: string;
  words: string[];
  wordHash: Uint32Array;
  start: Int32Array;
  end: Int32Array;
  titleCount: number;
  sentenceStart: Uint8Array;
  quoted: Uint8Array;
  stop: Uint8Array;
  /** 1 for tokens used in similarity (title and non-boilerplate paragraphs). */
  content: Uint8Array;
  paragraphs: Paragraph[];
  credits: Credit[];
  /** Derived arrays (content indices, shingles, sets), cleared whenever the content mask changes. */
  cache: Record<string, unknown>;
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;
const STOP_SET = new HashedWordSet(STOPWORDS);

/** Tokenizes title and body, finds paragraphs, quotes, credits and rule boilerplate (learned boilerplate: applyLearned). */
export function prepareDoc(item: PrepareInput, seed: number): PreparedDoc {
  const title = tokenize(item.title ?? '');
  const body = tokenize(item.text ?? '');
  const titleCount = title.words.length;
  const n = titleCount + body.words.length;
  const words = title.words.concat(body.words);
  const wordHash = new Uint32Array(n);
  const stop = new Uint8Array(n);
  const stopwords = STOP_SET.forSeed(seed);
  for (let i = 0; i < n; i++) {
    wordHash[i] = hashString(words[i], seed);
    stop[i] = stopwords.has(words[i], wordHash[i]) ? 1 : 0;
  }
  const start = new Int32Array(n).fill(-1);
  const end = new Int32Array(n).fill(-1);
  start.set(body.start, titleCount);
  end.set(body.end, titleCount);
  const sentenceStart = new Uint8Array(n);
  sentenceStart.set(title.sentenceStart, 0);
  sentenceStart.set(body.sentenceStart, titleCount);
  const quoted = new Uint8Array(n);
  quoted.set(markQuoted(body.start, findQuoteSpans(item.text ?? '')), titleCount);
  const content = new Uint8Array(n).fill(1);
  const paragraphs: Paragraph[] = [];
  const credits: Credit[] = [];
  let tok = titleCount;
  for (const [from, to] of splitParagraphs(item.text ?? '')) {
    const tokFrom = tok;
    while (tok < n && start[tok] < to) tok++;
    const raw = item.text.slice(from, to);
    const count = tok - tokFrom;
    credits.push(...extractCredits(raw, from, count));
    const hash = count > 0 ? hashWindow(wordHash, tokFrom, count, seed ^ 0x7a11) : 0;
    const para: Paragraph = { from, to, tokFrom, tokTo: tok, hash };
    if (isCreditOnly(raw, count)) para.boilerplate = 'credit';
    else if (mayBeBoilerplate(words, tokFrom, tok, raw, wordHash, seed)) para.boilerplate = matchBoilerplateRule(raw, count);
    if (count > 0) sentenceStart[tokFrom] = 1;
    paragraphs.push(para);
  }
  const doc: PreparedDoc = {
    itemId: item.id, sourceId: item.sourceId, text: item.text ?? '', words, wordHash, start, end, titleCount,
    sentenceStart, quoted, stop, content, paragraphs, credits, cache: {},
  };
  refreshContent(doc);
  return doc;
}

/** Marks paragraphs whose hash is learned boilerplate (source or global), then recomputes the content mask. */
export function applyLearned(doc: PreparedDoc, learned: ReadonlyMap<number, string>): void {
  for (const p of doc.paragraphs) if (!p.boilerplate && learned.has(p.hash)) p.boilerplate = learned.get(p.hash);
  refreshContent(doc);
}

function refreshContent(doc: PreparedDoc): void {
  doc.cache = {};
  doc.content.fill(1);
  for (const p of doc.paragraphs) if (p.boilerplate) doc.content.fill(0, p.tokFrom, p.tokTo);
}

/** Character ranges of the paragraphs of a text (blank-line separated, trimmed, empty ones skipped). */
export function splitParagraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Indices of the content tokens, in order (what shingles and passages are built on). */
export function contentIndices(doc: PreparedDoc): Int32Array {
  if (doc.cache.contentIdx) return doc.cache.contentIdx as Int32Array;
  let count = 0;
  for (let i = 0; i < doc.content.length; i++) count += doc.content[i];
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < doc.content.length; i++) if (doc.content[i]) out[k++] = i;
  doc.cache.contentIdx = out;
  return out;
}
