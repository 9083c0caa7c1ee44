// Bytes to text for a fetched feed: picks the charset from the HTTP header, the BOM, the byte layout, the XML
// declaration or HTML <meta>, then UTF-8, falling back to windows-1252. Pure; never throws.
import { decodeWith, isSingleByte, resolveCharset, scanUtf8, UTF8, WINDOWS_1252 } from './charset.js';
import type { Charset } from './charset.js';

/** A decoded body and the charset that was used (lower case; `utf-16le`, `windows-1252`, `iso-8859-1`...). */
export interface DecodedBody {
  text: string;
  charset: string;
}

const BOMS: Array<{ bytes: number[]; charset: Charset }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: UTF8 },
  // The UTF-32LE BOM starts like the UTF-16LE one, so it is tested first.
  { bytes: [0xff, 0xfe, 0x00, 0x00], charset: { label: 'utf-32le', decoder: 'utf-32le', unit: 4 } },
  { bytes: [0x00, 0x00, 0xfe, 0xff], charset: { label: 'utf-32be', decoder: 'utf-32be', unit: 4 } },
  { bytes: [0xff, 0xfe], charset: { label: 'utf-16le', decoder: 'utf-16le', unit: 2 } },
  { bytes: [0xfe, 0xff], charset: { label: 'utf-16be', decoder: 'utf-16be', unit: 2 } },
];

/** Decodes a feed body to text, BOM stripped; see the module comment for the order of evidence. */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  if (bytes.length === 0) return { text: '', charset: UTF8.label };
  // A byte order mark is the strongest evidence there is (WHATWG and XML 1.0 Appendix F let it win).
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return { text: decodeWith(bytes.subarray(bom.bytes.length), bom.charset, false) ?? '', charset: bom.charset.label };
    }
  }
  // No BOM, but '<' laid out as 16- or 32-bit units: no ASCII-compatible label can be right.
  const layout = sniffLayout(bytes);
  if (layout) return { text: decodeWith(bytes, layout, false) ?? '', charset: layout.label };
  // From here the bytes are ASCII-compatible, so a UTF-16/32 label is impossible and is ignored.
  const header = asciiCompatible(resolveCharset(charsetFromContentType(contentType)));
  const declared = asciiCompatible(resolveCharset(sniffDeclaration(bytes)));
  return pickAndDecode(bytes, header, declared);
}

/** The `charset` parameter of a Content-Type header value, unquoted, or undefined. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const param of contentType.split(';').slice(1)) {
    const m = /^\s*charset\s*=\s*(.*?)\s*$/i.exec(param);
    if (m) return m[1].replace(/^["']\s*|\s*["']$/g, '') || undefined;
  }
  return undefined;
}

function pickAndDecode(bytes: Uint8Array, header: Charset | undefined, declared: Charset | undefined): DecodedBody {
  // The strict UTF-8 decode is tried at most once (null: the bytes are not UTF-8); a full scan only when needed.
  let strict: string | null | undefined;
  const utf8Text = (): string | null => (strict === undefined ? (strict = decodeWith(bytes, UTF8, true) ?? null) : strict);
  const asUtf8 = (): DecodedBody => ({ text: utf8Text() ?? decodeWith(bytes, UTF8, false) ?? '', charset: UTF8.label });
  // Not UTF-8 after all: keep UTF-8 when it is mostly UTF-8 with a stray byte, else read it as windows-1252.
  const notUtf8 = (): DecodedBody => {
    const scan = scanUtf8(bytes);
    return scan.multibyte > scan.invalid ? asUtf8() : decodeAs(bytes, WINDOWS_1252);
  };
  const declaredFits = (): DecodedBody | undefined => {
    const text = declared && declared.decoder !== header?.decoder ? decodeWith(bytes, declared, true) : undefined;
    return text === undefined || !declared ? undefined : { text, charset: declared.label };
  };
  if (header) {
    if (header === UTF8) return utf8Text() !== null ? asUtf8() : (declaredFits() ?? notUtf8());
    const text = decodeWith(bytes, header, true);
    if (text !== undefined) {
      // A single-byte header over bytes that are real multi-byte UTF-8 and declare UTF-8 (or nothing, which
      // is UTF-8 for XML and JSON) is a server default such as Apache's ISO-8859-1, not the document's.
      const serverDefault =
        isSingleByte(header) && (!declared || declared === UTF8) && /[^\x00-\x7f]/.test(text) && utf8Text() !== null;
      return serverDefault ? asUtf8() : { text, charset: header.label };
    }
    // The bytes are invalid in the header's charset: a wrong header. Trust a declaration the bytes agree with.
    return declaredFits() ?? (utf8Text() !== null ? asUtf8() : decodeAs(bytes, header));
  }
  if (declared && declared !== UTF8) {
    const text = decodeWith(bytes, declared, true);
    if (text !== undefined) return { text, charset: declared.label };
    return utf8Text() !== null ? asUtf8() : decodeAs(bytes, declared);
  }
  return utf8Text() !== null ? asUtf8() : notUtf8();
}

function decodeAs(bytes: Uint8Array, charset: Charset): DecodedBody {
  return { text: decodeWith(bytes, charset, false) ?? '', charset: charset.label };
}

function asciiCompatible(charset: Charset | undefined): Charset | undefined {
  return charset && charset.unit === 1 ? charset : undefined;
}

/** XML 1.0 Appendix F without a BOM: an ASCII character as the first 16- or 32-bit unit. */
function sniffLayout(bytes: Uint8Array): Charset | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes;
  const z = (x: number): boolean => x === 0;
  const ascii = (x: number): boolean => x > 0 && x < 0x80;
  if (z(a) && z(b) && z(c) && ascii(d)) return { label: 'utf-32be', decoder: 'utf-32be', unit: 4 };
  if (ascii(a) && z(b) && z(c) && z(d)) return { label: 'utf-32le', decoder: 'utf-32le', unit: 4 };
  if (z(a) && ascii(b) && z(c) && ascii(d)) return { label: 'utf-16be', decoder: 'utf-16be', unit: 2 };
  if (ascii(a) && z(b) && ascii(c) && z(d)) return { label: 'utf-16le', decoder: 'utf-16le', unit: 2 };
  return undefined;
}

/** The encoding named by an XML declaration, or by <meta charset> / http-equiv in an HTML page. */
function sniffDeclaration(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/.exec(head);
  if (xml) return xml[1];
  if (/^\s*<\?xml\s/.test(head) || !/<(?:!doctype\s+html|html[\s>])/i.test(head)) return undefined;
  return /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
}
