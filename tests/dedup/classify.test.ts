import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../eval/harness.js';
import { BRIEF_C, compositeAB, EDITED_A, JUNK, paddedCopy, REWRITE_A, roundup, TITLE_A, TITLE_B, WIRE_A, WIRE_B } from '../fixtures/dedup/stories.js';
import { article, clusterOf, feed, newHarness } from './helpers.js';

let harness: Harness;
afterEach(() => harness?.close());

async function kindOf(name: string, ids: Map<string, number>): Promise<string | undefined> {
  const id = ids.get(name)!;
  const clusterId = (await harness.store.clusters.clusterOf([id])).get(id)!;
  const member = (await harness.store.clusters.memberRecords(clusterId)).find((m) => m.itemId === id)!;
  return member.isOriginal ? 'original' : member.kind;
}

describe('classification of each kind against the original', () => {
  it.each([
    ['exact', WIRE_A, TITLE_A],
    ['verbatim', `${WIRE_A}\n`.replace('NOUADHIBOU, March 4 (Atlantic Wire) — ', 'NOUADHIBOU, March 4 (Atlantic Wire) - '), 'A different headline'],
    ['boilerplate', paddedCopy(), TITLE_A],
    ['edited', EDITED_A, 'Octopus ban in Mauritania'],
    ['rewrite', REWRITE_A, 'Mauritania stops octopus trawlers'],
  ])('a %s copy joins the original with that kind', async (kind, text, title) => {
    harness = await newHarness();
    const ids = await feed(harness, [
      article('wire-a', 'atlantic-wire', WIRE_A, 0, { title: TITLE_A, sourceRole: 'original', sourceTitle: 'Atlantic Wire' }),
      article('copy', 'copy-site', text, 45, { title }),
    ]);
    const clusters = await clusterOf(harness, ids);
    expect(clusters.get('copy')).toBe(clusters.get('wire-a'));
    expect(await kindOf('wire-a', ids)).toBe('original');
    expect(await kindOf('copy', ids)).toBe(kind);
  });

  it('keeps an independent report of the same event apart, as related, though it quotes the same official', async () => {
    harness = await newHarness();
    const ids = await feed(harness, [
      article('wire-a', 'atlantic-wire', WIRE_A, 0, { title: TITLE_A }),
      article('wire-b', 'sahara-press', WIRE_B, 20, { title: TITLE_B }),
    ]);
    const clusters = await clusterOf(harness, ids);
    expect(clusters.get('wire-a')).not.toBe(clusters.get('wire-b'));
    const edges = await harness.store.dedup.edgesOf([ids.get('wire-b')!]);
    expect(edges.map((e) => e.kind)).toEqual(['related']);
    const quote = edges[0].passages.find((p) => p.kind === 'quote');
    expect(quote).toBeDefined();
  });

  it.each([
    ['a brief on the same event (its sentences line up with the lead only)', BRIEF_C],
    ['a digest that quotes one paragraph of the wire', roundup()],
  ])('does not take %s for a copy', async (_, text) => {
    harness = await newHarness();
    const ids = await feed(harness, [article('wire-a', 'atlantic-wire', WIRE_A, 0), article('other', 'other-site', text, 30)]);
    const clusters = await clusterOf(harness, ids);
    expect(clusters.get('other')).not.toBe(clusters.get('wire-a'));
    expect((await harness.store.dedup.edgesOf([ids.get('other')!])).filter((e) => e.kind !== 'related')).toEqual([]);
  });

  it('records evidence: scores and passages with offsets into both texts', async () => {
    harness = await newHarness();
    const copy = paddedCopy();
    const ids = await feed(harness, [article('wire-a', 'atlantic-wire', WIRE_A, 0), article('copy', 'copy-site', copy, 30)]);
    const [edge] = await harness.store.dedup.edgesOf([ids.get('copy')!]);
    expect(edge.a).toBe(ids.get('wire-a'));
    expect(edge.scores.containAB).toBeGreaterThan(0.95);
    const verbatim = edge.passages.filter((p) => p.kind === 'verbatim');
    expect(verbatim.length).toBeGreaterThan(0);
    for (const p of verbatim) expect(copy.slice(p.bFrom, p.bTo)).toBe(WIRE_A.slice(p.aFrom, p.aTo));
    const spans = await harness.store.dedup.boilerplateSpans(ids.get('copy')!);
    expect(spans.map((s) => copy.slice(s.from, s.to))).toEqual([JUNK.top, JUNK.middle, JUNK.bottom, JUNK.footer]);
  });

  it('puts a composite of two wires with the wire it mostly copies; the other wire is only related to it', async () => {
    harness = await newHarness();
    const ids = await feed(harness, [
      article('wire-a', 'atlantic-wire', WIRE_A, 0, { title: TITLE_A }),
      article('wire-b', 'sahara-press', WIRE_B, 10, { title: TITLE_B }),
      article('composite', 'digest-blog', compositeAB(), 60),
    ]);
    const clusters = await clusterOf(harness, ids);
    expect(clusters.get('composite')).toBe(clusters.get('wire-a'));
    expect(clusters.get('wire-b')).not.toBe(clusters.get('wire-a'));
    const edges = await harness.store.dedup.edgesOf([ids.get('composite')!]);
    expect(edges.map((e) => [e.a === ids.get('wire-a') ? 'a' : 'b', e.kind]).sort()).toEqual([['a', 'edited'], ['b', 'related']]);
    const fromB = edges.find((e) => e.a === ids.get('wire-b'))!;
    expect(fromB.passages.some((p) => p.kind === 'verbatim')).toBe(true);
  });
});
