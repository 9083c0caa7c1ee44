import { describe, expect, it } from 'vitest';
import { parseReportFilters, type ReportFilters, type ReportQuery } from '../../src/report/index.js';

const NOW = Date.UTC(2023, 10, 20, 12, 0);

describe('parseReportFilters', () => {
  it.each<[string, ReportQuery, ReportFilters]>([
    ['nothing', {}, {}],
    ['blank values', { from: ' ', source: '', minScore: '' }, {}],
    ['ISO date', { from: '2023-11-14' }, { from: Date.UTC(2023, 10, 14) }],
    ['ISO time with zone', { to: '2023-11-14T10:00+01:00' }, { to: Date.UTC(2023, 10, 14, 9, 0) }],
    ['ISO time without zone is UTC', { from: '2023-11-14T10:00' }, { from: Date.UTC(2023, 10, 14, 10, 0) }],
    ['epoch ms', { from: '1700000000000' }, { from: 1_700_000_000_000 }],
    ['age in hours', { from: '24h' }, { from: NOW - 86_400_000 }],
    ['age in weeks', { from: '2w' }, { from: NOW - 14 * 86_400_000 }],
    ['sources comma-separated and repeated', { source: ['a,b', 'c', 'a'] }, { sources: ['a', 'b', 'c'] }],
    ['kinds', { kind: 'verbatim,rewrite' }, { kinds: ['verbatim', 'rewrite'] }],
    ['min score', { minScore: '0.75' }, { minScore: 0.75 }],
  ])('parses %s', (_name, query, expected) => {
    expect(parseReportFilters(query, NOW)).toEqual({ ok: true, filters: expected });
  });

  it.each<[string, ReportQuery, RegExp]>([
    ['a bad date', { from: 'yesterday' }, /^from: not a date/],
    ['an impossible date', { to: '2023-13-45' }, /^to: not a date/],
    ['from after to', { from: '2023-11-15', to: '2023-11-14' }, /^from: must be before to/],
    ['an unknown kind', { kind: 'verbatim,related' }, /^kind: unknown value "related"/],
    ['a score above 1', { minScore: '1.5' }, /^minScore: must be a number from 0 to 1/],
    ['a score that is not a number', { minScore: 'high' }, /^minScore:/],
  ])('rejects %s', (_name, query, problem) => {
    const result = parseReportFilters(query, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(problem);
  });
});
