import { expect, it } from 'vitest';
import type { PostgresStore } from '../../src/store/index.js';
import { describeBackends, eventually, item, openTracked, source, tempTarget } from './temp-store.js';

describeBackends('store.watchOtherWriters', (backend) => {
  it('fires onChange when another connection commits, and not for nothing', async () => {
    const target = await tempTarget(backend);
    const reader = await openTracked(target);
    const writer = await openTracked(target);
    await writer.sources.sync([source('wire')], 1);
    let calls = 0;
    reader.onChange(() => calls++);
    const stop = reader.watchOtherWriters(20);
    if (reader.backend === 'postgres') await (reader as PostgresStore).watching();
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toBe(0);
    await writer.items.saveBatch('wire', [item('1')], 2);
    await eventually(() => expect(calls).toBe(1));
    // Its own commits reach the reader's listeners once, from the commit itself, not again through the watch.
    await reader.items.saveBatch('wire', [item('2')], 3);
    expect(calls).toBe(2);
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toBe(2);
    stop();
    await writer.items.saveBatch('wire', [item('3')], 4);
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toBe(2);
  });

  it('coalesces a burst of commits into few calls', async () => {
    const target = await tempTarget(backend);
    const reader = await openTracked(target);
    const writer = await openTracked(target);
    await writer.sources.sync([source('wire')], 1);
    let calls = 0;
    reader.onChange(() => calls++);
    reader.watchOtherWriters(200);
    if (reader.backend === 'postgres') await (reader as PostgresStore).watching();
    for (let i = 0; i < 10; i++) await writer.items.saveBatch('wire', [item(`n${i}`)], i);
    await eventually(() => expect(calls).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 450));
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(3);
  });
});
