// htmlToText and normalizeText: paragraphs, line breaks, dropped elements, entities, whitespace; property
// tests (never throw, idempotent); plain markup (isPlainMarkup) read the same with the checks skipped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, normalizeText } from '../../src/parse/index.js';
import { cleanMarkup, htmlToLine, isPlainMarkup, textToHtml } from '../../src/parse/html-to-text.js';

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<p>One</p>\n\n\n<div><p>Two</p></div>', 'One\n\nTwo'],
    ['Line one<br>line two<br/>line three', 'Line one\nline two\nline three'],
    ['a<br><br><br>b', 'a\n\nb'],
    ['<h2>Title</h2>Body text', 'Title\n\nBody text'],
    ['<ul><li>first</li><li>second</li></ul>', 'first\n\nsecond'],
    ['<p>Kidal&nbsp;: l&rsquo;arm&eacute;e &amp; les &#233;lus</p>', 'Kidal : l’armée & les élus'],
    ['<p>  lots   of\n\tspace  </p>', 'lots of space'],
    ['<p>keep</p><script>var x = "<p>no</p>";</script><style>p{}</style><noscript>no</noscript>', 'keep'],
    ['<b>bold</b> and <a href="/x">link</a>', 'bold and link'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\n\nc'],
    ['<pre>line 1\nline 2</pre>', 'line 1\nline 2'],
    ['text with &lt;tags&gt; escaped', 'text with <tags> escaped'],
    ['zero\u200bwidth soft\u00adhyphen', 'zerowidth softhyphen'],
    ['don&#146;t', 'don’t'],
    ['<p>unclosed <b>tags', 'unclosed tags'],
    ['', ''],
    ['plain text only', 'plain text only'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('never throws and returns normalized text for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        const out = htmlToText(input as string);
        return typeof out === 'string' && normalizeText(out) === out;
      }),
      { numRuns: 2000 },
    );
  });

  // Text without markup characters, wrapped in random tags: the first pass leaves nothing to re-interpret.
  const safeText = fc.stringMatching(/^[\w ,.éàç’!?\n-]{0,30}$/);
  const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      safeText,
      fc.constantFrom('<br>', '&nbsp;', '&eacute;', '&#233;', '<img src="x.png" alt="y">'),
      fc.tuple(fc.constantFrom('p', 'div', 'b', 'em', 'li', 'h3', 'span', 'script', 'pre', 'td'), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
    ),
  })).node;

  it('is idempotent on HTML whose text holds no markup characters', () => {
    fc.assert(
      fc.property(fragment, (html) => htmlToText(htmlToText(html)) === htmlToText(html)),
      { numRuns: 1500 },
    );
  });
});

describe('normalizeText', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a \n \n b', 'a\n\nb'],
    ['e\u0301', 'é'],
    ['x\u0000y\u0007z', 'xyz'],
    ['\u0093quoted\u0094', '“quoted”'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent and never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        const once = normalizeText(s);
        return normalizeText(once) === once;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('htmlToLine and textToHtml', () => {
  it.each([
    ['<b>Kidal</b>\n after', 'Kidal after'],
    ['The &lt;/example&gt; tag', 'The </example> tag'],
    ['Why <blink> died', 'Why died'],
    ['AT&T', 'AT&T'],
  ])('htmlToLine %j → %j', (html, line) => {
    expect(htmlToLine(html)).toBe(line);
  });

  it.each([
    ['a < b & c', 'a &lt; b &amp; c'],
    ['one\n\ntwo\nthree', '<p>one</p>\n<p>two<br>three</p>'],
  ])('textToHtml %j → %j', (text, html) => {
    expect(textToHtml(text)).toBe(html);
  });
});

describe('isPlainMarkup', () => {
  it.each([
    ['<p>Kidal’s army</p>\n<p>Gao  town</p>', true],
    ['é &amp; ü', true],
    ['a\tb', false],
    ['a\u00a0b', false],
    ['a\r\nb', false],
    ['a\u0092b', false],
    ['a\u00adb', false],
    ['a\ufeffb', false],
    ['a\ue000b', false],
  ])('%j → %j', (html, plain) => {
    expect(isPlainMarkup(html)).toBe(plain);
  });

  it('lets htmlToText and cleanMarkup skip their checks without changing their result', () => {
    const part = fc.constantFrom('<p>', '</p>', '<br>', '<pre>', '</pre>', '<b>', '&amp;', '&#146;', '&nbsp;', ' ', '  ', '\n', 'Kidal', 'é', '\t', '\u00a0', '\r');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }).map((p) => p.join('')), (html) => {
        if (!isPlainMarkup(html)) return true;
        return htmlToText(html, true) === htmlToText(html) && cleanMarkup(html, true) === cleanMarkup(html);
      }),
      { numRuns: 2000 },
    );
  });
});
