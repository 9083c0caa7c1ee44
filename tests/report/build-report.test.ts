import { describe, expect, it } from 'vitest';
import { buildReport, normalizeFilters, type ReportFilters } from '../../src/report/index.js';
import { createFixtureData, createFixtureStore, FIXTURE_NOW, locate } from '../fixtures/report/fixture-store.js';
import { loadFixedModel, maybeUpdateGolden } from './golden.js';

const DAY = 86_400_000;
const BASE = Date.UTC(2023, 10, 14, 9, 0);

describe('buildReport', () => {
  it('matches the golden model for the fixture store', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW, topic: "Mali's army retakes Kidal <test>" });
    maybeUpdateGolden(model);
    expect(model).toEqual(loadFixedModel());
  });

  it('lists related reports as related, never as copies', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW });
    const wireA = model.clusters.find((c) => c.id === 'c-wire-a-1')!;
    expect(wireA.related.map((r) => [r.itemId, r.clusterId, r.relatedToItemId])).toEqual([[9, undefined, 1], [5, 'c-wire-b-5', 1], [6, 'c-wire-b-5', 4]]);
    const wireB = model.clusters.find((c) => c.id === 'c-wire-b-5')!;
    expect(wireB.related.map((r) => r.itemId)).toEqual([1, 4]);
    const copyIds = model.clusters.flatMap((c) => c.copies.map((x) => x.itemId));
    expect(copyIds).not.toContain(9);
    expect(model.timeline.map((p) => p.itemId)).not.toContain(9);
    expect(model.summary.related).toBe(1);
  });

  it('orients passages from reversed edges so copy offsets index the copy', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW });
    const evil = model.clusters.flatMap((c) => c.copies).find((c) => c.itemId === 7)!;
    const original = model.clusters.find((c) => c.id === 'c-wire-b-5')!.original;
    const [p] = evil.passages;
    expect(evil.text.slice(p.copyFrom, p.copyTo)).toBe(original.text.slice(p.originalFrom, p.originalTo));
    expect(evil.copiedShare).toBe(1);
    expect(evil.link).toBeUndefined();
  });

  it('computes the copied share from verbatim and paraphrase passages, not quotes', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW });
    const wireA = model.clusters.find((c) => c.id === 'c-wire-a-1')!;
    const portal = wireA.copies.find((c) => c.sourceId === 'portal-x')!;
    const text = wireA.original.text;
    const [s1, e1] = locate(text, "Mali's army said on Tuesday it had taken control of Kidal, the northern town held for a decade by Tuareg-led separatist groups.");
    const [s2, e2] = locate(text, 'The separatist alliance said its fighters had withdrawn from the town to avoid civilian casualties.');
    expect(portal.copiedShare).toBeCloseTo((e1 - s1 + e2 - s2) / text.length, 3);
  });

  it('uses the strongest edge to another member when a copy has no edge to the original', async () => {
    const data = createFixtureData();
    data.edges['c-wire-a-1'] = data.edges['c-wire-a-1'].filter((e) => !(e.a === 1 && e.b === 4));
    data.edges['c-wire-a-1'].push({ a: 2, b: 4, kind: 'edited', createdAt: BASE, passages: [], scores: { jaccard: 0.2, containAB: 0.3, containBA: 0.4, passageCoverage: 0.3, sentenceCoverage: 0.5 } });
    const model = await buildReport({ store: createFixtureStore(data), now: FIXTURE_NOW });
    const daily = model.clusters.flatMap((c) => c.copies).find((c) => c.itemId === 4)!;
    expect(daily.basisItemId).toBe(2);
    expect(daily.copiedShare).toBe(0.3);
  });

  it('aggregates per source, the matrix (rows copy from columns) and the timeline', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW });
    const portal = model.sources.find((s) => s.sourceId === 'portal-x')!;
    expect(portal).toMatchObject({ items: 3, copiesMade: 2, credited: 1, medianLagSeconds: 1950, copyRate: 0.6667 });
    expect(portal.copiesFrom).toEqual([{ sourceId: 'wire-a', count: 1 }, { sourceId: 'wire-b', count: 1 }]);
    const wireA = model.sources.find((s) => s.sourceId === 'wire-a')!;
    expect(wireA).toMatchObject({ originals: 1, timesCopied: 3, copiesMade: 0 });
    const { rows, columns, cells } = model.matrix;
    expect(rows).toEqual(['portal-x', 'blog-y', 'daily-z', 'evil']);
    expect(columns).toEqual(['wire-a', 'wire-b']);
    expect(cells).toEqual([[1, 1], [1, 0], [1, 0], [0, 1]]);
    expect(model.matrix.max).toBe(1);
    expect(model.timeline).toHaveLength(5);
    expect(model.timeline.map((p) => p.appearedAt)).toEqual([...model.timeline.map((p) => p.appearedAt)].sort((a, b) => a - b));
    expect(model.summary).toMatchObject({ clusters: 2, copies: 5, credited: 2, medianLagSeconds: 2700 });
  });

  it.each<[string, ReportFilters, number[]]>([
    ['no filter', {}, [2, 3, 4, 6, 7]],
    ['kind verbatim', { kinds: ['verbatim'] }, [2, 7]],
    ['kinds rewrite + edited', { kinds: ['rewrite', 'edited'] }, [4, 6]],
    ['source as copier', { sources: ['blog-y'] }, [3]],
    ['source as original', { sources: ['wire-b'] }, [6, 7]],
    ['min score 0.9', { minScore: 0.9 }, [2, 3, 7]],
    ['from day 2', { from: BASE + DAY }, [4, 6, 7]],
    ['before day 2', { to: BASE + DAY }, [2, 3]],
    ['range with nothing', { from: BASE + 10 * DAY }, []],
    ['combined', { sources: ['portal-x'], minScore: 0.9 }, [2]],
  ])('filters copies: %s', async (_name, filters, expected) => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW }, filters);
    const ids = model.clusters.flatMap((c) => c.copies.map((x) => x.itemId)).sort((a, b) => a - b);
    expect(ids).toEqual(expected);
    expect(model.summary.copies).toBe(expected.length);
    expect(model.timeline).toHaveLength(expected.length);
    expect(model.filters).toEqual(normalizeFilters(filters));
  });

  it('drops clusters whose copies are all filtered out and counts only filtered copies', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW }, { kinds: ['boilerplate'] });
    expect(model.clusters.map((c) => c.id)).toEqual(['c-wire-a-1']);
    expect(model.matrix).toEqual({ rows: ['blog-y'], columns: ['wire-a'], cells: [[1]], max: 1 });
    expect(model.summary.byKind).toEqual({ exact: 0, verbatim: 0, boilerplate: 1, edited: 0, rewrite: 0 });
  });

  it('counts the items of each source that appeared in the period', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW }, { from: BASE + DAY });
    const portal = model.sources.find((s) => s.sourceId === 'portal-x')!;
    expect(portal).toMatchObject({ items: 2, copiesMade: 1, copyRate: 0.5 });
  });

  it('lists at most maxClusters clusters but counts every matching copy', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW, maxClusters: 1 });
    expect(model.clusters).toHaveLength(1);
    expect(model.summary).toMatchObject({ clusters: 2, copies: 5 });
  });
});
