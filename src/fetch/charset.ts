// Charset labels and byte decoders: turns a declared label into something we can decode with, and decodes.
// TextDecoder (full ICU in Node 20) does the work, with two repairs: UTF-32, which TextDecoder lacks, and C1
// control characters. Node 20.18.3+ decodes windows-1252 as Latin-1 (nodejs/node#60888), losing curly quotes
// and the euro sign; and feeds often carry windows-1252 code points as if they were Unicode (U+0092 for an
// apostrophe). C1 controls never belong in feed text, so every decode maps them as windows-1252 does.

/** A usable encoding: `label` is what we report, `decoder` what TextDecoder (or our UTF-32 code) is given. */
export interface Charset {
  label: string;
  decoder: string;
  /** Bytes per code unit: 1 for ASCII-compatible encodings, 2 for UTF-16, 4 for UTF-32. */
  unit: 1 | 2 | 4;
}

// Labels seen in feeds that the WHATWG registry does not know, mapped to a family; the endianness of the
// bare UTF-16/UTF-32 families is settled from the bytes.
const ALIASES: Record<string, string> = {
  utf16: 'utf-16',
  u16: 'utf-16',
  ucs2: 'utf-16',
  'ucs-2': 'utf-16',
  'iso-10646-ucs-2': 'utf-16',
  unicode: 'utf-16',
  utf32: 'utf-32',
  u32: 'utf-32',
  ucs4: 'utf-32',
  'ucs-4': 'utf-32',
  'iso-10646-ucs-4': 'utf-32',
  'utf-32le': 'utf-32le',
  'utf-32be': 'utf-32be',
  'utf-16': 'utf-16',
};

/** Resolves a declared charset label to a Charset, or undefined when the label is unknown or unusable. */
export function resolveCharset(raw: string | undefined): Charset | undefined {
  if (!raw) return undefined;
  const label = raw.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (label === '' || label.length > 40) return undefined;
  const alias = ALIASES[label] ?? ALIASES[label.replace(/_/g, '-')];
  if (alias) return { label: alias, decoder: alias, unit: alias.startsWith('utf-32') ? 4 : 2 };
  for (const candidate of [label, label.replace(/_/g, '-')]) {
    const decoder = whatwgName(candidate);
    if (decoder === 'utf-8') return UTF8;
    if (decoder) return { label, decoder, unit: decoder.startsWith('utf-16') ? 2 : 1 };
  }
  return undefined;
}

/** UTF-8, reported under its canonical name whatever the label said. */
export const UTF8: Charset = { label: 'utf-8', decoder: 'utf-8', unit: 1 };

/** The fallback for bytes that are not UTF-8 and declare nothing (what browsers do). */
export const WINDOWS_1252: Charset = { label: 'windows-1252', decoder: 'windows-1252', unit: 1 };

/** Whether a charset maps every byte to one character (such a decoder never rejects bytes). */
export function isSingleByte(charset: Charset): boolean {
  return /^(windows-12|windows-874|iso-8859-|koi8-|macintosh|x-mac-|ibm866)/.test(charset.decoder);
}

const knownNames = new Map<string, string | undefined>();

/** The WHATWG canonical name for a label, or undefined (unknown, or the "replacement" decoder). */
function whatwgName(label: string): string | undefined {
  if (knownNames.has(label)) return knownNames.get(label);
  let name: string | undefined;
  try {
    name = new TextDecoder(label).encoding;
  } catch {
    // Unknown labels throw a RangeError; so do the "replacement" ones (iso-2022-kr, hz-gb-2312).
    name = undefined;
  }
  if (knownNames.size < 256) knownNames.set(label, name);
  return name;
}

/** Decodes bytes with a charset; with `fatal`, returns undefined when the bytes are invalid in it. */
export function decodeWith(bytes: Uint8Array, charset: Charset, fatal: boolean): string | undefined {
  let text: string | undefined;
  if (charset.decoder === 'windows-1252') {
    text = decodeWindows1252(bytes);
  } else if (charset.decoder === 'utf-32le' || charset.decoder === 'utf-32be') {
    text = decodeUtf32(bytes, charset.decoder === 'utf-32le', fatal);
  } else {
    try {
      text = new TextDecoder(charset.decoder, { fatal, ignoreBOM: true }).decode(bytes);
    } catch {
      // Only a fatal decoder throws here: the bytes are invalid in this charset.
      text = undefined;
    }
  }
  return text === undefined ? undefined : repairC1Controls(text);
}

// WHATWG index-windows-1252 for bytes 0x80..0x9F; the five bytes it leaves as C1 controls map to themselves.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252 as Latin-1 plus the C1 repair: Buffer's Latin-1 is fast, and correct on every Node version. */
function decodeWindows1252(bytes: Uint8Array): string {
  return repairC1Controls(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}

/** Maps C1 control characters to the windows-1252 characters of the same byte value (idempotent). */
export function repairC1Controls(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** UTF-32 by hand: TextDecoder has no UTF-32. Invalid code points become U+FFFD (or fail when fatal). */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, fatal: boolean): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  if (fatal && whole !== bytes.byteLength) return undefined;
  const parts: string[] = [];
  let points: number[] = [];
  for (let i = 0; i < whole; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    if (!valid && fatal) return undefined;
    points.push(valid ? cp : 0xfffd);
    if (points.length === 8192) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  if (whole !== bytes.byteLength) points.push(0xfffd);
  parts.push(String.fromCodePoint(...points));
  return parts.join('');
}

/** Whether bytes are valid UTF-8, and how many multi-byte sequences and invalid bytes they hold. */
export function scanUtf8(bytes: Uint8Array): { valid: boolean; multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || !continues(bytes, i, len)) {
      invalid++;
      i++;
      continue;
    }
    multibyte++;
    i += len;
  }
  return { valid: invalid === 0, multibyte, invalid };
}

/** Whether a lead byte at `i` is followed by well-formed continuation bytes (no overlongs, no surrogates). */
function continues(bytes: Uint8Array, i: number, len: number): boolean {
  if (i + len > bytes.length) return false;
  const b0 = bytes[i];
  const b1 = bytes[i + 1];
  if (b1 < 0x80 || b1 > 0xbf) return false;
  if (b0 === 0xe0 && b1 < 0xa0) return false;
  if (b0 === 0xed && b1 > 0x9f) return false;
  if (b0 === 0xf0 && b1 < 0x90) return false;
  if (b0 === 0xf4 && b1 > 0x8f) return false;
  for (let k = 2; k < len; k++) {
    const c = bytes[i + k];
    if (c < 0x80 || c > 0xbf) return false;
  }
  return true;
}
