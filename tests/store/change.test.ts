import { describe, it, expect } from 'vitest';
import { item, openTempStore, source } from './temp-store.js';

const T0 = 1_700_000_000_000;

describe('store.onChange', () => {
  it('fires after commits that add or change items, not for unchanged re-polls', () => {
    const store = openTempStore();
    store.sources.sync([source('a')], T0);
    let calls = 0;
    const off = store.onChange(() => {
      calls += 1;
      // Listeners run after the commit: the new rows are visible and no transaction is open.
      expect(store.db.inTransaction).toBe(false);
    });
    store.items.saveBatch('a', [item('1')], T0);
    store.items.saveBatch('a', [item('1')], T0 + 1);
    store.items.saveBatch('a', [item('1', { title: 'Changed' })], T0 + 2);
    expect(calls).toBe(2);
    off();
    store.items.saveBatch('a', [item('2')], T0 + 3);
    expect(calls).toBe(2);
  });

  it('fires once after an outer transaction commits, and not at all when it rolls back', () => {
    const store = openTempStore();
    store.sources.sync([source('a')], T0);
    const seen: number[] = [];
    store.onChange(() => seen.push(store.items.count()));
    store.transaction(() => {
      store.items.saveBatch('a', [item('1')], T0);
      store.items.saveBatch('a', [item('2')], T0);
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([2]);
    expect(() =>
      store.transaction(() => {
        store.items.saveBatch('a', [item('3')], T0);
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(seen).toEqual([2]);
    expect(store.items.count()).toBe(2);
  });
});
