import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { runDemo } from '../../src/demo/run-demo.js';
import { renderDemo, formatLag } from '../../src/demo/render-demo.js';
import { compareWithLabels, type LabelItem } from '../../src/demo/labels.js';
import { runCli } from '../cli/run-cli.js';

const MINI = path.resolve(import.meta.dirname, '../fixtures/demo/mini');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempCwd(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-demo-'));
  made.push(dir);
  return dir;
}

describe('runDemo', () => {
  it('serves the demo feeds, polls them into a fresh database and compares with the labels', async () => {
    const cwd = tempCwd();
    const result = await runDemo({ demoDir: MINI, cwd, now: () => Date.parse('2023-11-15T00:00:00Z') });
    expect(result.dbPath).toBe(path.join(cwd, 'data/demo.db'));
    expect(result.outcomes.map((o) => [o.sourceId, o.outcome, o.newItems, o.code])).toEqual([
      ['wire', 'new', 1, undefined],
      ['mirror', 'new', 1, undefined],
      ['broken', 'failed', 0, 'FETCH_HTTP_404'],
    ]);
    expect(result.storedItems).toBe(2);
    expect(result.offTopic).toBe(1);
    expect(result.comparison?.offTopicStored).toEqual([]);
    expect(result.comparison?.onTopicMissed).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    const [{ cluster, items }] = result.clusters;
    expect(items.get(cluster.originalItemId)?.sourceId).toBe('wire');
    expect(cluster.members.map((m) => [m.sourceId, m.isOriginal, m.lagSeconds])).toEqual([['wire', true, 0], ['mirror', false, 7200]]);
    expect(result.comparison?.pairs).toMatchObject({ truePositive: 1, falsePositive: 0, falseNegative: 0 });
    expect(result.comparison?.originals).toMatchObject({ correct: 1, total: 1 });
    const text = renderDemo(result, cwd);
    expect(text).toContain('Stored 2 items; 1 off-topic items skipped; 1 source failed (broken).');
    expect(text).toContain('same-original pairs: precision 100%, recall 100%');
    expect(text).toMatch(/└ \w+ +mirror +\+2h  Army enters Kidal/);
  });

  it('recreates its database on every run', async () => {
    const cwd = tempCwd();
    const now = () => Date.parse('2023-11-15T00:00:00Z');
    await runDemo({ demoDir: MINI, cwd, now });
    const second = await runDemo({ demoDir: MINI, cwd, now });
    expect(second.outcomes.map((o) => o.newItems)).toEqual([1, 1, 0]);
  });

  it('refuses to wipe a --db that is not a demo database', async () => {
    const cwd = tempCwd();
    fs.mkdirSync(path.join(cwd, 'config'));
    fs.writeFileSync(path.join(cwd, 'config/feedfold.yaml'), 'sources:\n  - { id: rfi, url: "https://www.rfi.fr/fr/afrique/rss" }\ndatabase: { path: real.db }\n');
    expect((await runCli(['sources', 'list'], cwd)).code).toBe(0);
    const run = await runCli(['demo', '--dir', MINI, '--db', 'real.db'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a demo database');
    expect(fs.existsSync(path.join(cwd, 'real.db'))).toBe(true);
  });

  it('runs as `feedfold demo` and prints sources, totals and the labels verdict', async () => {
    const cwd = tempCwd();
    const run = await runCli(['demo', '--dir', MINI], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^feedfold demo: 3 bundled feeds served at http:\/\/127\.0\.0\.1:\d+, database data\/demo\.db$/m);
    expect(run.stdout).toMatch(/^ {2}broken +failed FETCH_HTTP_404/m);
    expect(run.stdout).toContain('Against the labels');
  });

  it('runs the bundled demo without a failure of its own', async () => {
    const cwd = tempCwd();
    const result = await runDemo({ cwd, now: Date.now });
    expect(result.outcomes.length).toBe(result.config.sources.length);
    expect(result.storedItems).toBeGreaterThan(10);
    expect(result.comparison?.offTopicStored).toEqual([]);
  });
});

describe('compareWithLabels', () => {
  const label = (link: string, kind: LabelItem['kind'], derivesFrom: string | null = null): LabelItem => ({ feed: 'f.xml', link, title: link, story: 's', kind, derivesFrom });
  it('counts pairs, originals, kinds and topic mistakes', () => {
    const labels = [label('o', 'original'), label('c1', 'verbatim', 'o'), label('c2', 'rewrite', 'o'), label('i', 'independent'), label('x', 'offtopic'), label('m', 'original')];
    const found: Record<string, { stored: boolean; clusterKey?: string; isOriginal?: boolean; kind?: string }> = {
      o: { stored: true, clusterKey: 'A', isOriginal: true },
      c1: { stored: true, clusterKey: 'A', kind: 'verbatim' },
      c2: { stored: true, clusterKey: 'B', kind: undefined },
      i: { stored: true, clusterKey: 'A', kind: 'edited' },
      x: { stored: true, clusterKey: 'X' },
      m: { stored: false },
    };
    const result = compareWithLabels(labels, (l) => ({ sourceFailed: false, ...found[l.link] }));
    expect(result.pairs).toEqual({ truePositive: 1, falsePositive: 2, falseNegative: 2, precision: 1 / 3, recall: 1 / 3 });
    expect(result.originals).toEqual({ correct: 1, total: 1, wrong: [] });
    expect(result.kinds).toEqual({ agree: 1, total: 2 });
    expect(result.offTopicStored).toEqual(['x']);
    expect(result.onTopicMissed).toEqual(['m']);
  });

  it.each([
    [0, '0'],
    [45 * 60, '+45m'],
    [2 * 3600 + 600, '+2h10m'],
    [27 * 3600, '+1d3h'],
  ])('formatLag(%i) = %s', (seconds, text) => {
    expect(formatLag(seconds)).toBe(text);
  });
});
