import { describe, expect, it } from 'vitest';
import { chooseReportFormat, parseReportArgs, type ReportArgs } from '../../src/cli/commands/report.js';
import { UsageError } from '../../src/errors.js';

describe('parseReportArgs', () => {
  it.each<[string[], Partial<ReportArgs>]>([
    [[], { help: false, query: {} }],
    [['--help'], { help: true, query: {} }],
    [['--format', 'html', '--out', 'r.html'], { format: 'html', out: 'r.html', query: {} }],
    [['--format=json'], { format: 'json', query: {} }],
    [['--from', '24h', '--to=2023-11-20'], { query: { from: '24h', to: '2023-11-20' } }],
    [['--source', 'a', '--source=b,c', '--kind', 'verbatim'], { query: { source: ['a', 'b,c'], kind: ['verbatim'] } }],
    [['--min-score', '0.8', '--limit', '50'], { query: { minScore: '0.8' }, maxClusters: 50 }],
    [['--config', 'f.yaml', '--db', 'x.db'], { config: 'f.yaml', db: 'x.db', query: {} }],
  ])('parses %j', (args, expected) => {
    expect(parseReportArgs(args)).toMatchObject(expected);
  });

  it.each<[string[], RegExp]>([
    [['--format', 'pdf'], /--format must be html, json or text/],
    [['--out'], /--out needs a value/],
    [['--from', '--to', 'x'], /--from needs a value/],
    [['--limit', '0'], /--limit must be a whole number/],
    [['--bogus'], /unknown argument "--bogus"/],
    [['extra'], /unknown argument "extra"/],
  ])('rejects %j', (args, message) => {
    expect(() => parseReportArgs(args)).toThrow(UsageError);
    expect(() => parseReportArgs(args)).toThrow(message);
  });
});

describe('chooseReportFormat', () => {
  it.each<[Partial<ReportArgs>, boolean, string]>([
    [{}, true, 'text'],
    [{}, false, 'json'],
    [{ format: 'html' }, true, 'html'],
    [{ format: 'text', out: 'x.json' }, false, 'text'],
    [{ out: 'report.html' }, true, 'html'],
    [{ out: 'REPORT.JSON' }, true, 'json'],
    [{ out: 'report.txt' }, false, 'text'],
    [{ out: 'report' }, false, 'html'],
  ])('%j on a terminal=%s gives %s', (args, isTTY, expected) => {
    expect(chooseReportFormat(args, isTTY)).toBe(expected);
  });
});
