import { expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { withOptions } from './postgres-server.js';
import { describeBackends, item, openTempStore, openTracked, source, tempTarget, type Backend } from './temp-store.js';

const T0 = 1_700_000_000_000;

async function storeWithSource(backend: Backend): Promise<Store> {
  const store = await openTempStore(backend);
  await store.sources.sync([source('a')], T0);
  return store;
}

const identities = async (store: Store): Promise<string[]> => (await store.items.list()).map((i) => i.identity).sort();

describeBackends('store.transaction', (backend) => {
  it('commits what the callback wrote and returns its value; the bound store reads its own writes', async () => {
    const store = await storeWithSource(backend);
    const result = await store.transaction(async (tx) => {
      const saved = await tx.items.saveBatch('a', [item('1'), item('2')], T0);
      await tx.pollRuns.record({ sourceId: 'a', startedAt: T0, finishedAt: T0, outcome: 'new', itemsSeen: 2, itemsNew: 2, itemsOffTopic: 0, bytes: 10 });
      expect(await tx.items.count()).toBe(2);
      return saved.newIds.length;
    });
    expect(result).toBe(2);
    expect(await identities(store)).toEqual(['1', '2']);
    expect(await store.pollRuns.list()).toHaveLength(1);
  });

  it('rolls everything back when the callback throws, and passes the error on', async () => {
    const store = await storeWithSource(backend);
    await expect(
      store.transaction(async (tx) => {
        await tx.items.saveBatch('a', [item('1')], T0);
        await tx.sources.recordFailure('a', { now: T0, code: 'FETCH_TIMEOUT', message: 'slow' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.items.count()).toBe(0);
    expect((await store.sources.get('a'))?.consecutiveErrors).toBe(0);
  });

  it('makes a nested transaction a savepoint: its failure undoes only its own writes', async () => {
    const store = await storeWithSource(backend);
    await store.transaction(async (tx) => {
      await tx.items.saveBatch('a', [item('outer')], T0);
      await expect(
        tx.transaction(async (inner) => {
          await inner.items.saveBatch('a', [item('inner')], T0);
          expect(await inner.items.count()).toBe(2);
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
      expect(await tx.items.count()).toBe(1);
      await tx.transaction(async (inner) => {
        await inner.transaction(async (deeper) => void (await deeper.items.saveBatch('a', [item('deeper')], T0)));
      });
    });
    expect(await identities(store)).toEqual(['deeper', 'outer']);
  });

  it('undoes a failed multi-row write inside a transaction and lets the transaction go on', async () => {
    const store = await storeWithSource(backend);
    await store.transaction(async (tx) => {
      const broken = { ...item('x'), title: null as unknown as string };
      await expect(tx.items.saveBatch('a', [item('1'), broken], T0)).rejects.toThrow();
      await tx.items.saveBatch('a', [item('2')], T0);
    });
    expect(await identities(store)).toEqual(['2']);
  });

  it('takes the detection lock inside a transaction (and ignores it outside one)', async () => {
    const store = await storeWithSource(backend);
    await store.lockDetection();
    await store.transaction(async (tx) => {
      await tx.lockDetection();
      await tx.lockDetection();
      await tx.items.saveBatch('a', [item('1')], T0);
    });
    expect(await store.items.count()).toBe(1);
  });
});

describeBackends('store.probeWritable', (backend) => {
  it('says a writable database is writable, and changes nothing', async () => {
    const store = await storeWithSource(backend);
    const before = await store.sources.list();
    expect(await store.probeWritable()).toEqual({ writable: true });
    expect(await store.sources.list()).toEqual(before);
  });

  it('says why a read-only database is not writable', async () => {
    const target = await tempTarget(backend);
    await (await openTracked(target)).close();
    const readOnly =
      backend === 'sqlite'
        ? await openTracked(target, { readonly: true })
        : await openTracked(withOptions(target, '-c default_transaction_read_only=on'));
    const probe = await readOnly.probeWritable();
    expect(probe.writable).toBe(false);
    expect(probe.error).toMatch(/read-?only/i);
  });
});

describeBackends('store.lockDetection across processes', () => {
  it('makes a second detector wait until the first one commits', async () => {
    const target = await tempTarget('postgres');
    const first = await openTracked(target);
    const second = await openTracked(target);
    await first.sources.sync([source('a')], T0);
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const firstHasLock = new Promise<void>((resolve) => (locked = resolve));
    const one = first.transaction(async (tx) => {
      await tx.lockDetection();
      locked();
      order.push('first locked');
      await held;
      await tx.items.saveBatch('a', [item('1')], T0);
      order.push('first commits');
    });
    await firstHasLock;
    const two = second.transaction(async (tx) => {
      await tx.lockDetection();
      order.push(`second locked, sees ${await tx.items.count()}`);
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(order).toEqual(['first locked']);
    release();
    await Promise.all([one, two]);
    expect(order).toEqual(['first locked', 'first commits', 'second locked, sees 1']);
  });
}, ['postgres']);
