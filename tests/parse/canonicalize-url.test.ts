// canonicalizeUrl: resolution against a base, tracking parameters, fragments, host/port normalization;
// property tests (never throws on arbitrary strings, idempotent, the string-only fast path agrees with URL).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeWithUrl } from '../../src/parse/canonicalize-url.js';
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

  // Links the fast path takes or must refuse: bare "?"/"#", dot segments, %2e, xn-- labels, IPv4-looking hosts.
  it.each([
    ['https://news.example/a?', 'https://news.example/a'],
    ['https://news.example/a?#', 'https://news.example/a'],
    ['https://news.example/a?#top', 'https://news.example/a'],
    ['https://news.example/a?#section-2', 'https://news.example/a?#section-2'],
    ['https://news.example/a?utm_source=x#section-2', 'https://news.example/a#section-2'],
    ['https://news.example/a#x?utm_source=y', 'https://news.example/a#x?utm_source=y'],
    ['https://news.example/a/./b/../c', 'https://news.example/a/c'],
    ['https://news.example/a/%2e%2E/c', 'https://news.example/c'],
    ['http://xn--bcher-kva.example/x', 'http://xn--bcher-kva.example/x'],
    ['http://example.0x7f/x', undefined],
    ['http://1.2.3.4.example/x', 'http://1.2.3.4.example/x'],
  ])('%j → %j (as through URL)', (url, expected) => {
    expect(canonicalizeUrl(url)).toBe(expected);
    expect(canonicalizeWithUrl(url)).toBe(expected);
  });

  it('gives the same link with and without the fast path', () => {
    const segment = fc.constantFrom('a', 'story-1', '.', '..', '%2e', 'x%20y', 'xn--abc', '', '~u', "it's", 'a:b', '%zz', 'É', ' ', '\\', '|');
    const host = fc.constantFrom('news.example', 'NEWS.example', '127.0.0.1', '0x7f.1', 'example.com.', 'xn--bcher-kva.example', 'a..b', 'ex.123', 'user@ex.com', 'ex.com:80', 'ex.com:8080');
    const query = fc.array(fc.constantFrom('utm_source=rss', 'a=1', 'utm', 'fbclid=x', 'b', '', 'x=%20', "c='", 'd=?', '%75tm_x=1', 'q+r=1'), { maxLength: 4 });
    const fragment = fc.constantFrom('', 'top', 'section-2', 'more-12', '!route', '?utm_x=1', 'x?y', 'a#b', "x'y", ' ');
    const link = fc
      .tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', '//', 'www.', ''), host, fc.array(segment, { maxLength: 4 }),
        fc.option(query, { nil: undefined }), fc.option(fragment, { nil: undefined }))
      .map(([scheme, h, path, q, f]) => `${scheme}${h}/${path.join('/')}${q ? `?${q.join('&')}` : ''}${f !== undefined ? `#${f}` : ''}`);
    fc.assert(
      fc.property(fc.oneof(link, fc.webUrl({ withQueryParameters: true, withFragments: true })), fc.option(fc.webUrl()), (url, base) => {
        return canonicalizeUrl(url, base ?? undefined) === canonicalizeWithUrl(url, base ?? undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
