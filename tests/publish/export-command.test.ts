import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../src/cli/commands/export.js';

describe('parseExportArgs', () => {
  it.each([
    [['--out', 'public'], { help: false, out: 'public' }],
    [['--out=public', '--limit', '20'], { help: false, out: 'public', limit: 20 }],
    [['--out', 'd', '--base-url', 'https://static.example.net/kidal/'], { help: false, out: 'd', baseUrl: 'https://static.example.net/kidal/' }],
    [['--out', 'd', '--config', 'c.yaml', '--db=f.db'], { help: false, out: 'd', config: 'c.yaml', db: 'f.db' }],
    [['--help'], { help: true }],
  ])('%j', (args, expected) => {
    expect(parseExportArgs(args)).toEqual(expected);
  });

  it.each([
    [[], /--out DIR is required/],
    [['--out'], /--out needs a value/],
    [['--out', '--limit', '3'], /--out needs a value/],
    [['--out', 'd', '--limit', '0'], /--limit must be a whole number/],
    [['--out', 'd', '--base-url', 'ftp://x.example/'], /--base-url must be an http\(s\) URL/],
    [['--out', 'd', '--format', 'rss'], /unknown argument "--format"/],
  ])('%j is refused', (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(message);
  });
});
