import { describe, expect, it } from 'vitest';
import { acceptsGzip, computeEtag, formatHttpDate, gzipEtag, isNotModified } from '../../src/publish/conditional-get.js';

const LM = Date.UTC(2023, 10, 15, 21, 0, 0);
const validators = { etag: '"abc"', lastModified: LM + 400 };

describe('isNotModified', () => {
  it.each([
    ['no conditional headers', {}, false],
    ['matching If-None-Match', { ifNoneMatch: '"abc"' }, true],
    ['matching tag in a list', { ifNoneMatch: '"x", "abc"' }, true],
    ['weak form of our tag', { ifNoneMatch: 'W/"abc"' }, true],
    ['gzip variant of our tag', { ifNoneMatch: '"abc-gz"' }, true],
    ['star', { ifNoneMatch: '*' }, true],
    ['other tag', { ifNoneMatch: '"abd"' }, false],
    ['If-None-Match wins over a matching If-Modified-Since', { ifNoneMatch: '"old"', ifModifiedSince: formatHttpDate(LM) }, false],
    ['If-Modified-Since equal to Last-Modified (sub-second part ignored)', { ifModifiedSince: formatHttpDate(LM) }, true],
    ['If-Modified-Since after Last-Modified', { ifModifiedSince: formatHttpDate(LM + 60_000) }, true],
    ['If-Modified-Since before Last-Modified', { ifModifiedSince: formatHttpDate(LM - 1000) }, false],
    ['unparseable If-Modified-Since ignored', { ifModifiedSince: 'yesterday' }, false],
    ['empty If-None-Match falls through to If-Modified-Since', { ifNoneMatch: '', ifModifiedSince: formatHttpDate(LM) }, true],
  ])('%s', (_name, headers, expected) => {
    expect(isNotModified(headers, validators)).toBe(expected);
  });
});

describe('acceptsGzip', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['deflate, gzip;q=0.5', true],
    ['gzip;q=0', false],
    ['GZIP', true],
    ['x-gzip', true],
    ['identity', false],
    ['*', true],
    ['*;q=0', false],
    ['br, *;q=0.1', true],
  ])('%s -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('validators', () => {
  it('makes strong, content-addressed ETags and a distinct tag for the gzip representation', () => {
    const tag = computeEtag(Buffer.from('<rss/>'));
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(computeEtag(Buffer.from('<rss/>'))).toBe(tag);
    expect(computeEtag(Buffer.from('<rss />'))).not.toBe(tag);
    expect(gzipEtag(tag)).toBe(`${tag.slice(0, -1)}-gz"`);
  });

  it('formats IMF-fixdate', () => {
    expect(formatHttpDate(LM)).toBe('Wed, 15 Nov 2023 21:00:00 GMT');
  });
});
