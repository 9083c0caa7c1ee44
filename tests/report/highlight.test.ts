import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHighlightedText, type HighlightSpan } from '../../src/report/index.js';
import { findElements, textOf } from './html-helpers.js';

const mark = (from: number, to: number, className = 'verbatim'): HighlightSpan => ({ from, to, tag: 'mark', className });
const del = (from: number, to: number): HighlightSpan => ({ from, to, tag: 'del', className: 'boilerplate' });

describe('renderHighlightedText', () => {
  it.each<[string, string, HighlightSpan[], string]>([
    ['no spans', 'a < b & c', [], 'a &lt; b &amp; c'],
    ['one mark', 'abcdef', [mark(1, 3)], 'a<mark class="verbatim">bc</mark>def'],
    ['adjacent marks stay two', 'abcdef', [mark(0, 3), mark(3, 6, 'quote')], '<mark class="verbatim">abc</mark><mark class="quote">def</mark>'],
    ['overlap: the first listed wins', 'abcdef', [mark(0, 4), mark(2, 6, 'paraphrase')], '<mark class="verbatim">abcd</mark><mark class="paraphrase">ef</mark>'],
    ['del inside a mark wraps the mark piece', 'abcdef', [mark(0, 6), del(2, 4)], '<mark class="verbatim">ab</mark><del class="boilerplate"><mark class="verbatim">cd</mark></del><mark class="verbatim">ef</mark>'],
    ['mark crossing a del edge', 'abcdef', [del(0, 3), mark(2, 5)], '<del class="boilerplate">ab<mark class="verbatim">c</mark></del><mark class="verbatim">de</mark>f'],
    ['text between spans is escaped', '<b>"x"</b>', [mark(3, 6)], '&lt;b&gt;<mark class="verbatim">&quot;x&quot;</mark>&lt;/b&gt;'],
    ['markup inside a span is escaped', 'x<script>y', [mark(1, 9)], 'x<mark class="verbatim">&lt;script&gt;</mark>y'],
    ['out-of-range spans are clamped', 'abc', [mark(-5, 2), mark(2, 99, 'quote')], '<mark class="verbatim">ab</mark><mark class="quote">c</mark>'],
    ['empty, inverted and NaN spans are ignored', 'abc', [mark(1, 1), mark(2, 1), mark(Number.NaN, 2)], 'abc'],
    ['a surrogate pair is never split', 'a😀b', [mark(2, 4)], 'a<mark class="verbatim">😀b</mark>'],
    ['empty text', '', [mark(0, 3)], ''],
  ])('%s', (_name, text, spans, expected) => {
    expect(renderHighlightedText(text, spans)).toBe(expected);
  });

  it('escapes attribute values', () => {
    const html = renderHighlightedText('abc', [{ from: 0, to: 3, tag: 'del', className: 'x', attrs: { title: '"><img src=x>' } }]);
    expect(html).toBe('<del class="x" title="&quot;&gt;&lt;img src=x&gt;">abc</del>');
  });

  it('keeps the text and produces only balanced mark/del elements for any spans', () => {
    const span = fc.record({
      from: fc.integer({ min: -3, max: 40 }),
      to: fc.integer({ min: -3, max: 40 }),
      tag: fc.constantFrom<'mark' | 'del'>('mark', 'del'),
      className: fc.constantFrom('verbatim', 'paraphrase', 'quote', 'boilerplate'),
    });
    const text = fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'b', ' ', '<', '>', '&', '"', "'", '\n', 'é', '😀') });
    fc.assert(
      fc.property(text, fc.array(span, { maxLength: 8 }), (t, spans) => {
        const html = renderHighlightedText(t, spans);
        expect(textOf(html)).toBe(t);
        const tags = html.match(/<\/?[a-z]+/g) ?? [];
        const stack: string[] = [];
        for (const tag of tags) {
          expect(['<mark', '<del', '</mark', '</del']).toContain(tag);
          if (tag.startsWith('</')) expect(stack.pop()).toBe(tag.slice(2));
          else stack.push(tag.slice(1));
        }
        expect(stack).toEqual([]);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('marks exactly the requested offsets', () => {
    const text = 'The army entered Kidal on Tuesday.';
    const from = text.indexOf('entered');
    const to = text.indexOf(' on');
    const [el] = findElements(renderHighlightedText(text, [mark(from, to)]), 'mark');
    expect(el.text).toBe('entered Kidal');
  });
});
