import { describe, expect, it } from 'vitest';
import { prepareDoc, splitParagraphs } from '../../src/dedup/prepare.js';
import { foldWord, tokenize } from '../../src/dedup/tokenize.js';

describe('tokenize', () => {
  it.each([
    ['Kidal retaken', ['kidal', 'retaken']],
    ["L'armée a repris Kidal", ["l'", 'armee', 'a', 'repris', 'kidal']],
    ['jusqu’à la frontière', ["jusqu'", 'a', 'la', 'frontiere']],
    ["Mali's army", ['mali', "'s", 'army']],
    ['1,500 soldiers and 1\u00a0500 more', ['1500', 'soldiers', 'and', '1500', 'more']],
    ['the ﬁnal ＫＩＤＡＬ report', ['the', 'final', 'kidal', 'report']],
    ['inter\u00adnational zero\u200bwidth', ['international', 'zerowidth']],
    ['Goïta, Œuvre, straße', ['goita', 'oeuvre', 'strasse']],
    ['“Quoted” — dashes – and ‘single’', ['quoted', 'dashes', 'and', 'single']],
    ['2023-11-14 at 10:05', ['2023', '11', '14', 'at', '10', '05']],
  ])('folds %j into %j', (text, words) => {
    expect(tokenize(text).words).toEqual(words);
  });

  it('keeps character offsets into the original text', () => {
    const text = 'Le ﬁlm d’Aminata — « Kidal » (1 500 km).';
    const tokens = tokenize(text);
    tokens.words.forEach((word, i) => {
      const raw = text.slice(tokens.start[i], tokens.end[i]);
      expect(foldWord(raw).replace(/[\s\u00a0]/g, '')).toBe(word.replace(/'$/, ''));
    });
    expect(text.slice(tokens.start[2], tokens.end[2])).toBe('d');
  });

  it.each([
    ['First sentence. Second one.', [1, 0, 1, 0]],
    ['Gen. Goita spoke. Then left.', [1, 0, 0, 1, 0]],
    ['It rose 3.5 percent. Next', [1, 0, 0, 0, 0, 1]],
    ['One line\nAnother line', [1, 0, 1, 0]],
  ])('marks sentence starts in %j', (text, starts) => {
    expect(tokenize(text).sentenceStart).toEqual(starts);
  });
});

describe('prepareDoc', () => {
  const text = 'BAMAKO (AFP) — The army entered Kidal.\n\n"We are home," a soldier said.\n\nShare this article on Facebook';
  const doc = prepareDoc({ id: 1, sourceId: 's', title: 'Army in Kidal', text }, 1);

  it('puts title tokens first, without offsets, and body offsets into the text', () => {
    expect(doc.titleCount).toBe(3);
    expect(doc.start[0]).toBe(-1);
    const first = doc.titleCount;
    expect(text.slice(doc.start[first], doc.end[first])).toBe('BAMAKO');
  });

  it('finds paragraphs, quoted speech, credits and rule boilerplate', () => {
    expect(doc.paragraphs.map((p) => text.slice(p.from, p.to).slice(0, 6))).toEqual(['BAMAKO', '"We ar', 'Share ']);
    expect(doc.paragraphs.map((p) => p.boilerplate ?? null)).toEqual([null, null, 'share']);
    const quoted = doc.words.filter((_, i) => doc.quoted[i] === 1);
    expect(quoted).toEqual(['we', 'are', 'home']);
    expect(doc.credits.map((c) => [c.name, c.kind])).toEqual([['AFP', 'dateline']]);
    expect(doc.content[doc.paragraphs[2].tokFrom]).toBe(0);
  });

  it('splits paragraphs on blank lines and trims them', () => {
    expect(splitParagraphs('  one \n\n\n two\n \nthree  ')).toEqual([[2, 5], [10, 13], [16, 21]]);
  });
});
