// Character references in HTML text, decoded as htmlparser2 decodes them in text (legacy mode: a missing
// semicolon is tolerated). Numeric references are computed here; named ones are looked up once through
// htmlparser2 and remembered, so the long entity table is never duplicated.
import { decodeEntities } from './html-text-reference.js';

/** A decoded reference: its text and the index just past it. */
export interface DecodedReference {
  text: string;
  end: number;
}

// Code points HTML maps elsewhere in a numeric reference: NUL and the windows-1252 range &#128;-&#159;.
const REMAPPED = new Map<number, number>([
  [0, 0xfffd], [128, 0x20ac], [130, 0x201a], [131, 0x192], [132, 0x201e], [133, 0x2026], [134, 0x2020],
  [135, 0x2021], [136, 0x2c6], [137, 0x2030], [138, 0x160], [139, 0x2039], [140, 0x152], [142, 0x17d],
  [145, 0x2018], [146, 0x2019], [147, 0x201c], [148, 0x201d], [149, 0x2022], [150, 0x2013], [151, 0x2014],
  [152, 0x2dc], [153, 0x2122], [154, 0x161], [155, 0x203a], [156, 0x153], [158, 0x17e], [159, 0x178],
]);

const namedCache = new Map<string, string>();
const NAMED_CACHE_LIMIT = 4096;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function numericReference(html: string, amp: number): DecodedReference | undefined {
  let i = amp + 2;
  const hex = (html.charCodeAt(i) | 0x20) === 0x78;
  if (hex) i++;
  const digitsStart = i;
  let value = 0;
  for (;;) {
    const c = html.charCodeAt(i);
    if (hex ? !isHexDigit(c) : !isDigit(c)) break;
    value = value * (hex ? 16 : 10) + (c <= 57 ? c - 48 : (c | 0x20) - 87);
    i++;
  }
  if (i === digitsStart) return undefined;
  if (html.charCodeAt(i) === 0x3b) i++;
  const cp = (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff ? 0xfffd : (REMAPPED.get(value) ?? value);
  return { text: String.fromCodePoint(cp), end: i };
}

/**
 * The character reference starting at `amp` (html[amp] is '&'), or undefined when the '&' is literal text.
 * A named reference is decoded with everything up to its end (letters, digits, ';'): what follows a legacy
 * prefix ("&notit;" → "¬it;") is text either way.
 */
export function readReference(html: string, amp: number): DecodedReference | undefined {
  const next = html.charCodeAt(amp + 1);
  if (next === 0x23) return numericReference(html, amp);
  let i = amp + 1;
  while (isAlphanumeric(html.charCodeAt(i))) i++;
  if (i === amp + 1) return undefined;
  const terminated = html.charCodeAt(i) === 0x3b;
  const token = html.slice(amp, terminated ? i + 1 : i);
  let text = namedCache.get(token);
  if (text === undefined) {
    // An unterminated name is decoded followed by a space: any character but ';' ends it the same way.
    text = terminated ? decodeEntities(token) : decodeEntities(`${token} `).slice(0, -1);
    if (namedCache.size < NAMED_CACHE_LIMIT) namedCache.set(token, text);
  }
  return { text, end: amp + token.length };
}
