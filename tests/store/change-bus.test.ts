import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { openStore } from '../../src/store/index.js';

describe('store.watchOtherWriters', () => {
  it('fires onChange when another connection commits, and not for nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ff-watch-'));
    const file = path.join(dir, 'feedfold.db');
    const reader = openStore(file);
    const writer = openStore(file);
    let calls = 0;
    reader.onChange(() => calls++);
    const stop = reader.watchOtherWriters(20);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toBe(0);
    writer.sources.sync([{ id: 'wire', url: 'http://127.0.0.1:9/feed.xml', title: 'Wire', role: 'original', enabled: true }], 1);
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toBe(1);
    stop();
    writer.close();
    reader.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
