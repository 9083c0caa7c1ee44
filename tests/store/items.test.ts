import { describe, it, expect } from 'vitest';
import { item, openTempStore, source } from './temp-store.js';

const T0 = 1_700_000_000_000;
const WIRE = 'Malian troops entered Kidal on Tuesday, the army said, a town held by Tuareg-led rebels for a decade.';

function storeWith(...ids: string[]) {
  const store = openTempStore();
  store.sources.sync(ids.map((id) => source(id)), T0);
  return store;
}

describe('items.saveBatch', () => {
  it('stores new items once and only touches them when seen again unchanged', () => {
    const store = storeWith('a');
    const first = store.items.saveBatch('a', [item('1'), item('2')], T0);
    expect(first).toMatchObject({ seen: 2, updatedIds: [], exactDuplicates: 0 });
    expect(first.newIds).toHaveLength(2);
    const again = store.items.saveBatch('a', [item('1'), item('2')], T0 + 60_000);
    expect(again).toEqual({ newIds: [], updatedIds: [], seen: 2, exactDuplicates: 0 });
    const stored = store.items.get(first.newIds[0]);
    expect(stored).toMatchObject({ identity: '1', sourceId: 'a', firstSeenAt: T0, lastSeenAt: T0 + 60_000 });
    expect(store.items.count()).toBe(2);
  });

  it.each([
    ['title', { title: 'Corrected title' }],
    ['text', { text: 'A corrected body: the army entered Kidal on Tuesday morning, officials said.' }],
  ])('rewrites the row and reports it as updated when the %s changed', (_field, change) => {
    const store = storeWith('a');
    const { newIds } = store.items.saveBatch('a', [item('1', { publishedAt: T0 - 5 })], T0);
    const changed = item('1', change);
    const result = store.items.saveBatch('a', [changed], T0 + 1000);
    expect(result).toEqual({ newIds: [], updatedIds: newIds, seen: 1, exactDuplicates: 0 });
    const stored = store.items.get(newIds[0]);
    expect(stored).toMatchObject({ title: changed.title, text: changed.text, textHash: changed.textHash });
    // A date the new version lacks is kept from the old one.
    expect(stored?.publishedAt).toBe(T0 - 5);
  });

  it('keeps the same identity in two sources as two rows', () => {
    const store = storeWith('a', 'b');
    const a = store.items.saveBatch('a', [item('same')], T0);
    const b = store.items.saveBatch('b', [item('same')], T0 + 1);
    expect(a.newIds).toHaveLength(1);
    expect(b.newIds).toHaveLength(1);
    expect(store.items.countBySource()).toEqual(new Map([['a', 1], ['b', 1]]));
  });

  it.each([
    ['same-link', { link: 'https://news.example/kidal' }, { link: 'https://news.example/kidal', text: 'Different words entirely, long enough to count as a body of text for sure.' }],
    ['same-text', { link: 'https://one.example/x', text: WIRE }, { link: 'https://two.example/y', text: WIRE }],
  ] as const)('records a %s exact duplicate pointing at the earlier item of another source', (reason, first, second) => {
    const store = storeWith('a', 'b', 'c');
    const [original] = store.items.saveBatch('a', [item('x', first)], T0).newIds;
    const copy = store.items.saveBatch('b', [item('y', second)], T0 + 1);
    expect(copy.exactDuplicates).toBe(1);
    expect(store.items.exactDuplicateOf(copy.newIds[0])).toEqual({ itemId: copy.newIds[0], originalId: original, reason, createdAt: T0 + 1 });
    const third = store.items.saveBatch('c', [item('z', second)], T0 + 2);
    expect(store.items.exactDuplicateOf(third.newIds[0])?.originalId).toBe(original);
    expect(store.items.exactDuplicatesOf(original).map((d) => d.itemId)).toEqual([copy.newIds[0], third.newIds[0]]);
  });

  it('makes an earlier-published newcomer the original of the whole chain', () => {
    const store = storeWith('a', 'b', 'c');
    const [late] = store.items.saveBatch('a', [item('x', { text: WIRE, publishedAt: T0 + 3000 })], T0).newIds;
    const [later] = store.items.saveBatch('b', [item('y', { text: WIRE, publishedAt: T0 + 5000 })], T0 + 1).newIds;
    expect(store.items.exactDuplicateOf(later)?.originalId).toBe(late);
    const [first] = store.items.saveBatch('c', [item('z', { text: WIRE, publishedAt: T0 })], T0 + 2).newIds;
    expect(store.items.exactDuplicateOf(first)).toBeUndefined();
    expect(store.items.exactDuplicatesOf(first).map((d) => d.itemId)).toEqual([late, later]);
  });

  it.each([
    ['the same source', 'a', 'same link and text inside one feed is not a cross-source copy'],
    ['a short text', 'b', 'short texts coincide by chance'],
  ])('does not record a duplicate for %s', (_label, other) => {
    const store = storeWith('a', 'b');
    const text = other === 'b' ? 'Read more.' : undefined;
    store.items.saveBatch('a', [item('1', { text })], T0);
    const result = store.items.saveBatch(other, [item('2', { text })], T0 + 1);
    expect(result.exactDuplicates).toBe(0);
    expect(store.items.exactDuplicateOf(result.newIds[0])).toBeUndefined();
  });

  it('rolls back the whole batch when one row fails', () => {
    const store = storeWith('a');
    const broken = { ...item('2'), title: null as unknown as string };
    expect(() => store.items.saveBatch('a', [item('1'), broken], T0)).toThrow();
    expect(store.items.count()).toBe(0);
  });
});

describe('items reads', () => {
  it('gets many in the order asked, lists newest first and filters', () => {
    const store = storeWith('a', 'b');
    const a = store.items.saveBatch('a', [item('old', { publishedAt: T0 - 86_400_000, categories: ['Mali'] }), item('new', { publishedAt: T0 })], T0);
    const b = store.items.saveBatch('b', [item('undated')], T0 + 5);
    const [oldId, newId] = a.newIds;
    expect(store.items.getMany([newId, 999, oldId]).map((i) => i.identity)).toEqual(['new', 'old']);
    expect(store.items.getMany([])).toEqual([]);
    expect(store.items.list().map((i) => i.identity)).toEqual(['undated', 'new', 'old']);
    expect(store.items.list({ sourceId: 'a', since: T0 - 1000 }).map((i) => i.id)).toEqual([newId]);
    expect(store.items.list({ limit: 1, offset: 1 }).map((i) => i.identity)).toEqual(['new']);
    expect(store.items.count({ sourceId: 'b' })).toBe(1);
    expect(store.items.get(oldId)?.categories).toEqual(['Mali']);
    expect(store.items.get(b.newIds[0])?.publishedAt).toBeUndefined();
  });
});
