// Links in serialized form (no parsing needed) and plain references resolved against them: whatever the
// string-only path answers must be what the WHATWG URL parser gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveUrl } from '../../src/parse/canonicalize-url.js';
import { isSerializedHttp, resolveSerialized } from '../../src/parse/serialized-url.js';

const segment = fc.constantFrom('a', 'story-1', '.', '..', '%2e', 'x%20y', 'xn--abc', '', '~u', "it's", 'a:b', '%zz', 'É', ' ',
  '\t', '\\', '|', '_x', '-y', 'B');
const host = fc.constantFrom('news.example', 'News.example', '127.0.0.1', 'ex.123', 'ex.0x1f', 'xn--bcher-kva.example', 'a..b',
  'ex.com:80', 'ex.com:8080', 'user@ex.com');
const query = fc.array(fc.constantFrom('a=1', 'utm_source=rss', "c='", 'd=?', '', 'x y'), { maxLength: 3 }).map((q) => q.join('&'));
const fragment = fc.constantFrom('', 'top', 'x?y', "x'y", 'a#b', ' ');
const tail = fc
  .tuple(fc.array(segment, { maxLength: 3 }), fc.option(query, { nil: undefined }), fc.option(fragment, { nil: undefined }))
  .map(([s, q, f]) => `${s.join('/')}${q !== undefined ? `?${q}` : ''}${f !== undefined ? `#${f}` : ''}`);
const absolute = fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://'), host, tail).map(([s, h, t]) => `${s}${h}/${t}`);
const reference = fc.tuple(fc.constantFrom('', '/', '//', './', '../', '?', '#', 'mailto:'), tail).map(([p, t]) => p + t);

const href = (ref: string, base?: string) => {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
};

describe('isSerializedHttp', () => {
  it.each([
    ['https://news.example/2023/11/kidal?id=3#top', true],
    ['https://news.example', false],
    ['https://News.example/a', false],
    ['https://news.example:443/a', false],
    ['https://news.example/a/../b', false],
    ['https://127.0.0.1/a', false],
    ['https://news.example/a b', false],
  ])('%j → %j', (url, serialized) => {
    expect(isSerializedHttp(url)).toBe(serialized);
  });

  it('only accepts links the URL parser leaves unchanged', () => {
    fc.assert(
      fc.property(absolute, (url) => !isSerializedHttp(url) || href(url) === url),
      { numRuns: 3000 },
    );
  });
});

describe('resolveSerialized', () => {
  it.each([
    ['/2023/kidal?x=1', 'https://news.example/feed/rss?y#z', 'https://news.example/2023/kidal?x=1'],
    ['kidal.html', 'https://news.example/feed/rss', 'https://news.example/feed/kidal.html'],
    ['//cdn.example/x', 'https://news.example/', undefined],
    ['../up', 'https://news.example/a/b', undefined],
    ['mailto:desk@news.example', 'https://news.example/', undefined],
  ])('%j against %j → %j', (ref, base, expected) => {
    expect(resolveSerialized(ref, base)).toBe(expected);
  });

  it('answers only as the URL parser does', () => {
    fc.assert(
      fc.property(reference, absolute, (ref, base) => {
        const fast = resolveSerialized(ref, base);
        return fast === undefined || fast === href(ref, base);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves resolveUrl as the URL parser reads it (the reference alone when the base is unusable)', () => {
    fc.assert(
      fc.property(reference, absolute, (ref, base) => {
        const r = ref.trim();
        return resolveUrl(ref, base) === (r === '' ? base : (href(r, base) ?? href(r)));
      }),
      { numRuns: 2000 },
    );
  });
});
