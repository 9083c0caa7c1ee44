// Text folding for matching: case and accents removed, split into words (apostrophes split French elisions).

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
// Combining diacritical mark blocks: what NFKD splits off accented letters.
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
// Word characters: ASCII letters and digits, and everything from U+00C0 up except the punctuation blocks
// (General Punctuation, Supplemental Punctuation, CJK symbols). A plain class, because \p{L} regexes are
// several times slower on the long texts every poll matches.
const SEPARATORS = /[^a-z0-9\u00c0-\u1fff\u2070-\u2dff\u3040-\uffef]+/;

/** Lower-cases and strips accents: "Goïta" → "goita", "Œuvre" → "oeuvre". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c);
}

/** The words of a text, folded. Anything that is not a letter or digit separates words, so "l'Azawad" gives
 *  ["l", "azawad"] and "Mali's" gives ["mali", "s"]: elisions and possessives need no special case. */
export function tokenize(text: string): string[] {
  const words = foldText(text).split(SEPARATORS);
  if (words.length > 0 && words[0] === '') words.shift();
  if (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words;
}
