import { describe, expect, it } from 'vitest';
import { cleanTitle, resolveHttpUrl, sanitizeContent, stripInvalidXmlChars, textToHtml } from '../../src/publish/sanitize-content.js';

const BASE = 'https://news.example.org/africa/kidal.html';

describe('sanitizeContent', () => {
  it.each([
    ['script dropped with its text', '<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['style dropped with its text', '<style>p{color:red}</style><p>x</p>', '<p>x</p>'],
    ['iframe dropped with fallback', '<iframe src="https://evil.example/">fallback</iframe><p>x</p>', '<p>x</p>'],
    ['object and embed dropped', '<object data="x.swf">obj</object><embed src="x.swf"><p>x</p>', '<p>x</p>'],
    ['form unwrapped, inputs dropped', '<form action="https://evil.example/"><input name="a">text</form>', 'text'],
    ['event handlers removed', '<p onclick="steal()" onmouseover="x()">x</p>', '<p>x</p>'],
    ['style and class removed', '<p style="position:fixed" class="ad">x</p>', '<p>x</p>'],
    ['javascript: link unwrapped', '<a href="javascript:alert(1)">js</a>', 'js'],
    ['obfuscated javascript: (tab, case)', '<a href="JaVa&#x09;ScRiPt:alert(1)">js</a>', 'js'],
    ['entity-encoded javascript:', '<a href="&#106;avascript:alert(1)">js</a>', 'js'],
    ['vbscript: link unwrapped', '<a href=" vbscript:msgbox">vb</a>', 'vb'],
    ['data: link unwrapped', '<a href="data:text/html,&lt;script&gt;">d</a>', 'd'],
    ['data: image dropped', '<img src="data:image/png;base64,AAAA" alt="d">', ''],
    ['svg dropped with its script', '<svg><script>alert(1)</script><text>t</text></svg><p>x</p>', '<p>x</p>'],
    ['base and meta dropped', '<base href="https://evil.example/"><meta http-equiv="refresh" content="0"><p>x</p>', '<p>x</p>'],
    ['comments dropped', '<!-- secret --><p>x</p>', '<p>x</p>'],
    ['relative link made absolute, rel added', '<a href="../mali/timeline" target="_blank" rel="opener">t</a>', '<a href="https://news.example.org/mali/timeline" rel="noopener nofollow">t</a>'],
    ['absolute link keeps query, rel added', '<a href="https://ok.example/?a=1&amp;b=2">ok</a>', '<a href="https://ok.example/?a=1&amp;b=2" rel="noopener nofollow">ok</a>'],
    ['mailto link kept', '<a href="mailto:desk@news.example.org">mail</a>', '<a href="mailto:desk@news.example.org" rel="noopener nofollow">mail</a>'],
    ['relative image made absolute with its attributes', '<img src="/img/k.jpg" alt="Kidal" width="640" height="480" onerror="x()" srcset="a 2x">', '<img src="https://news.example.org/img/k.jpg" alt="Kidal" width="640" height="480" />'],
    ['protocol-relative image resolved to the base scheme', '<img src="//cdn.example.net/k.jpg">', '<img src="https://cdn.example.net/k.jpg" />'],
    ['non-numeric image dimension dropped', '<img src="k.jpg" width="expression(alert(1))" height="50%">', '<img src="https://news.example.org/africa/k.jpg" height="50%" />'],
    ['blockquote cite resolved, javascript cite dropped', '<blockquote cite="/src">a</blockquote><q cite="javascript:x">b</q>', '<blockquote cite="https://news.example.org/src">a</blockquote><q>b</q>'],
    ['unclosed tags closed', '<p>a <b>bold <i>both', '<p>a <b>bold <i>both</i></b></p>'],
    ['CDATA terminator in text escaped', '<p>a]]>b</p>', '<p>a]]&gt;b</p>'],
    ['split script tag trick', '<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['XML-invalid control characters removed', '<p>a\u0000b\u0008c\u001Fd</p>', '<p>abcd</p>'],
    ['lone surrogate removed', '<p>a\uD800b</p>', '<p>ab</p>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeContent(input, BASE)).toBe(expected);
  });

  it('drops relative links and images when there is no base to resolve them against', () => {
    expect(sanitizeContent('<a href="/x">x</a><img src="y.png" alt="y">')).toBe('x');
  });

  it('never lets an active construct through a mixed hostile document', () => {
    const hostile = [
      '<div><a href="javascript:alert(1)" onclick="a()">1</a><img src=x onerror=alert(2)>',
      '<iframe srcdoc="<script>alert(3)</script>"></iframe><object><param name=x></object>',
      '<form><button formaction="javascript:alert(4)">b</button></form><math><maction xlink:href="javascript:5">m</maction></math>',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a><img src="vbscript:6"><p style="background:url(javascript:7)">s</p></div>',
    ].join('');
    const clean = sanitizeContent(hostile, BASE);
    expect(clean).not.toMatch(/<script|<iframe|<object|<embed|<form|<svg|<math|<button|javascript:|vbscript:|data:|\son\w+=|style=/i);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['plain text kept', "Mali's army retakes Kidal", "Mali's army retakes Kidal"],
    ['stray tags removed', '<b>Kidal</b> falls <script>alert(1)</script>', 'Kidal falls alert(1)'],
    ['lone angle brackets and ampersands kept as text', 'Army says < 10 dead & "calm"', 'Army says < 10 dead & "calm"'],
    ['whitespace collapsed', '  Kidal\n\t retaken  ', 'Kidal retaken'],
    ['control characters removed', 'Kidal\u0007 retaken\u0000', 'Kidal retaken'],
  ])('%s', (_name, input, expected) => {
    expect(cleanTitle(input)).toBe(expected);
  });
});

describe('resolveHttpUrl', () => {
  it.each([
    ['https://a.example/x', undefined, 'https://a.example/x'],
    ['/x?y=1', 'https://a.example/b/c', 'https://a.example/x?y=1'],
    ['javascript:alert(1)', undefined, undefined],
    ['ftp://a.example/x', undefined, undefined],
    ['not a url', undefined, undefined],
    ['', 'https://a.example/', undefined],
    [undefined, 'https://a.example/', undefined],
  ])('%s against %s', (value, base, expected) => {
    expect(resolveHttpUrl(value, base)).toBe(expected);
  });
});

describe('textToHtml and stripInvalidXmlChars', () => {
  it('turns blank-line paragraphs into escaped <p> elements', () => {
    expect(textToHtml('Kidal <retaken> & calm.\n\nSecond\nline.')).toBe('<p>Kidal &lt;retaken&gt; &amp; calm.</p>\n<p>Second<br />line.</p>');
  });
  it('keeps tabs, newlines and astral characters', () => {
    expect(stripInvalidXmlChars('a\tb\nc\r😀\uFFFE')).toBe('a\tb\nc\r😀');
  });
});
