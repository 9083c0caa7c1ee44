import { describe, expect, it } from 'vitest';
import { buildReport, renderReportText } from '../../src/report/index.js';
import { createFixtureData, createFixtureStore, FIXTURE_NOW } from '../fixtures/report/fixture-store.js';
import { loadFixedModel } from './golden.js';

describe('renderReportText', () => {
  const text = renderReportText(loadFixedModel());
  const lines = text.trimEnd().split('\n');

  it('fits every line in 100 columns', () => {
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('starts with the summary and the kind counts', () => {
    expect(lines[0]).toBe("Mali's army retakes Kidal <test>");
    expect(lines[1]).toBe('feedfold copy report · generated 2023-11-20 12:00 UTC · All copies, no filters');
    expect(lines[2]).toBe('5 copies of 2 originals · 6 sources involved · median lag 45m');
    expect(lines[3]).toBe('2 of 5 credit the original · 1 related report (same event, not copies)');
    expect(lines[4]).toBe('By kind: exact 0 · verbatim 2 · boilerplate 1 · edited 1 · rewrite 1');
  });

  it('has a source table in plain columns', () => {
    const head = lines.findIndex((l) => l.startsWith('SOURCE'));
    expect(lines[head]).toMatch(/^SOURCE +ITEMS +ORIG +COPIED +COPIES +RATE +MEDIAN LAG +CREDITS +COPIES FROM$/);
    expect(lines[head + 1]).toMatch(/^portal-x +3 +0 +0 +2 +67% +33m +1\/2 +wire-a 1, wire-b 1$/);
    const rateColumn = lines[head].indexOf('RATE') + 4;
    for (const row of lines.slice(head + 1, head + 7)) expect(row[rateColumn - 1]).toBe('%');
  });

  it('ranks the top copiers with their kinds', () => {
    const top = lines.indexOf('TOP COPIERS');
    expect(lines[top + 1]).toBe(' 1. portal-x: 2 copies (1 verbatim, 1 rewrite) · median 33m · credits 1/2 · from wire-a 1, wire-b 1');
  });

  it('lists the clusters with copies and related entries (one per other cluster)', () => {
    const at = lines.indexOf('CLUSTERS (newest activity first)');
    expect(lines.slice(at + 1)).toEqual([
      'wire-b           2023-11-15 09:00   2 copies, 1 related  Separatists pull out of Kidal',
      'wire-a           2023-11-14 09:00   3 copies, 2 related  Mali army takes control of Kidal',
    ]);
  });

  it('strips control characters from feed strings so they cannot drive the terminal', async () => {
    const data = createFixtureData();
    data.items[0].title = 'Kidal\u001b[2J\u001b]0;owned\u0007 retaken\u202e';
    const out = renderReportText(await buildReport({ store: createFixtureStore(data), now: FIXTURE_NOW }));
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u202E]/);
    expect(out).toContain('Kidal[2J]0;owned retaken');
  });
});
