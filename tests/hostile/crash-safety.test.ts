// Crash safety: SIGKILL the service in the middle of a cycle over 100 loopback feeds, restart it, and check that
// nothing committed was lost, nothing was stored twice, the database is sound, and the interrupted poll completes.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/index.js';
import { makeTempDir } from '../server/helpers.js';
import { writeTestConfig } from '../service/config-file.js';
import { rssFeed, startLoopback } from '../service/loopback.js';
import { spawnService, waitForExit } from '../service/spawn-service.js';

const FEEDS = 100;
const ITEMS = 5;
const WORDS = 'army convoy desert town airport camp rebels mayor market road bridge river drone patrol truce talks elders radio clinic school fuel water border north south governor envoy cease fire column'.split(' ');

/** Thirty words picked by a tiny LCG seeded per item: distinct texts, so copy detection finds nothing to fold. */
function filler(seed: number): string {
  let state = seed * 2654435761 % 4294967296;
  const words: string[] = [];
  for (let i = 0; i < 30; i++) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    words.push(WORDS[state % WORDS.length]);
  }
  return words.join(' ');
}

/** Committed items as `source|guid` keys, read through a read-only store (WAL lets it read next to the writer). */
async function committed(dbPath: string): Promise<string[]> {
  const store = openSqliteStore(dbPath, { readonly: true });
  try {
    return (await store.items.list({ limit: 100_000 })).map((i) => `${i.sourceId}|${i.guid}`);
  } finally {
    await store.close();
  }
}

describe('crash safety', () => {
  it('loses no committed item and stores none twice across a SIGKILL during a poll', async () => {
    let open = 0;
    const server = await startLoopback(async (req, res) => {
      const n = Number(/feed-(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      open++;
      // Later feeds answer slowly, so the cycle is still polling when the kill comes.
      await new Promise((r) => setTimeout(r, n < 30 ? 5 : 150 + (n % 7) * 40));
      open--;
      res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
      res.end(rssFeed(`Feed ${n}`, Array.from({ length: ITEMS }, (_, i) => ({
        guid: `feed-${n}-item-${i}`,
        title: `Kidal report ${i} from feed ${n}`,
        text: `Kidal, feed ${n} item ${i}: ${filler(n * 10 + i + 1)}.`,
      }))));
    });
    const dir = makeTempDir('feedfold-crash-');
    const file = path.join(dir, 'feedfold.yaml');
    const dbPath = path.join(dir, 'feedfold.db');
    writeTestConfig(file, {
      sources: Array.from({ length: FEEDS }, (_, n) => ({ id: `feed-${n}`, url: `${server.url}/feed-${n}.xml` })),
      dbPath,
      extra: { fetch: { concurrency: 8, timeoutMs: 10_000, maxBodyBytes: 1_048_576, maxRedirects: 3 } },
    });

    const first = spawnService(['--config', file]);
    await first.url();
    await first.waitForLine(() => first.lines.filter((l) => l.msg === 'poll' && l.outcome === 'new').length >= 40 && open > 0, 60_000, '40 polls with more in flight');
    const before = await committed(dbPath);
    first.child.kill('SIGKILL');
    expect(await waitForExit(first, 10_000)).toMatchObject({ signal: 'SIGKILL' });
    expect(first.lines.some((l) => l.msg === 'cycle finished')).toBe(false);
    expect(before.length).toBeGreaterThanOrEqual(40 * ITEMS);
    expect(before.length).toBeLessThan(FEEDS * ITEMS);

    const second = spawnService(['--config', file]);
    await second.url();
    await second.waitForLine((l) => l.msg === 'cycle finished', 60_000, 'the cycle after the restart');
    second.child.kill('SIGTERM');
    expect(await waitForExit(second, 10_000)).toEqual({ code: 0, signal: null });

    const after = await committed(dbPath);
    const afterSet = new Set(after);
    expect(before.filter((key) => !afterSet.has(key))).toEqual([]);
    expect(after).toHaveLength(FEEDS * ITEMS);
    expect(afterSet.size).toBe(after.length);
    const store = openSqliteStore(dbPath, { readonly: true });
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const sources = await store.sources.list();
      expect(sources).toHaveLength(FEEDS);
      expect(sources.filter((s) => s.lastSuccessAt === undefined).map((s) => s.id)).toEqual([]);
    } finally {
      await store.close();
    }
  }, 180_000);
});
