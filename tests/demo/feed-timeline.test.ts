import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { planReplay, scheduleItems, viewAt } from '../../src/demo/feed-timeline.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/demo/replay');
const at = (iso: string): number => Date.parse(iso);
const iso = (t: number | undefined): string | undefined => (t === undefined ? undefined : new Date(t).toISOString().slice(0, 16));

describe('scheduleItems', () => {
  const ok = (d: number | undefined): d is number => d !== undefined && d < 1000;
  it.each([
    ['dated items keep their dates', [30, 20, 10], [30, 20, 10]],
    ['an undated item turns up with the later neighbour', [30, undefined, 10], [30, 30, 10]],
    ['an undated last item turns up with the one before it', [30, 20, undefined], [30, 20, 20]],
    ['an absurd date is treated as none', [5000, 20, 10], [20, 20, 10]],
    ['neighbours are the nearest believable dates', [undefined, 9999, 40, undefined, 10], [40, 40, 40, 40, 10]],
    ['a file without believable dates is served from the start', [undefined, 5000], [undefined, undefined]],
  ])('%s', (_what, dates, expected) => {
    expect(scheduleItems(dates, ok)).toEqual(expected);
  });
});

describe('planReplay', () => {
  it('dates every item with the pipeline parser and lays rounds on the grid where something appears', async () => {
    const plan = await planReplay(DIR);
    const feeds = Object.fromEntries([...plan.feeds.values()].map((f) => [f.name, { dates: f.dates.map(iso), appearsAt: f.appearsAt.map(iso) }]));
    expect(feeds).toEqual({
      'brief.json': { dates: ['2031-11-14T18:00', '2023-11-14T11:00'], appearsAt: ['2023-11-14T11:00', '2023-11-14T11:00'] },
      'broken.xml': { dates: [], appearsAt: [] },
      'echos-cp1252.xml': { dates: ['2023-11-14T14:10', undefined, '2023-11-14T10:00'], appearsAt: ['2023-11-14T14:10', '2023-11-14T14:10', '2023-11-14T10:00'] },
      'wire.atom': { dates: ['2023-11-14T11:45', '2023-11-14T09:00'], appearsAt: ['2023-11-14T11:45', '2023-11-14T09:00'] },
    });
    expect(plan.rounds.map(iso)).toEqual(['2023-11-14T09:00', '2023-11-14T10:00', '2023-11-14T11:00', '2023-11-14T12:00', '2023-11-14T14:30']);
    expect(iso(plan.newest)).toBe('2023-11-14T14:10');
    expect(plan.rounds.map((t, i) => plan.appearing(i === 0 ? undefined : plan.rounds[i - 1], t))).toEqual([1, 1, 2, 1, 2]);
  });

  it.each([
    [60, undefined, ['09:00', '10:00', '11:00', '12:00', '15:00']],
    [30, at('2023-11-14T11:20Z'), ['09:00', '10:00', '11:00', '11:20']],
    [30, at('2023-11-14T08:00Z'), ['08:00']],
  ])('steps of %i minutes, ending at %s', async (stepMinutes, end, times) => {
    const plan = await planReplay(DIR, { stepMinutes, end });
    expect(plan.rounds.map((t) => iso(t)!.slice(11))).toEqual(times);
  });

  it('rejects a step that is not positive', async () => {
    await expect(planReplay(DIR, { stepMinutes: 0 })).rejects.toThrow(/positive/);
  });
});

describe('viewAt', () => {
  it.each([
    ['2023-11-14T08:00Z', 'wire.atom', 0, 0],
    ['2023-11-14T09:00Z', 'wire.atom', 1, at('2023-11-14T09:00Z')],
    ['2023-11-14T12:00Z', 'wire.atom', 2, at('2023-11-14T11:45Z')],
    ['2023-11-14T12:00Z', 'echos-cp1252.xml', 1, at('2023-11-14T10:00Z')],
    ['2023-11-14T14:30Z', 'echos-cp1252.xml', 3, at('2023-11-14T14:10Z')],
    ['2023-11-14T10:59Z', 'brief.json', 0, 0],
    ['2023-11-14T11:00Z', 'brief.json', 2, at('2023-11-14T11:00Z')],
  ])('at %s serves %s with %i items, modified at %i', async (time, name, items, modifiedAt) => {
    const plan = await planReplay(DIR);
    const view = viewAt(plan.feeds.get(name), at(time))!;
    const text = view.body.toString('latin1').replace(/<!--[\s\S]*?-->/g, '');
    const count = name.endsWith('.json') ? (JSON.parse(text) as { items: unknown[] }).items.length : (text.match(/<(item|entry)>/g) ?? []).length;
    expect(count).toBe(items);
    expect(view.modifiedAt).toBe(modifiedAt);
  });

  it('serves files that cannot be cut, and unknown names, as they are', async () => {
    const plan = await planReplay(DIR);
    expect(viewAt(plan.feeds.get('broken.xml'), at('2023-11-14T12:00Z'))).toBeUndefined();
    expect(viewAt(plan.feeds.get('nope.xml'), at('2023-11-14T12:00Z'))).toBeUndefined();
  });
});
