import { expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { describeBackends, item, openTempStore, source, type Backend } from './temp-store.js';

const T0 = 1_700_000_000_000;
const WIRE = 'Malian troops entered Kidal on Tuesday, the army said, a town held by Tuareg-led rebels for a decade.';

async function storeWith(backend: Backend, ...ids: string[]): Promise<Store> {
  const store = await openTempStore(backend);
  await store.sources.sync(ids.map((id) => source(id)), T0);
  return store;
}

describeBackends('items.saveBatch', (backend) => {
  it('stores new items once and only touches them when seen again unchanged', async () => {
    const store = await storeWith(backend, 'a');
    const first = await store.items.saveBatch('a', [item('1'), item('2')], T0);
    expect(first).toMatchObject({ seen: 2, updatedIds: [], exactDuplicates: 0 });
    expect(first.newIds).toHaveLength(2);
    expect(first.newIds[0]).toBeLessThan(first.newIds[1]);
    const again = await store.items.saveBatch('a', [item('1'), item('2')], T0 + 60_000);
    expect(again).toEqual({ newIds: [], updatedIds: [], seen: 2, exactDuplicates: 0 });
    const stored = await store.items.get(first.newIds[0]);
    expect(stored).toMatchObject({ identity: '1', sourceId: 'a', firstSeenAt: T0, lastSeenAt: T0 + 60_000 });
    expect(await store.items.count()).toBe(2);
    expect(await store.items.saveBatch('a', [], T0)).toEqual({ newIds: [], updatedIds: [], seen: 0, exactDuplicates: 0 });
  });

  it.each([
    ['title', { title: 'Corrected title' }],
    ['text', { text: 'A corrected body: the army entered Kidal on Tuesday morning, officials said.' }],
  ])('rewrites the row and reports it as updated when the %s changed', async (_field, change) => {
    const store = await storeWith(backend, 'a');
    const { newIds } = await store.items.saveBatch('a', [item('1', { publishedAt: T0 - 5 })], T0);
    const changed = item('1', change);
    const result = await store.items.saveBatch('a', [changed], T0 + 1000);
    expect(result).toEqual({ newIds: [], updatedIds: newIds, seen: 1, exactDuplicates: 0 });
    const stored = await store.items.get(newIds[0]);
    expect(stored).toMatchObject({ title: changed.title, text: changed.text, textHash: changed.textHash, lastSeenAt: T0 + 1000 });
    // A date the new version lacks is kept from the old one.
    expect(stored?.publishedAt).toBe(T0 - 5);
  });

  it('treats an identity listed twice in one feed as new once, and a changed second copy as a rewrite', async () => {
    const store = await storeWith(backend, 'a');
    const result = await store.items.saveBatch('a', [item('1', { publishedAt: T0 }), item('1'), item('1', { title: 'Second' }), item('2')], T0);
    expect(result.newIds).toHaveLength(2);
    expect(result).toMatchObject({ updatedIds: [], seen: 4 });
    expect(await store.items.get(result.newIds[0])).toMatchObject({ title: 'Second', publishedAt: T0 });
  });

  it('keeps the same identity in two sources as two rows', async () => {
    const store = await storeWith(backend, 'a', 'b');
    const a = await store.items.saveBatch('a', [item('same')], T0);
    const b = await store.items.saveBatch('b', [item('same')], T0 + 1);
    expect(a.newIds).toHaveLength(1);
    expect(b.newIds).toHaveLength(1);
    expect(await store.items.countBySource()).toEqual(new Map([['a', 1], ['b', 1]]));
  });

  it.each([
    ['same-link', { link: 'https://news.example/kidal' }, { link: 'https://news.example/kidal', text: 'Different words entirely, long enough to count as a body of text for sure.' }],
    ['same-text', { link: 'https://one.example/x', text: WIRE }, { link: 'https://two.example/y', text: WIRE }],
  ] as const)('records a %s exact duplicate pointing at the earlier item of another source', async (reason, first, second) => {
    const store = await storeWith(backend, 'a', 'b', 'c');
    const [original] = (await store.items.saveBatch('a', [item('x', first)], T0)).newIds;
    const copy = await store.items.saveBatch('b', [item('y', second)], T0 + 1);
    expect(copy.exactDuplicates).toBe(1);
    expect(await store.items.exactDuplicateOf(copy.newIds[0])).toEqual({ itemId: copy.newIds[0], originalId: original, reason, createdAt: T0 + 1 });
    const third = await store.items.saveBatch('c', [item('z', second)], T0 + 2);
    expect((await store.items.exactDuplicateOf(third.newIds[0]))?.originalId).toBe(original);
    expect((await store.items.exactDuplicatesOf(original)).map((d) => d.itemId)).toEqual([copy.newIds[0], third.newIds[0]]);
  });

  it('makes an earlier-published newcomer the original of the whole chain', async () => {
    const store = await storeWith(backend, 'a', 'b', 'c');
    const [late] = (await store.items.saveBatch('a', [item('x', { text: WIRE, publishedAt: T0 + 3000 })], T0)).newIds;
    const [later] = (await store.items.saveBatch('b', [item('y', { text: WIRE, publishedAt: T0 + 5000 })], T0 + 1)).newIds;
    expect((await store.items.exactDuplicateOf(later))?.originalId).toBe(late);
    const [first] = (await store.items.saveBatch('c', [item('z', { text: WIRE, publishedAt: T0 })], T0 + 2)).newIds;
    expect(await store.items.exactDuplicateOf(first)).toBeUndefined();
    expect((await store.items.exactDuplicatesOf(first)).map((d) => d.itemId)).toEqual([late, later]);
  });

  it('decides duplicates item by item inside one batch, as the rows stand after the previous item', async () => {
    const store = await storeWith(backend, 'a', 'b');
    const other = 'Another long wire story about the road from Gao to Kidal reopening to traffic this week.';
    const [wire] = (await store.items.saveBatch('a', [item('w', { text: WIRE, publishedAt: T0 + 5000, link: 'https://a.example/w' })], T0)).newIds;
    const [wire2] = (await store.items.saveBatch('a', [item('v', { text: other, publishedAt: T0 })], T0)).newIds;
    // b1 is published earlier than a's item: it becomes the original; b2 then finds a's item pointing at b1.
    const batch = await store.items.saveBatch('b', [
      item('b1', { text: WIRE, publishedAt: T0 + 1000 }),
      item('b2', { text: WIRE, link: 'https://a.example/w', publishedAt: T0 + 9000 }),
      item('b3', { text: other }),
      item('b4', { text: 'Read more.' }),
    ], T0 + 10);
    const [b1, b2, b3, b4] = batch.newIds;
    expect(batch.exactDuplicates).toBe(3);
    expect(await store.items.exactDuplicateOf(wire)).toMatchObject({ originalId: b1, reason: 'same-text' });
    expect(await store.items.exactDuplicateOf(b2)).toMatchObject({ originalId: b1, reason: 'same-link' });
    expect(await store.items.exactDuplicateOf(b3)).toMatchObject({ originalId: wire2, reason: 'same-text' });
    expect(await store.items.exactDuplicateOf(b4)).toBeUndefined();
    expect(await store.items.exactDuplicateOf(b1)).toBeUndefined();
  });

  it.each([
    ['the same source', 'a', 'same link and text inside one feed is not a cross-source copy'],
    ['a short text', 'b', 'short texts coincide by chance'],
  ])('does not record a duplicate for %s', async (_label, other) => {
    const store = await storeWith(backend, 'a', 'b');
    const text = other === 'b' ? 'Read more.' : undefined;
    await store.items.saveBatch('a', [item('1', { text })], T0);
    const result = await store.items.saveBatch(other, [item('2', { text })], T0 + 1);
    expect(result.exactDuplicates).toBe(0);
    expect(await store.items.exactDuplicateOf(result.newIds[0])).toBeUndefined();
  });

  it('rolls back the whole batch when one row fails', async () => {
    const store = await storeWith(backend, 'a');
    const broken = { ...item('2'), title: null as unknown as string };
    await expect(store.items.saveBatch('a', [item('1'), broken], T0)).rejects.toThrow();
    expect(await store.items.count()).toBe(0);
  });

  it('keeps text, JSON categories and large epoch values exactly', async () => {
    const store = await storeWith(backend, 'a');
    const odd = item('odd', { title: "Kidal: l'armée « reprend » la ville — 🇲🇱", categories: ['Mali', 'Sahel "quoted"'], publishedAt: 8_640_000_000_000_000, summary: 'Résumé', language: 'fr' });
    const [id] = (await store.items.saveBatch('a', [odd], T0)).newIds;
    expect(await store.items.get(id)).toMatchObject({ title: odd.title, categories: odd.categories, publishedAt: odd.publishedAt, summary: 'Résumé', language: 'fr' });
  });
});

describeBackends('items reads', (backend) => {
  it('gets many in the order asked, lists newest first and filters', async () => {
    const store = await storeWith(backend, 'a', 'b');
    const a = await store.items.saveBatch('a', [item('old', { publishedAt: T0 - 86_400_000, categories: ['Mali'] }), item('new', { publishedAt: T0 })], T0);
    const b = await store.items.saveBatch('b', [item('undated')], T0 + 5);
    const [oldId, newId] = a.newIds;
    expect((await store.items.getMany([newId, 999, oldId])).map((i) => i.identity)).toEqual(['new', 'old']);
    expect(await store.items.getMany([])).toEqual([]);
    expect((await store.items.list()).map((i) => i.identity)).toEqual(['undated', 'new', 'old']);
    expect((await store.items.list({ sourceId: 'a', since: T0 - 1000 })).map((i) => i.id)).toEqual([newId]);
    expect((await store.items.list({ until: T0 })).map((i) => i.identity)).toEqual(['old']);
    expect((await store.items.list({ limit: 1, offset: 1 })).map((i) => i.identity)).toEqual(['new']);
    expect((await store.items.list({ offset: 2 })).map((i) => i.identity)).toEqual(['old']);
    expect(await store.items.count({ sourceId: 'b' })).toBe(1);
    expect(await store.items.count({ since: T0 })).toBe(2);
    expect((await store.items.get(oldId))?.categories).toEqual(['Mali']);
    expect((await store.items.get(b.newIds[0]))?.publishedAt).toBeUndefined();
    expect(await store.items.get(12345)).toBeUndefined();
  });
});
