// The single-pass HTML-to-text scanner against its reference, htmlparser2 (htmlToTextByParser): the same text
// for tricky markup (tables below) and for generated HTML (property tests), in plain-markup mode too; markup
// cut off at the end is left to the reference; numeric references, the windows-1252 range included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainMarkup } from '../../src/parse/clean-text.js';
import { scanHtmlText } from '../../src/parse/html-scan.js';
import { htmlToTextByParser } from '../../src/parse/html-text-reference.js';
import { htmlToText } from '../../src/parse/index.js';

describe('scanHtmlText', () => {
  it.each([
    ['<p>Kidal</p>\n<p>Gao</p>', 'Kidal\n\nGao'],
    ['a</>b</ >c', 'a</>b</ >c'],
    ['a<!-->b<!--->c<!-- x -- y -->d', 'abcd'],
    ['a<![CDATA[<p>hidden</p>]]>b', 'ab'],
    ['a<!DOCTYPE html>b<?php echo ?>c', 'abc'],
    ['<xitle>a &amp; b</title>after', 'a & bafter'],
    ['<script>if (a < b) document.write("</p>")</script>kept', 'kept'],
    ['<SCRIPT >x</script\n>kept', 'kept'],
    ['<title>A &lt;b&gt;</title>', 'A <b>'],
    ['<textarea>&amp;</textarea>', '&amp;'],
    ['<svg><path/></svg>after', 'after'],
    ['<div/>inside', 'inside'],
    ['<ul><li>one<li>two</ul>', 'one\n\ntwo'],
    ['a</p>b', 'a\n\nb'],
    ['a</br>b', 'a\nb'],
    ['<a href="x>y" title=\'q\'>link</a> text', 'link text'],
    ['&#128;&#150;&#159; &#146;', '€–Ÿ ’'],
    ['&#x41;&#65&#0;&#xD800;&#1114112;', 'AA\uFFFD\uFFFD\uFFFD'],
    ['x&notit;y &copy 2023 &amp', 'x¬it;y © 2023 &'],
    ['a&#11;b a&#12; b', 'ab a b'],
    ['e&#769; <b>e</b>&#x301;', 'é é'],
    ['<pre>one\r\ntwo&#10;three</pre>', 'one\ntwo\nthree'],
    ['<table><tr><td>a<td>b</table>', 'a b'],
  ])('%j → %j, as htmlparser2 reads it', (html, text) => {
    expect(scanHtmlText(html)).toBe(text);
    expect(htmlToTextByParser(html)).toBe(text);
  });

  it.each([
    ['a<lin\u212A>b<P>c</P >d<H2>e</h2><Td>f<tD>g'],
    ['<ANNOTATION-XML>a</annotation-xml>b<foreignObject><p/>c</foreignObject>'],
    ['<SvG><Title>t</TITLE><P/>x</svg>y'],
    ['<TEXTAREA>&amp;</textarea><XMP><b></XMP>z'],
  ])('reads tag names in any case as htmlparser2 does: %j', (html) => {
    expect(scanHtmlText(html)).toBe(htmlToTextByParser(html));
  });

  it.each([['text<p'], ['text <!doctype'], ['a<b title="x'], ['<script>never closed'], ['a</p x'], ['x <!']])(
    'leaves %j (cut off inside markup) to htmlparser2',
    (html) => {
      expect(scanHtmlText(html)).toBeUndefined();
      expect(htmlToText(html)).toBe(htmlToTextByParser(html));
    },
  );

  const tag = fc
    .constantFrom('p', 'div', 'br', 'b', 'li', 'td', 'tr', 'table', 'pre', 'script', 'style', 'title', 'textarea',
      'xmp', 'xitle', 'svg', 'math', 'desc', 'select', 'option', 'input', 'head', 'body', 'hr', 'img', 'noscript',
      'h2', 'dd', 'tbody', 'span', 'P', 'Script', 'PRE')
    .chain((t) => fc.constantFrom(`<${t}>`, `</${t}>`, `<${t}/>`, `<${t} a="x>y" b='q' c=d>`, `</${t} x>`, `<${t}\n>`, `<${t}/ >`));
  const reference = fc.oneof(
    fc.constantFrom('&amp;', '&nbsp;', '&notit;', '&amp', '&copy2023', '&eacute;', '&NotEqualTilde;', '&', '&#', '&#x;'),
    fc.integer({ min: 0, max: 0x11ffff }).chain((n) => fc.constantFrom(`&#${n};`, `&#x${n.toString(16)};`, `&#${n} `)),
  );
  const other = fc.constantFrom('<!-- c -->', '<!-->', '<!---x-->', '<!DOCTYPE html>', '<![CDATA[x<p>y]]>',
    '<![CDAT>', '<?xml x?>', '</>', '</ >', '</3>', '<3', '< p', '<<p>', '</script', '</title >', '</br>');
  const text = fc.oneof(
    fc.constantFrom(' ', '  ', '\n', '\r\n', '\r', '\t', '\v', '\f', '\u00a0', '\u2028', '\u200b', '\u00ad', '\u0093',
      '\u0081', '\u0007', '\uFEFF', '\uE000', '\uE001', '\x1C', '\x0F', 'e\u0301', '\u2000', 'Kidal', 'é', '’'),
    fc.string({ maxLength: 5 }),
  );
  const html = fc.array(fc.oneof(tag, reference, other, text), { maxLength: 40 }).map((parts) => parts.join(''));

  it('reads generated HTML as htmlparser2 does (or leaves it to htmlparser2)', () => {
    fc.assert(
      fc.property(html, (h) => {
        const fast = scanHtmlText(h);
        return fast === undefined || fast === htmlToTextByParser(h);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads generated plain markup the same in plain-markup mode', () => {
    const plainText = fc.constantFrom(' ', '  ', '\n', '\n\n', 'Kidal', 'é', '’', 'a  b');
    const plainHtml = fc.array(fc.oneof(tag, reference, other, plainText), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(plainHtml, (h) => {
        if (!isPlainMarkup(h)) return true;
        const fast = scanHtmlText(h, true);
        return fast === undefined || fast === htmlToTextByParser(h);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads arbitrary character soup as htmlparser2 does', () => {
    const soup = fc
      .array(fc.constantFrom(...'<>/!?-[]&#;="\' \nabcdeilmprstxyzPST0123456789', 'CDATA[', 'script', 'title', 'pre', 'amp', 'br'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(soup, (h) => {
        const fast = scanHtmlText(h);
        return fast === undefined || fast === htmlToTextByParser(h);
      }),
      { numRuns: 3000 },
    );
  });
});
