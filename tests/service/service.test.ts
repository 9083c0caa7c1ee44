import { afterEach, describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { SourceRecord } from '../../src/model.js';
import { createSilentLogger } from '../../src/observe/logger.js';
import type { PollFunction } from '../../src/schedule/index.js';
import { startService, type Service } from '../../src/service/index.js';
import type { SqliteStore, Store } from '../../src/store/index.js';
import { makeTempDir } from '../server/helpers.js';
import { writeTestConfig, type TestSource } from './config-file.js';
import { rssFeed, startLoopback, waitFor } from './loopback.js';

/** A stand-in for the pipeline (the real one is exercised by the process tests): GET, then record the outcome. */
function httpPoll({ store }: { store: Store }): PollFunction {
  return async (source: SourceRecord, signal: AbortSignal) => {
    const res = await fetch(source.url, { signal });
    await res.text();
    if (res.ok) {
      await store.sources.recordSuccess(source.id, { now: Date.now() });
      return { sourceId: source.id, outcome: 'new' as const };
    }
    await store.sources.recordFailure(source.id, { now: Date.now(), code: `FETCH_HTTP_${res.status}`, message: res.statusText });
    return { sourceId: source.id, outcome: 'failed' as const, errorCode: `FETCH_HTTP_${res.status}` };
  };
}

async function start(sources: (url: string) => TestSource[], watchConfig = false) {
  const server = await startLoopback((_req, res) => void res.end(rssFeed('t', [{ guid: '1', title: 'Kidal' }])));
  const dir = makeTempDir('feedfold-service-');
  const file = path.join(dir, 'feedfold.yaml');
  const dbPath = path.join(dir, 'feedfold.db');
  writeTestConfig(file, { sources: sources(server.url), dbPath });
  const service = await startService({
    configFile: file,
    env: {},
    logger: createSilentLogger(),
    handleSignals: false,
    watchConfig,
    createPoll: httpPoll,
  });
  return { service, server, file, dbPath, rewrite: (next: TestSource[]) => writeTestConfig(file, { sources: next, dbPath }) };
}

const running: Service[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop('test end')));
});

describe('startService (in process)', () => {
  it('refuses a port in use with a config error naming server.port', async () => {
    const { service } = await start((url) => [{ id: 'a', url: `${url}/a.xml` }]);
    running.push(service);
    const port = Number(new URL(service.url).port);
    const dir = makeTempDir('feedfold-service-');
    const file = writeTestConfig(path.join(dir, 'feedfold.yaml'), { sources: [], dbPath: path.join(dir, 'x.db'), extra: { server: { port } } });
    const attempt = startService({ configFile: file, env: {}, logger: createSilentLogger(), handleSignals: false, watchConfig: false, createPoll: httpPoll });
    await expect(attempt).rejects.toMatchObject({ code: 'CONFIG_INVALID', problems: [expect.stringMatching(/^server\.port: 127\.0\.0\.1:\d+ is already in use/)] });
  });

  it('serves /healthz, /sources and /metrics after the first cycle, then stops cleanly', async () => {
    const { service, server } = await start((url) => [{ id: 'a', url: `${url}/a.xml` }, { id: 'b', url: `${url}/b.xml` }]);
    running.push(service);
    await waitFor(() => service.scheduler.snapshot().cyclesCompleted >= 1, 10_000, 'the first cycle');
    expect(server.requests.sort()).toEqual(['/a.xml', '/b.xml']);
    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(200);
    const sources = (await (await fetch(`${service.url}/sources.json`)).json()) as { sources: Array<{ id: string; health: string }> };
    expect(sources.sources.map((s) => [s.id, s.health])).toEqual([['a', 'ok'], ['b', 'ok']]);
    expect(await (await fetch(`${service.url}/metrics`)).text()).toContain('feedfold_polls_total{outcome="new"} 2');
    await service.stop('test');
    expect(await service.done).toBe(0);
    expect((service.store as SqliteStore).db.open).toBe(false);
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
  });

  it('applies a valid reload (new source polled, removed one no longer) and rejects an invalid one', async () => {
    const { service, server, file, rewrite } = await start((url) => [{ id: 'a', url: `${url}/a.xml` }, { id: 'b', url: `${url}/b.xml` }]);
    running.push(service);
    await waitFor(() => service.scheduler.snapshot().cyclesCompleted >= 1);
    rewrite([{ id: 'a', url: `${server.url}/a.xml` }, { id: 'c', url: `${server.url}/c.xml` }]);
    const applied = await service.reload('test');
    expect(applied).toEqual({ applied: true, problems: [], needsRestart: [] });
    await waitFor(() => server.requests.includes('/c.xml'), 10_000, 'the new source polled');
    expect(service.config().sources.map((s) => s.id)).toEqual(['a', 'c']);
    expect(await service.store.sources.get('b')).toMatchObject({ enabled: false });
    expect((await service.store.sources.get('b'))?.removedAt).toBeDefined();

    fs.writeFileSync(file, 'sources:\n  - { id: "Bad Id", url: "ftp://x" }\nschedule: { cron: "every now and then" }\n');
    const rejected = await service.reload('test');
    expect(rejected.applied).toBe(false);
    expect(rejected.problems.join('\n')).toMatch(/sources\[0\]\.id/);
    expect(rejected.problems.join('\n')).toMatch(/sources\[0\]\.url/);
    expect(rejected.problems.join('\n')).toMatch(/schedule\.cron/);
    expect(service.config().sources.map((s) => s.id)).toEqual(['a', 'c']);
    expect(await (await fetch(`${service.url}/metrics`)).text()).toMatch(/feedfold_config_reloads_total\{result="rejected"\} 1/);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });

  it('reloads when the config file changes on disk', async () => {
    const { service, server, rewrite } = await start((url) => [{ id: 'a', url: `${url}/a.xml` }], true);
    running.push(service);
    await waitFor(() => service.scheduler.snapshot().cyclesCompleted >= 1);
    rewrite([{ id: 'a', url: `${server.url}/a.xml` }, { id: 'z', url: `${server.url}/z.xml` }]);
    await waitFor(() => service.config().sources.length === 2, 10_000, 'the reload after the file changed');
    await waitFor(() => server.requests.includes('/z.xml'), 10_000, 'the new source polled');
  });

  it('keeps the port and database of the running service when a reload changes them', async () => {
    const { service, server, file } = await start((url) => [{ id: 'a', url: `${url}/a.xml` }]);
    running.push(service);
    writeTestConfig(file, {
      sources: [{ id: 'a', url: `${server.url}/a.xml` }],
      dbPath: path.join(path.dirname(file), 'other.db'),
      extra: { server: { port: 9 } },
    });
    const result = await service.reload('test');
    expect(result.applied).toBe(true);
    expect(result.needsRestart.join('\n')).toMatch(/database\.path[\s\S]*server\.port: 0 → 9/);
    expect(service.config().server.port).toBe(0);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});
