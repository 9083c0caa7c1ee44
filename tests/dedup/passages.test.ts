import { describe, expect, it } from 'vitest';
import { alignSentences, splitSentences } from '../../src/dedup/align.js';
import { dice } from '../../src/dedup/dice.js';
import { findPassages } from '../../src/dedup/passages.js';
import { prepareDoc } from '../../src/dedup/prepare.js';
import { REWRITE_A, WIRE_A, WIRE_B } from '../fixtures/dedup/stories.js';

const doc = (text: string, id = 1) => prepareDoc({ id, sourceId: `s${id}`, title: '', text }, 1);

describe('shared passages (greedy string tiling)', () => {
  it('tiles a transposed paragraph as its own passage, with offsets into both texts', () => {
    const paras = WIRE_A.split('\n\n');
    const moved = [paras[1], paras[0], ...paras.slice(2)].join('\n\n');
    const result = findPassages(doc(WIRE_A), doc(moved, 2), 8);
    const verbatim = result.passages.filter((p) => p.kind === 'verbatim');
    for (const p of verbatim) expect(moved.slice(p.bFrom, p.bTo)).toBe(WIRE_A.slice(p.aFrom, p.aTo));
    expect(result.coveredA / result.unquotedA).toBeGreaterThan(0.97);
    expect(result.ordered).toBeLessThan(1);
  });

  it('marks a shared quote as a quote and does not count it as copied text', () => {
    const result = findPassages(doc(WIRE_A), doc(WIRE_B, 2), 8);
    expect(result.passages.map((p) => p.kind)).toContain('quote');
    expect(result.coveredA / result.unquotedA).toBeLessThan(0.1);
    const quote = result.passages.find((p) => p.kind === 'quote')!;
    expect(WIRE_A.slice(quote.aFrom, quote.aTo)).toContain('We cannot keep taking octopus');
  });

  it('finds nothing shorter than the minimum run', () => {
    expect(findPassages(doc('the army took the town on monday morning'), doc('yesterday the army took the town again', 2), 8).passages).toEqual([]);
  });
});

describe('sentence alignment', () => {
  const weight = () => 1;

  it('aligns a paraphrase sentence by sentence in order', () => {
    const al = alignSentences(splitSentences(doc(WIRE_A), weight), splitSentences(doc(REWRITE_A, 2), weight), 0.35);
    expect(al.pairs.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < al.pairs.length; i++) {
      expect(al.pairs[i].a).toBeGreaterThan(al.pairs[i - 1].a);
      expect(al.pairs[i].b).toBeGreaterThan(al.pairs[i - 1].b);
    }
    expect(Math.min(al.coverageA, al.coverageB)).toBeGreaterThan(0.6);
    expect(al.passages.every((p) => p.kind === 'paraphrase')).toBe(true);
  });

  it('aligns little of an independent report on the same event (quotes masked)', () => {
    const al = alignSentences(splitSentences(doc(WIRE_A), weight), splitSentences(doc(WIRE_B, 2), weight), 0.35);
    expect(Math.min(al.coverageA, al.coverageB)).toBeLessThan(0.45);
  });

  it.each([
    ['the army retook the town', 'the army retook the town', 1],
    ['', 'anything', 0],
  ])('dice(%j, %j) = %f', (a, b, expected) => {
    expect(dice(a, b)).toBe(expected);
  });
});
