// parseFeed never fails with anything but ParseError, on arbitrary text or a real feed damaged anywhere.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { parseFeed } from '../../src/parse/index.js';

const URL = 'https://news.example/feed.xml';
describe('robustness', () => {
  const fixture = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/parse/rss2.xml'), 'utf8');
  const onlyParseErrors = async (text: string) => {
    try {
      const feed = await parseFeed(text, URL);
      return Array.isArray(feed.items) && feed.items.every((i) => typeof i.identity === 'string' && typeof i.text === 'string');
    } catch (error) {
      return error instanceof ParseError;
    }
  };

  it('fails only with ParseError on arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<rss', '<feed', '{"items":')
      .chain((start) => fc.string().map((rest) => start + rest))), onlyParseErrors), { numRuns: 300 });
  });

  it('fails only with ParseError on a real feed cut or damaged anywhere', async () => {
    const damaged = fc.tuple(fc.nat(fixture.length), fc.nat(fixture.length), fc.constantFrom('', '<', '&', '>', ']]>', '"', '<!--'))
      .map(([cut, at, insert]) => {
        const text = fixture.slice(0, Math.max(cut, 200));
        return text.slice(0, at) + insert + text.slice(at);
      });
    await fc.assert(fc.asyncProperty(damaged, onlyParseErrors), { numRuns: 300 });
  });
});
