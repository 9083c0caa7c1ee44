import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/index.js';
import { makeTempDir } from '../server/helpers.js';
import { writeTestConfig, type TestSource } from './config-file.js';
import { rssFeed, startLoopback, waitFor } from './loopback.js';
import { spawnService, waitForExit } from './spawn-service.js';

async function feeds() {
  return startLoopback((req, res) => {
    const name = (req.url ?? '/').replace(/\W/g, '');
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    res.end(rssFeed(name, [{ guid: `${name}-1`, title: `${name}: Malian army enters Kidal` }]));
  });
}

function setup(sources: (url: string) => TestSource[], url: string) {
  const dir = makeTempDir('feedfold-lifecycle-');
  const file = path.join(dir, 'feedfold.yaml');
  const dbPath = path.join(dir, 'feedfold.db');
  writeTestConfig(file, { sources: sources(url), dbPath });
  return { dir, file, dbPath };
}

describe('feedfold serve (child process)', () => {
  it('serves /healthz, /metrics and /sources over loopback and exits 0 on SIGTERM with the database intact', async () => {
    const server = await feeds();
    const { file, dbPath } = setup((u) => [{ id: 'a', url: `${u}/a.xml` }, { id: 'b', url: `${u}/b.xml` }], server.url);
    const service = spawnService(['--config', file]);
    const url = await service.url();
    await service.waitForLine((l) => l.msg === 'cycle finished', 30_000, 'the first cycle');
    const polls = service.lines.filter((l) => l.msg === 'poll');
    expect(polls.map((l) => [l.source, l.outcome]).sort()).toEqual([['a', 'new'], ['b', 'new']]);
    for (const line of polls) expect(line).toMatchObject({ items: 1, durationMs: expect.any(Number) });

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { writable: true }, scheduler: { alive: true } });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^feedfold_polls_total\{outcome="new"\} 2$/m);
    expect(metrics).toMatch(/^feedfold_items_stored_total 2$/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);
    const sources = (await (await fetch(`${url}/sources`, { headers: { Accept: 'application/json' } })).json()) as {
      sources: Array<{ id: string; health: string; nextPollAt: string }>;
    };
    expect(sources.sources.map((s) => [s.id, s.health])).toEqual([['a', 'ok'], ['b', 'ok']]);
    expect(Date.parse(sources.sources[0].nextPollAt)).toBeGreaterThan(Date.now());
    expect((await fetch(`${url}/sources`)).headers.get('content-type')).toMatch(/text\/html/);

    service.child.kill('SIGTERM');
    const exit = await waitForExit(service, 10_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(service.lines.some((l) => l.msg === 'stopped')).toBe(true);
    const store = openSqliteStore(dbPath, { readonly: true });
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await store.items.count()).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('reloads on SIGHUP: a valid config adds and removes sources, an invalid one is rejected and the old one stays', async () => {
    const server = await feeds();
    const { file, dbPath } = setup((u) => [{ id: 'a', url: `${u}/a.xml` }, { id: 'b', url: `${u}/b.xml` }], server.url);
    const service = spawnService(['--config', file]);
    const url = await service.url();
    await service.waitForLine((l) => l.msg === 'cycle finished', 30_000, 'the first cycle');

    // Saving the file reloads by itself too; the reload log line says which trigger came first.
    writeTestConfig(file, { sources: [{ id: 'a', url: `${server.url}/a.xml` }, { id: 'c', url: `${server.url}/c.xml` }], dbPath });
    service.child.kill('SIGHUP');
    await service.waitForLine((l) => l.msg === 'config reloaded', 10_000, 'the reload');
    await waitFor(() => server.requests.includes('/c.xml'), 10_000, 'the new source polled');
    const after = (await (await fetch(`${url}/sources.json`)).json()) as { sources: Array<{ id: string; health: string }> };
    expect(after.sources.map((s) => [s.id, s.health])).toEqual([['a', 'ok'], ['c', 'ok'], ['b', 'removed']]);

    const before = service.lines.length;
    fs.writeFileSync(file, 'sources:\n  - { id: a, url: "not a url" }\nfetch: { timeoutMs: -1 }\n');
    service.child.kill('SIGHUP');
    const rejected = await service.waitForLine((l) => l.msg.startsWith('config rejected'), 10_000, 'the rejection');
    const problems = (rejected.problems as string[]).join('\n');
    expect(problems).toMatch(/sources\[0\]\.url/);
    expect(problems).toMatch(/fetch\.timeoutMs/);
    expect(service.lines.slice(before).some((l) => l.msg === 'config reloaded')).toBe(false);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const still = (await (await fetch(`${url}/sources.json`)).json()) as { sources: Array<{ id: string }> };
    expect(still.sources.map((s) => s.id)).toEqual(['a', 'c', 'b']);

    service.child.kill('SIGINT');
    expect(await waitForExit(service, 10_000)).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM aborts a poll that hangs, keeps what was committed, and exits 0', async () => {
    const server = await startLoopback((req, res) => {
      if (req.url === '/hang.xml') return; // never answers
      res.end(rssFeed('ok', [{ guid: 'ok-1', title: 'Malian army enters Kidal' }]));
    });
    const { file, dbPath } = setup((u) => [{ id: 'hang', url: `${u}/hang.xml` }, { id: 'ok', url: `${u}/ok.xml` }], server.url);
    const service = spawnService(['--config', file]);
    await service.url();
    await service.waitForLine((l) => l.msg === 'poll' && l.source === 'ok', 30_000, 'the good poll');
    await waitFor(() => server.requests.includes('/hang.xml'), 10_000, 'the hanging request');
    service.child.kill('SIGTERM');
    expect(await waitForExit(service, 10_000)).toEqual({ code: 0, signal: null });
    expect(service.lines.find((l) => l.source === 'hang' && l.msg === 'poll')).toMatchObject({ outcome: 'aborted' });
    const store = openSqliteStore(dbPath, { readonly: true });
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await store.items.count({ sourceId: 'ok' })).toBe(1);
      // An aborted poll is not a failure of the source: no error, and it is due again at the next start.
      expect(await store.sources.get('hang')).toMatchObject({ consecutiveErrors: 0, nextDueAt: undefined });
    } finally {
      await store.close();
    }
  });

  it('refuses to start on an invalid config, naming the problems, with a non-zero exit', async () => {
    const dir = makeTempDir('feedfold-lifecycle-');
    const file = path.join(dir, 'feedfold.yaml');
    fs.writeFileSync(file, 'schedule: { cron: "whenever" }\n');
    const service = spawnService(['--config', file]);
    const exit = await waitForExit(service, 20_000);
    expect(exit.code).toBe(3);
    expect(service.stderr()).toMatch(/schedule\.cron/);
  });
});
