import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../eval/harness.js';
import { DEFAULT_SETTINGS, detectCopies } from '../../src/dedup/index.js';
import { DedupParamsError } from '../../src/errors.js';
import { WIRE_A, WIRE_B } from '../fixtures/dedup/stories.js';
import { article, feed, newHarness } from './helpers.js';

describe('detection parameters and boilerplate learning', () => {
  let harness: Harness;
  afterEach(() => harness?.close());

  it('refuses to mix signatures built with other parameters: run `feedfold dedup rebuild`', async () => {
    harness = await newHarness();
    await feed(harness, [article('a', 'site', WIRE_A, 0)]);
    const [id] = await harness.add([article('b', 'site', WIRE_B, 10)]);
    const changed = { ...DEFAULT_SETTINGS, shingleSize: 4 };
    await expect(detectCopies(harness.store, [id], changed, { now: 0, roles: new Map() })).rejects.toThrow(DedupParamsError);
    await expect(detectCopies(harness.store, [id], changed, { now: 0, roles: new Map() })).rejects.toThrow(/feedfold dedup rebuild/);
    await expect(detectCopies(harness.store, [id], { ...DEFAULT_SETTINGS, thresholds: { nope: 1 } }, { now: 0, roles: new Map() })).rejects.toThrow(/unknown name/);
  });

  it('learns a paragraph a source repeats in 3 items as its boilerplate, and leaves it out of later items', async () => {
    harness = await newHarness();
    const footer = 'Daily Sahel brings you the stories that matter from across the region, every single day of the week.';
    const texts = [WIRE_A, WIRE_B, 'A third, unrelated story about a new bridge over the river at Rosso.', 'A fourth story on fishing licences.'];
    const ids = await feed(harness, texts.map((text, i) => article(`item-${i}`, 'daily-sahel', `${text}\n\n${footer}`, i * 10)));
    const spans = async (name: string) => (await harness.store.dedup.boilerplateSpans(ids.get(name)!)).map((s) => s.why);
    expect(await spans('item-1')).toEqual([]);
    expect(await spans('item-2')).toEqual(['learned-source']);
    expect(await spans('item-3')).toEqual(['learned-source']);
  });
});
