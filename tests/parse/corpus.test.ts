// Conformance against the shared corpus (feedparser and Miniflux test documents), when it is present.
// Prints pass rates per suite/group and fails only when a rate drops below tests/parse/corpus-baseline.json.
// CORPUS_VERBOSE=1 lists failing cases; CORPUS_FAILURES=<file> writes them as JSON; CORPUS_WRITE_BASELINE=1
// stores the current counts as the new baseline (after an improvement).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTable, runCase, runDateCases, tally, type CaseResult, type CorpusCase, type GroupRow } from './corpus-support.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = path.resolve(repoRoot, '../shared/corpus');
const baselineFile = path.join(repoRoot, 'tests/parse/corpus-baseline.json');
const present = fs.existsSync(path.join(corpusRoot, 'feedparser/expectations.json'));
if (!present) console.log(`corpus conformance skipped: ${corpusRoot} not found`);

type Baseline = Record<string, { strict: number; text: number }>;

async function runSet(set: 'feedparser' | 'miniflux'): Promise<CaseResult[]> {
  const root = path.join(corpusRoot, set);
  const doc = JSON.parse(fs.readFileSync(path.join(root, 'expectations.json'), 'utf8')) as { cases: CorpusCase[] };
  const results: CaseResult[] = [];
  for (const c of doc.cases) results.push(await runCase(root, set, c));
  return [...results, ...runDateCases(root, set)];
}

describe.skipIf(!present)('corpus conformance (../shared/corpus)', () => {
  it('keeps every group at or above its baseline pass count', async () => {
    const results = [...(await runSet('feedparser')), ...(await runSet('miniflux'))];
    const rows = tally(results);
    const totals = (prefix: string): GroupRow => rows.filter((r) => r.group.startsWith(prefix) && !r.group.endsWith(' dates')).reduce(
      (t, r) => ({ ...t, cases: t.cases + r.cases, inScope: t.inScope + r.inScope, strict: t.strict + r.strict, text: t.text + r.text }),
      { group: `${prefix} (documents)`, cases: 0, inScope: 0, strict: 0, text: 0 });
    console.log(`${formatTable([...rows, totals('feedparser'), totals('miniflux')])}\n`);
    if (process.env.CORPUS_VERBOSE) {
      for (const r of results.filter((x) => x.strict === 'fail')) console.log(`FAIL ${r.group} ${r.file}: ${r.about ?? ''} | ${r.detail ?? ''}`);
    }
    if (process.env.CORPUS_FAILURES) {
      fs.writeFileSync(process.env.CORPUS_FAILURES, JSON.stringify(results.filter((r) => r.strict !== 'pass'), null, 1));
    }
    if (process.env.CORPUS_WRITE_BASELINE) {
      const next: Baseline = Object.fromEntries(rows.map((r) => [r.group, { strict: r.strict, text: r.text }]));
      fs.writeFileSync(baselineFile, `${JSON.stringify(next, null, 2)}\n`);
    }
    const baseline = JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Baseline;
    const drops = rows.flatMap((r) => {
      const b = baseline[r.group];
      if (!b) return [];
      return [r.strict < b.strict ? `${r.group}: strict ${r.strict} < ${b.strict}` : '', r.text < b.text ? `${r.group}: as-text ${r.text} < ${b.text}` : ''].filter(Boolean);
    });
    expect(drops).toEqual([]);
  }, 300_000);
});
