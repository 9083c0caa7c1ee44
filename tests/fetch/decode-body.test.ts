import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from '../../src/fetch/index.js';

/** Bytes from a mix of ASCII text and hex escapes written as {hex}, e.g. `<t>{c5b0}</t>`. */
function b(template: string): Uint8Array {
  const parts = template.split(/\{([0-9a-f]+)\}/);
  return Buffer.concat(parts.map((part, i) => (i % 2 === 1 ? Buffer.from(part, 'hex') : Buffer.from(part, 'latin1'))));
}

const XML = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss>${body}</rss>`;

describe('decodeBody', () => {
  it.each([
    // name, bytes, content type, expected charset, expected text
    ['empty body', b(''), undefined, 'utf-8', ''],
    ['ASCII, nothing declared', b('<rss/>'), undefined, 'utf-8', '<rss/>'],
    ['valid UTF-8, nothing declared', b('<t>arm{c3a9}e</t>'), undefined, 'utf-8', '<t>armée</t>'],
    ['windows-1252 bytes, nothing declared', b('<t>l{92}arm{e9}e {97} 3 {80}</t>'), undefined, 'windows-1252', '<t>l’armée — 3 €</t>'],
    ['mostly UTF-8 with one stray byte stays UTF-8', b('<t>{c3a9}{c3a9}{c3a9} {ff}</t>'), undefined, 'utf-8', '<t>ééé \ufffd</t>'],
    ['XML declaration ISO-8859-1', b(XML('ISO-8859-1', 'arm{e9}e')), undefined, 'iso-8859-1', XML('ISO-8859-1', 'armée')],
    ['XML declaration, single quotes, leading whitespace', b(`\n  <?xml version='1.0' encoding='windows-1251'?><t>{cae8e4e0ebfc}</t>`), undefined, 'windows-1251', "\n  <?xml version='1.0' encoding='windows-1251'?><t>Кидаль</t>"],
    ['header koi8-r', b('<t>{ebc9c4c1ccd8}</t>'), 'text/xml; charset=KOI8-R', 'koi8-r', '<t>Кидаль</t>'],
    ['header shift_jis', b('<t>{834c835f838b}</t>'), 'application/rss+xml;charset=Shift_JIS', 'shift_jis', '<t>キダル</t>'],
    ['header gb18030, quoted', b('<t>{bbf9b4efb6fb}</t>'), 'application/xml; charset="gb18030"', 'gb18030', '<t>基达尔</t>'],
    ['declaration euc-kr', b(XML('euc-kr', '{c5b0b4de}')), 'application/xml', 'euc-kr', XML('euc-kr', '키달')],
    ['header iso-8859-7', b('<t>{cae9edf4dceb}</t>'), "text/xml; charset='iso-8859-7'", 'iso-8859-7', '<t>Κιντάλ</t>'],
    ['unknown header label falls through to the declaration', b(XML('iso-8859-1', '{e9}')), 'text/xml; charset=bogus', 'iso-8859-1', XML('iso-8859-1', 'é')],
    ['"replacement" labels count as unknown', b('<t>{c3a9}</t>'), 'text/xml; charset=iso-2022-kr', 'utf-8', '<t>é</t>'],
    ['label with underscores', b('<t>{e9}</t>'), 'text/xml; charset=ISO_8859_1', 'iso_8859_1', '<t>é</t>'],
    ['text/xml without charset follows the document (RFC 7303)', b(XML('iso-8859-1', '{e9}')), 'text/xml', 'iso-8859-1', XML('iso-8859-1', 'é')],
    ['a malformed charset parameter is ignored', b('<t>{c3a9}</t>'), 'text/xml; charset:iso-8859-1', 'utf-8', '<t>é</t>'],
    // The wrong-header family: the bytes decide between the header and the document's own declaration.
    ['header utf-8 over windows-1252 bytes declared as such', b(XML('windows-1252', '{93}Kidal{94}')), 'text/xml; charset=utf-8', 'windows-1252', XML('windows-1252', '“Kidal”')],
    ['header utf-8 over windows-1252 bytes, nothing declared', b('<t>arm{e9}e {80}</t>'), 'text/xml; charset=utf-8', 'windows-1252', '<t>armée €</t>'],
    ['server-default ISO-8859-1 header over real UTF-8 declared utf-8', b(XML('utf-8', 'arm{c3a9}e')), 'text/xml; charset=ISO-8859-1', 'utf-8', XML('utf-8', 'armée')],
    ['server-default ISO-8859-1 header over real UTF-8, nothing declared', b('<t>arm{c3a9}e</t>'), 'text/html; charset=iso-8859-1', 'utf-8', '<t>armée</t>'],
    ['ISO-8859-1 header over ASCII declared utf-8 keeps the header', b(XML('utf-8', 'Kidal')), 'text/xml; charset=iso-8859-1', 'iso-8859-1', XML('utf-8', 'Kidal')],
    ['header shift_jis over bytes invalid in it but valid UTF-8', b('<t>{e28094}</t>'), 'text/xml; charset=shift_jis', 'utf-8', '<t>—</t>'],
    ['a UTF-16 header over ASCII-compatible bytes is impossible', b('<t>{c3a9}</t>'), 'text/xml; charset=utf-16', 'utf-8', '<t>é</t>'],
    ['a UTF-16 declaration in ASCII-compatible bytes is impossible', b(XML('utf-16', '{c3a9}')), undefined, 'utf-8', XML('utf-16', 'é')],
    // Byte order marks win over everything, and are stripped.
    ['UTF-8 BOM beats a Latin-1 header', b('{efbbbf}<t>{c3a9}</t>'), 'text/xml; charset=iso-8859-1', 'utf-8', '<t>é</t>'],
    ['UTF-16LE BOM', b('{fffe}<\u0000t\u0000>\u0000{e900}'), undefined, 'utf-16le', '<t>é'],
    ['UTF-16BE BOM', b('{feff}{004b006900640061006c002000e9}'), undefined, 'utf-16be', 'Kidal é'],
    ['UTF-32LE BOM', b('{fffe0000}{3c000000610000003e000000e9000000}'), undefined, 'utf-32le', '<a>é'],
    ['UTF-32BE BOM', b('{0000feff}{0000003c000000e9}'), undefined, 'utf-32be', '<é'],
    ['UTF-16BE without BOM (XML Appendix F)', b(`{003c003f0078006d006c}`), undefined, 'utf-16be', '<?xml'],
    ['UTF-32LE without BOM', b('{3c000000610000003e000000e90000003c0000002f000000610000003e000000}'), undefined, 'utf-32le', '<a>é</a>'],
    ['a bare utf-16 header takes its byte order from the bytes', b('{003c0074003e}'), 'text/xml; charset=utf-16', 'utf-16be', '<t>'],
    // HTML pages name their charset in <meta>; a feed's CDATA does not count.
    ['HTML <meta charset>', b('<!doctype html><meta charset="windows-1251"><p>{cae8e4e0ebfc}</p>'), 'text/html', 'windows-1251', '<!doctype html><meta charset="windows-1251"><p>Кидаль</p>'],
    ['HTML http-equiv', b('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>{ebc9c4c1ccd8}'), undefined, 'koi8-r', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>Кидаль'],
    ['<meta> inside a feed is not a declaration', b('<rss><d><![CDATA[<meta charset="koi8-r">]]>{c3a9}</d></rss>'), undefined, 'utf-8', '<rss><d><![CDATA[<meta charset="koi8-r">]]>é</d></rss>'],
    // windows-1252 code points smuggled into UTF-8 as C1 controls are repaired.
    ['C1 controls in UTF-8 read as windows-1252', b('<t>don{c292}t {c280}</t>'), 'text/xml; charset=utf-8', 'utf-8', '<t>don’t €</t>'],
  ])('%s', (_name, bytes, contentType, charset, text) => {
    expect(decodeBody(bytes, contentType)).toEqual({ charset, text });
  });

  it('never throws and always names a charset, whatever the bytes and header', () => {
    const labels = fc.constantFrom(undefined, 'text/xml', 'text/xml; charset=utf-8', 'text/xml; charset=utf-16', 'text/xml; charset=x-nope', 'text/xml; charset=shift_jis', 'text/html; charset="');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), labels, (bytes, contentType) => {
        const result = decodeBody(bytes, contentType);
        expect(typeof result.text).toBe('string');
        expect(result.charset).toMatch(/^[a-z0-9._:-]+$/);
      }),
      { numRuns: 500, seed: 20231114 },
    );
  });

  it('decodes a multi-megabyte windows-1252 body completely', () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).fill(0x92);
    const { text, charset } = decodeBody(bytes);
    expect(charset).toBe('windows-1252');
    expect(text.length).toBe(bytes.length);
    expect(text.startsWith('’’’')).toBe(true);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml; charset=utf-8', 'utf-8'],
    ['application/rss+xml;charset= "us-ascii"', 'us-ascii'],
    ["application/atom+xml; charset='gb2312'", 'gb2312'],
    ['application/xml;charset = us-ascii', 'us-ascii'],
    ['text/xml; qs=0.9', undefined],
    ['text/xml;', undefined],
    ['text/xml; charset=', undefined],
    [undefined, undefined],
  ])('%j -> %j', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});
