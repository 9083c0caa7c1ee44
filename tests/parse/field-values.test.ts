// Author, language and category cleaning.
import { describe, expect, it } from 'vitest';
import { cleanCategories, joinAuthors, normalizeLanguage, parseAuthor } from '../../src/parse/field-values.js';

describe('parseAuthor', () => {
  it.each([
    ['Aminata Traoré', 'Aminata Traoré'],
    ['desk@news.example (Aminata Traoré)', 'Aminata Traoré'],
    ['Aminata Traoré (desk@news.example)', 'Aminata Traoré'],
    ['Aminata Traoré <desk@news.example>', 'Aminata Traoré'],
    ['desk@news.example', 'desk@news.example'],
    ['(Aminata Traoré)', 'Aminata Traoré'],
    ['"Aminata Traoré"', 'Aminata Traoré'],
    ['Reporter 3', 'Reporter 3'],
    ['<b>Aminata</b> Traor&eacute;', 'Aminata Traoré'],
    ['   ', undefined],
    [undefined, undefined],
  ])('%j → %j', (raw, name) => {
    expect(parseAuthor(raw)).toBe(name);
  });

  it('joins several authors without duplicates', () => {
    expect(joinAuthors(['A', 'desk@x.example (A)', 'B'])).toBe('A, B');
    expect(joinAuthors([])).toBeUndefined();
  });
});

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'],
    ['fra', 'fra'],
    ['EN', 'en'],
    ['eN', 'en'],
    ['en_us', 'en-US'],
    ['fr-fr', 'fr-FR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['  de ', 'de'],
    ['english', undefined],
    ['', undefined],
    ['en us', undefined],
  ])('%j → %j', (raw, tag) => {
    expect(normalizeLanguage(raw)).toBe(tag);
  });
});

describe('cleanCategories', () => {
  it('trims, collapses and drops duplicates case-insensitively', () => {
    expect(cleanCategories([' Mali ', 'mali', 'Sahel\n news', '', undefined, 'Kidal'])).toEqual(['Mali', 'Sahel news', 'Kidal']);
  });
});
