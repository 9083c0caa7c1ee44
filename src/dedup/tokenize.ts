// Tokenizer with token → character offsets: words are runs of letters, digits and combining marks, folded
// (NFKD compatibility forms, accents and case removed, zero-width characters dropped). Numbers are kept, with
// digit-group separators joined ("1,500" = "1 500" = "1500"). French elision ("l'armée") yields the clitic "l'"
// as its own function word; English tails ("Mali's") become "'s". A character scanner with an ASCII fast path.
import { ABBREVIATIONS, ENGLISH_TAILS, FRENCH_CLITICS } from './stopwords.js';

/** Tokens of one string; `start`/`end` index that string (end exclusive). */
export interface TokenList {
  words: string[];
  start: number[];
  end: number[];
  /** 1 where a sentence starts at this token. */
  sentenceStart: number[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const INVISIBLE = /[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF,.\u00A0\u202F\u2009]/gu;
const GROUP_SEPARATORS = ',.\u00A0\u202F\u2009';
const SENTENCE_END = /[.!?\u2026\u061f\u3002]/;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/** Folds one raw token: compatibility decomposition, accents, zero-width characters and case removed. */
export function foldWord(raw: string): string {
  let ascii = true;
  for (let i = 0; i < raw.length && ascii; i++) ascii = raw.charCodeAt(i) < 128;
  if (ascii) return raw.toLowerCase();
  const folded = raw.normalize('NFKD').replace(INVISIBLE, '').toLowerCase();
  return /[œæßøđłı]/.test(folded) ? folded.replace(/[œæßøđłı]/g, (c) => LIGATURES[c]) : folded;
}

/** Splits `text` into folded tokens with their character offsets and sentence starts. */
export function tokenize(text: string): TokenList {
  const out: TokenList = { words: [], start: [], end: [], sentenceStart: [] };
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  let prevWord = '';
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const from = i;
    let digits = true;
    while (i < n && isWordChar(text, i)) {
      if (digits && !isDigit(text.charCodeAt(i))) digits = false;
      i++;
    }
    // "1,500" and "1 500": a separator followed by exactly three digits continues a number.
    let joined = false;
    while (digits && GROUP_SEPARATORS.includes(text[i] ?? '\u0000') && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))
      && isDigit(text.charCodeAt(i + 3)) && (i + 4 >= n || !isWordChar(text, i + 4))) {
      i += 4;
      joined = true;
    }
    const raw = text.slice(from, i);
    let word = joined ? raw.replace(/[,.\u00A0\u202F\u2009]/g, '') : foldWord(raw);
    if (word.length === 0) continue;
    if (isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1) && FRENCH_CLITICS.has(word)) {
      word = `${word}'`;
    } else if (from > 1 && isApostrophe(text.charCodeAt(from - 1)) && isLetterAt(text, from - 2) && ENGLISH_TAILS.has(word)) {
      word = `'${word}`;
    }
    // Fast path: a single space between two words never ends a sentence.
    const plain = from - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
    const isStart = out.words.length === 0 || (!plain && isSentenceBreak(text.slice(prevEnd, from), prevWord, raw));
    out.sentenceStart.push(isStart ? 1 : 0);
    out.words.push(word);
    out.start.push(from);
    out.end.push(i);
    prevEnd = i;
    prevWord = word;
  }
  return out;
}

// ' ’ ʼ ′: the apostrophes of elision and contraction.
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc || code === 0x2032;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordChar(text, i - 1);
  return WORD_CHAR.test(text[i]);
}

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /\p{L}/u.test(text[i]);
}

// Why: a period after "Gen" or an initial ("J. Smith") or inside "3.5" is not the end of a sentence.
function isSentenceBreak(gap: string, prevWord: string, raw: string): boolean {
  if (gap.includes('\n')) return true;
  if (!SENTENCE_END.test(gap)) return false;
  if (gap.startsWith('.') && (ABBREVIATIONS.has(prevWord) || (prevWord.length === 1 && /[a-z]/.test(prevWord)))) return false;
  const first = raw[0];
  if (/\p{N}/u.test(first) && /^[.,]$/.test(gap)) return false;
  return first.toLowerCase() !== first || /\p{N}/u.test(first) || /["\u201c\u00ab\u2018(\[]/.test(gap);
}
