// decodeBody against feedparser's charset cases in the shared corpus (skipped when the corpus is absent).
// Known, deliberate differences: text/* without a charset is not us-ascii here (RFC 7303 dropped RFC 3023's
// rule, and real servers send UTF-8 that way); legacy multi-byte documents that declare nothing need a
// statistical detector (feedparser's chardet cases), which we do not have; gb2312 is reported as declared.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(repoRoot, '../shared/corpus/feedparser');
const present = fs.existsSync(path.join(corpus, 'expectations.json'));

interface Case {
  file: string;
  http?: { content_type?: string };
  assertions: Array<{ path: string; op: string; expected: unknown }>;
}

// Raise these as decoding improves; a drop below them is a regression.
const BASELINE = { charset: 49, text: 6 };

describe.skipIf(!present)('decodeBody on the feedparser corpus', () => {
  const cases: Case[] = present ? JSON.parse(fs.readFileSync(path.join(corpus, 'expectations.json'), 'utf8')).cases : [];
  const decode = (c: Case) => decodeBody(fs.readFileSync(path.join(corpus, c.file)), c.http?.content_type);

  it('settles on the expected charset at least as often as the baseline', () => {
    const checks = cases.flatMap((c) => c.assertions.filter((a) => a.path === 'encoding').map((a) => ({ c, expected: String(a.expected) })));
    const misses = checks.filter(({ c, expected }) => decode(c).charset !== expected.toLowerCase());
    const passed = checks.length - misses.length;
    expect(checks.length).toBeGreaterThan(60);
    expect(passed, misses.map(({ c, expected }) => `${c.file}: want ${expected}`).join('\n')).toBeGreaterThanOrEqual(BASELINE.charset);
  });

  it('produces the expected characters for the encoding cases (entity cases are the parser\'s)', () => {
    const checks = cases
      .filter((c) => c.file.startsWith('encoding/'))
      .flatMap((c) => c.assertions.filter((a) => a.op === 'eq' && typeof a.expected === 'string' && a.path !== 'encoding').map((a) => ({ c, expected: a.expected as string })));
    const passed = checks.filter(({ c, expected }) => decode(c).text.includes(expected)).length;
    expect(passed).toBeGreaterThanOrEqual(BASELINE.text);
  });

  it('decodes every corpus document without throwing', () => {
    const files = cases.map((c) => c.file);
    for (const file of files) expect(typeof decodeBody(fs.readFileSync(path.join(corpus, file))).text).toBe('string');
    expect(files.length).toBeGreaterThan(1000);
  });
});
