import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { runDemo, type DemoResult } from '../../src/demo/run-demo.js';
import { renderDemo, formatLag } from '../../src/demo/render-demo.js';
import { compareWithLabels, readLabels, type LabelItem } from '../../src/demo/labels.js';
import type { StoredItem } from '../../src/model.js';
import { canonicalizeUrl } from '../../src/parse/index.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../cli/run-cli.js';

const MINI = path.resolve(import.meta.dirname, '../fixtures/demo/mini');
const DEMO_LABELS = path.resolve(import.meta.dirname, '../../config/demo/labels.json');
const at = (iso: string): number => Date.parse(iso);

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
    expect(result.mode).toBe('replay');
    expect(result.rounds).toEqual([
      { at: at('2023-11-14T10:00Z'), published: 1, newItems: 1, copies: 0, sources: [{ sourceId: 'wire', newItems: 1 }] },
      { at: at('2023-11-14T11:00Z'), published: 1, newItems: 0, copies: 0, sources: [] },
      { at: at('2023-11-14T12:00Z'), published: 1, newItems: 1, copies: 1, sources: [{ sourceId: 'mirror', newItems: 1 }] },
    ]);
    expect(text).toContain('Replay: 3 rounds on a 30-minute grid from 2023-11-14 10:00 to 2023-11-14 12:00 UTC');
    expect(text).toMatch(/^ {2}2023-11-14 12:00 {2}published \+1 +stored \+1 +copies \+1 +mirror$/m);
  });

  it('replays with conditional GET: a feed unchanged since the last round answers 304', async () => {
    const result = await runDemo({ demoDir: MINI, cwd: tempCwd() });
    const store = await openStore(result.dbPath, { readonly: true });
    try {
      const statuses = async (sourceId: string): Promise<Array<number | undefined>> => (await store.pollRuns.list({ sourceId })).reverse().map((r) => r.status);
      expect(await statuses('wire')).toEqual([200, 200, 304]);
      expect(await statuses('mirror')).toEqual([200, 304, 200]);
      expect((await store.items.list()).map((i) => [i.sourceId, new Date(i.firstSeenAt).toISOString()])).toEqual(
        expect.arrayContaining([['wire', '2023-11-14T10:00:00.000Z'], ['mirror', '2023-11-14T12:00:00.000Z']]),
      );
    } finally {
      await store.close();
    }
  });

  it('keeps the one-shot poll as mode "single" (every item first seen at the clock)', async () => {
    const cwd = tempCwd();
    const result = await runDemo({ demoDir: MINI, cwd, mode: 'single', now: () => at('2023-11-15T00:00Z') });
    expect(result.rounds).toEqual([]);
    expect(result.outcomes.map((o) => [o.sourceId, o.outcome, o.newItems])).toEqual([['wire', 'new', 1], ['mirror', 'new', 1], ['broken', 'failed', 0]]);
    expect(result.clusters[0].cluster.members.map((m) => m.lagSeconds)).toEqual([0, 7200]);
    expect(renderDemo(result, cwd)).not.toContain('Replay:');
    const run = await runCli(['demo', '--dir', MINI, '--single'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Replay:');
    expect(run.stdout).toMatch(/^ {2}wire +new 1 \(2 seen, 1 off-topic\)$/m);
  });

  it.each([
    [['--every', '0'], /--every must be a whole number/],
    [['--every', 'soon'], /--every must be a whole number/],
    [['--every', '60', '--single'], /--every applies to the replay/],
  ])('exits 2 on demo %j', async (args, message) => {
    const run = await runCli(['demo', '--dir', MINI, ...args], tempCwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('says what a --dir folder lacks instead of failing inside', async () => {
    const empty = tempCwd();
    const run = await runCli(['demo', '--dir', empty], tempCwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`demo: ${empty} has no demo.yaml`);
  });

  it('replays on a coarser grid with --every', async () => {
    const run = await runCli(['demo', '--dir', MINI, '--every', '120'], tempCwd());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Replay: 2 rounds on a 120-minute grid from 2023-11-14 10:00 to 2023-11-14 12:00 UTC');
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

  it('replays the bundled demo: every copy lags its original by the difference of their dates', async () => {
    const cwd = tempCwd();
    const result = await runDemo({ cwd, now: Date.now });
    expect(result.outcomes.length).toBe(result.config.sources.length);
    expect(result.storedItems).toBeGreaterThan(10);
    expect(result.comparison?.offTopicStored).toEqual([]);
    expect(result.rounds.length).toBeGreaterThan(10);
    expect(result.rounds.length).toBeLessThan(60);
    const copies = result.clusters.flatMap(({ cluster }) => cluster.members.filter((m) => !m.isOriginal));
    expect(copies.length).toBeGreaterThan(15);
    for (const copy of copies) expect(copy.lagSeconds, copy.title).toBeGreaterThan(0);
    const checked = checkLabelledLags(result, result.stepMinutes! * 60);
    expect(checked.mismatches).toEqual([]);
    expect(checked.count).toBeGreaterThanOrEqual(15);
  });
});

/** For each labelled copy clustered under its labelled original: its lag against the difference of the two
 *  items' dates (feed date, or first-seen time when the date is missing or in the future), within one round. */
function checkLabelledLags(result: DemoResult, stepSeconds: number): { count: number; mismatches: string[] } {
  const labels = readLabels(DEMO_LABELS)!;
  const byLink = new Map<string, StoredItem>();
  for (const { items } of result.clusters) for (const item of items.values()) if (item.link) byLink.set(item.link, item);
  const find = (link: string): StoredItem | undefined => byLink.get(canonicalizeUrl(link) ?? link) ?? byLink.get(link);
  const dateOf = (item: StoredItem): number => (item.publishedAt !== undefined && item.publishedAt <= item.firstSeenAt ? item.publishedAt : item.firstSeenAt);
  let count = 0;
  const mismatches: string[] = [];
  for (const label of labels.filter((l) => l.derivesFrom !== null)) {
    const copy = find(label.link);
    const original = find(label.derivesFrom!);
    const cluster = result.clusters.find(({ cluster: c }) => c.members.some((m) => m.itemId === copy?.id))?.cluster;
    if (!copy || !original || cluster?.originalItemId !== original.id) continue;
    const lag = cluster.members.find((m) => m.itemId === copy.id)!.lagSeconds;
    const expected = (dateOf(copy) - dateOf(original)) / 1000;
    count += 1;
    if (Math.abs(lag - expected) > stepSeconds) mismatches.push(`${label.feed} ${label.title}: lag ${lag}s, dates say ${expected}s`);
  }
  return { count, mismatches };
}

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
