// canonicalizeUrl: resolution against a base, tracking parameters, fragments, host/port normalization;
// property tests (never throws on arbitrary strings, idempotent).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../src/parse/index.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://News.Example:443/a?utm_source=rss&id=3&utm_medium=x', undefined, 'https://news.example/a?id=3'],
    ['http://news.example:80/a', undefined, 'http://news.example/a'],
    ['http://news.example:8080/a', undefined, 'http://news.example:8080/a'],
    ['/2023/11/kidal', 'https://news.example/feed/rss.xml', 'https://news.example/2023/11/kidal'],
    ['kidal.html', 'https://news.example/feed/rss.xml', 'https://news.example/feed/kidal.html'],
    ['//cdn.example/x', 'https://news.example/', 'https://cdn.example/x'],
    ['www.news.example/a', 'https://other.example/', 'http://www.news.example/a'],
    ['https://news.example/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref_src=5&igshid=6', undefined, 'https://news.example/a'],
    ['https://news.example/a?xtor=RSS-1&at_medium=feed&page=2', undefined, 'https://news.example/a?page=2'],
    ['https://news.example/a?q=caf%C3%A9&x=a+b', undefined, 'https://news.example/a?q=caf%C3%A9&x=a+b'],
    ['https://news.example/a#xtor=RSS-3208', undefined, 'https://news.example/a'],
    ['https://news.example/a#utm_source=feed', undefined, 'https://news.example/a'],
    ['https://news.example/a#comments', undefined, 'https://news.example/a'],
    ['https://news.example/a#more-1234', undefined, 'https://news.example/a'],
    ['https://news.example/a#', undefined, 'https://news.example/a'],
    ['https://news.example/2003/05/30.html#item572', undefined, 'https://news.example/2003/05/30.html#item572'],
    ['https://news.example/#!/story/9', undefined, 'https://news.example/#!/story/9'],
    ['https://user:pw@news.example/a', undefined, 'https://news.example/a'],
    ['  https://news.example/a b  ', undefined, 'https://news.example/a%20b'],
    ['https://news.example/a?', undefined, 'https://news.example/a'],
    ['https://xn--caf-dma.example/', undefined, 'https://xn--caf-dma.example/'],
    ['https://café.example/', undefined, 'https://xn--caf-dma.example/'],
  ])('%j (base %j) → %j', (input, base, expected) => {
    expect(canonicalizeUrl(input, base)).toBe(expected);
  });

  it.each([
    ['', undefined],
    ['not a url', undefined],
    ['javascript:alert(1)', 'https://news.example/'],
    ['mailto:desk@news.example', undefined],
    ['ftp://files.example/x', undefined],
    ['data:text/html,hi', undefined],
    ['/relative/without/base', undefined],
    ['/relative', 'not a base'],
  ])('refuses %j (base %j)', (input, base) => {
    expect(canonicalizeUrl(input, base)).toBeUndefined();
  });

  const urlish = fc.oneof(
    fc.string(),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.tuple(fc.webUrl(), fc.constantFrom('?utm_source=a', '?a=1&&b=2', '#xtor=RSS', '#top', '?', '#'), fc.string())
      .map(([u, suffix, tail]) => `${u}${suffix}${tail}`),
  );

  it('never throws on arbitrary strings and bases', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.oneof(fc.string(), fc.webUrl())), (url, base) => {
        const out = canonicalizeUrl(url as string, base ?? undefined);
        return out === undefined || typeof out === 'string';
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(urlish, fc.option(fc.webUrl()), (url, base) => {
        const once = canonicalizeUrl(url, base ?? undefined);
        return once === undefined || canonicalizeUrl(once) === once;
      }),
      { numRuns: 3000 },
    );
  });
});
