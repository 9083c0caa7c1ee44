import { describe, it, expect } from 'vitest';
import { parseTime, splitArgv } from '../../src/cli/args.js';
import { deriveSourceId, sameFeedUrl } from '../../src/cli/source-id.js';
import { EXIT, exitCodeFor } from '../../src/cli/exit-codes.js';
import { ConfigError, DedupParamsError, StoreError, UsageError } from '../../src/errors.js';

describe('splitArgv', () => {
  it.each([
    [[], { command: undefined, args: [], help: false, version: false }],
    [['--version'], { command: undefined, args: [], help: false, version: true }],
    [['-h'], { command: undefined, args: [], help: true, version: false }],
    [['poll'], { command: 'poll', args: [], help: false, version: false }],
    [['poll', '--source', 'rfi'], { command: 'poll', args: ['--source', 'rfi'], help: false, version: false }],
    [['--config', 'a.yaml', 'poll', '--db', 'x.db'], { command: 'poll', args: ['--db', 'x.db', '--config', 'a.yaml'], help: false, version: false }],
    [['--db=x.db', 'items', 'list'], { command: 'items', args: ['list', '--db=x.db'], help: false, version: false }],
    [['--help', 'poll'], { command: 'poll', args: [], help: true, version: false }],
    [['--', 'poll'], { command: 'poll', args: [], help: false, version: false }],
  ])('%j', (argv, expected) => {
    expect(splitArgv(argv)).toEqual(expected);
  });

  it.each([
    [['--config'], '--config needs a value'],
    [['--db', '--help'], '--db needs a value'],
    [['--verbose', 'poll'], 'unknown option --verbose (see feedfold --help)'],
  ])('refuses %j', (argv, message) => {
    expect(() => splitArgv(argv)).toThrow(new UsageError(message));
  });
});

describe('parseTime', () => {
  const now = Date.parse('2023-11-20T12:00:00Z');
  it.each([
    ['2023-11-14', Date.parse('2023-11-14T00:00:00Z')],
    ['2023-11-14T10:00Z', Date.parse('2023-11-14T10:00:00Z')],
    ['1700000000000', 1_700_000_000_000],
    ['90m', now - 90 * 60_000],
    ['24h', now - 86_400_000],
    ['7d', now - 7 * 86_400_000],
    ['2w', now - 14 * 86_400_000],
  ])('%s', (value, expected) => {
    expect(parseTime('items', 'since', value, now)).toBe(expected);
  });

  it('refuses nonsense with the flag named', () => {
    expect(() => parseTime('items', 'since', 'yesterday-ish', now)).toThrow(/items: --since must be a date/);
  });
});

describe('deriveSourceId and sameFeedUrl', () => {
  it.each([
    ['https://www.rfi.fr/fr/afrique/rss', [], 'rfi-fr'],
    ['https://feeds.bbci.co.uk/news/world/africa/rss.xml', [], 'bbci-co-uk'],
    ['Le Monde Afrique', [], 'le-monde-afrique'],
    ['Journal du Mali — Actualités', [], 'journal-du-mali-actualites'],
    ['https://www.rfi.fr/en/africa/rss', ['rfi-fr'], 'rfi-fr-2'],
    ['!!!', [], 'source'],
  ])('%s → %s', (input, taken, id) => {
    expect(deriveSourceId(input, new Set(taken))).toBe(id);
  });

  it.each([
    ['https://x.org/feed/', 'https://X.org/feed', true],
    ['http://x.org:80/feed', 'http://x.org/feed', true],
    ['https://x.org/feed?a=1', 'https://x.org/feed?a=2', false],
    ['https://x.org/feed', 'http://x.org/feed', false],
  ])('%s = %s: %s', (a, b, same) => {
    expect(sameFeedUrl(a, b)).toBe(same);
  });
});

describe('exit codes', () => {
  it.each([
    [new UsageError('x'), EXIT.USAGE],
    [new ConfigError(['a: b']), EXIT.CONFIG],
    [new DedupParamsError('DEDUP_PARAMS_CHANGED', 'run feedfold dedup rebuild'), EXIT.CONFIG],
    [new StoreError('STORE_OPEN_FAILED', 'x'), EXIT.DATABASE],
    [Object.assign(new Error('disk I/O error'), { name: 'SqliteError' }), EXIT.DATABASE],
    // pg's DatabaseError: a server error with its SQLSTATE (here: the admin ended the connection).
    [Object.assign(new Error('terminating connection due to administrator command'), { severity: 'FATAL', code: '57P01' }), EXIT.DATABASE],
    [new TypeError('bug'), EXIT.INTERNAL],
  ])('%s → %i', (error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it('keeps the documented numbers', () => {
    expect(EXIT).toEqual({ OK: 0, SOURCES_FAILED: 1, USAGE: 2, CONFIG: 3, DATABASE: 4, INTERNAL: 70 });
  });
});
