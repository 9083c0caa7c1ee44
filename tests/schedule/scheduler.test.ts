import { describe, it, expect } from 'vitest';
import type { Config, SourceRecord } from '../../src/model.js';
import { createMetrics } from '../../src/observe/metrics.js';
import { createScheduler, createSeededRandom, type PollFunction, type PollReport } from '../../src/schedule/index.js';
import { createSchedulerSources } from '../../src/service/scheduler-sources.js';
import type { Store } from '../../src/store/index.js';
import { makeConfig, openTestStore, sourceConfig, T0 } from '../server/helpers.js';
import { createGate, rssFeed, startLoopback, waitFor } from '../service/loopback.js';

const MIN = 60_000;

/** A stand-in for the pipeline: a real HTTP GET, recorded in the store the way the pipeline records it. */
function httpPoll(store: Store, now: () => number): PollFunction {
  return async (source: SourceRecord, signal: AbortSignal): Promise<PollReport> => {
    const res = await fetch(source.url, { signal });
    await res.text();
    if (res.ok) {
      await store.sources.recordSuccess(source.id, { now: now() });
      return { sourceId: source.id, outcome: 'new', itemsNew: 1 };
    }
    const code = `FETCH_HTTP_${res.status}`;
    await store.sources.recordFailure(source.id, { now: now(), code: code as 'FETCH_HTTP_404', message: res.statusText });
    return { sourceId: source.id, outcome: 'failed', errorCode: code };
  };
}

async function setup(config: Config, wrap: (poll: PollFunction) => PollFunction = (poll) => poll) {
  const { store } = await openTestStore(config.sources);
  let clock = T0;
  const now = () => clock;
  const metrics = createMetrics({ processMetrics: false });
  const scheduler = createScheduler({
    sources: createSchedulerSources(store, () => config),
    poll: wrap(httpPoll(store, now)),
    settings: () => ({ schedule: config.schedule, concurrency: config.fetch.concurrency }),
    now,
    random: createSeededRandom(7),
    metrics,
  });
  return { store, scheduler, metrics, advance: (ms: number) => (clock += ms) };
}

describe('Scheduler', () => {
  it('never runs a second cycle on top of a running one, and never polls one source twice at once', async () => {
    const gate = createGate();
    const server = await startLoopback(async (req, res) => {
      if (req.url === '/slow.xml') await gate.promise;
      res.end(rssFeed('t', [{ guid: '1', title: 'Kidal' }]));
    });
    const config = makeConfig([sourceConfig('slow', { url: `${server.url}/slow.xml` }), sourceConfig('fast', { url: `${server.url}/fast.xml` })]);
    const { scheduler, metrics } = await setup(config);
    const first = scheduler.runCycle('test');
    await waitFor(() => server.requests.includes('/slow.xml'), 10_000, 'the slow request');
    expect(scheduler.snapshot().cycleRunning).toBe(true);
    expect(scheduler.snapshot().inFlight).toContain('slow');
    const second = await scheduler.runCycle('test');
    const third = await scheduler.runCycle('test');
    expect([second.status, third.status]).toEqual(['skipped', 'skipped']);
    gate.open();
    const done = await first;
    expect(done.status).toBe('completed');
    expect(done.polled.map((p) => p.sourceId).sort()).toEqual(['fast', 'slow']);
    expect(server.requests.filter((p) => p === '/slow.xml')).toHaveLength(1);
    expect(server.maxConcurrent.get('/slow.xml')).toBe(1);
    expect(scheduler.snapshot()).toMatchObject({ cyclesCompleted: 1, cyclesSkipped: 2, cycleRunning: false, inFlight: [] });
    expect(await metrics.render()).toContain('feedfold_cycles_total{result="skipped"} 2');
  });

  it('polls at most `concurrency` sources at once and each due source once', async () => {
    let inFlight = 0;
    let peak = 0;
    const server = await startLoopback(async (_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
      res.end(rssFeed('t', []));
    });
    const sources = Array.from({ length: 12 }, (_, i) => sourceConfig(`s${i}`, { url: `${server.url}/s${i}.xml` }));
    const config = makeConfig(sources);
    const limited = { ...config, fetch: { ...config.fetch, concurrency: 3 } };
    const { scheduler } = await setup(limited);
    const report = await scheduler.runCycle('test');
    expect(report.polled).toHaveLength(12);
    expect(new Set(server.requests).size).toBe(12);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThanOrEqual(1);
  });

  it('stores the next due time and skips sources not due yet', async () => {
    const server = await startLoopback((_req, res) => void res.end(rssFeed('t', [])));
    const config = makeConfig([
      sourceConfig('hourly', { url: `${server.url}/hourly.xml`, intervalMinutes: 60 }),
      sourceConfig('default', { url: `${server.url}/default.xml` }),
    ]);
    const { store, scheduler, advance } = await setup(config);
    await scheduler.runCycle('test');
    expect((await store.sources.get('hourly'))?.nextDueAt).toBe(T0 + 60 * MIN);
    expect((await store.sources.get('default'))?.nextDueAt).toBe(T0 + 30 * MIN);
    advance(10 * MIN);
    expect((await scheduler.runCycle('test')).polled).toEqual([]);
    advance(20 * MIN);
    expect((await scheduler.runCycle('test')).polled.map((p) => p.sourceId)).toEqual(['default']);
    advance(30 * MIN);
    expect((await scheduler.runCycle('test')).polled.map((p) => p.sourceId).sort()).toEqual(['default', 'hourly']);
  });

  it('backs off a failing source with seeded jitter while its healthy neighbour on the same host keeps its interval', async () => {
    const server = await startLoopback((req, res) => {
      res.statusCode = req.url === '/bad.xml' ? 500 : 200;
      res.end(rssFeed('t', []));
    });
    const config = makeConfig([sourceConfig('bad', { url: `${server.url}/bad.xml` }), sourceConfig('good', { url: `${server.url}/good.xml` })]);
    const delays: number[] = [];
    const { store, scheduler, advance } = await setup(config);
    let at = T0;
    for (let i = 0; i < 5; i++) {
      await scheduler.runCycle('test');
      delays.push((await store.sources.get('bad'))!.nextDueAt! - at);
      expect((await store.sources.get('good'))!.nextDueAt! - at).toBe(30 * MIN);
      const step = Math.max(delays[i], 30 * MIN);
      advance(step);
      at += step;
    }
    expect((await store.sources.get('bad'))!.consecutiveErrors).toBe(5);
    // Backoff 15 × 2^(n-1) min with a jitter factor in [0.5, 1.5), never under the 30 min interval.
    delays.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(Math.max(30 * MIN, 15 * MIN * 2 ** i * 0.5));
      expect(ms).toBeLessThan(Math.max(30 * MIN + 1, 15 * MIN * 2 ** i * 1.5));
    });
    expect(delays[4]).toBeGreaterThan(delays[0]);
  });

  it.each([
    ['a 410 at once', 410, 1, /HTTP 410 Gone/],
    ['five 404s in a row', 404, 5, /HTTP 404 Not Found 5 times in a row/],
  ])('disables a source after %s, with the reason stored', async (_name, status, polls, reason) => {
    const server = await startLoopback((_req, res) => {
      res.statusCode = status;
      res.end('gone');
    });
    const config = makeConfig([sourceConfig('x', { url: `${server.url}/x.xml` })]);
    const { store, scheduler, advance } = await setup(config);
    for (let i = 0; i < polls; i++) {
      expect((await store.sources.get('x'))?.disabledReason).toBeUndefined();
      await scheduler.runCycle('test');
      advance(2 * 1440 * MIN);
    }
    expect(await store.sources.get('x')).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(reason) });
    await scheduler.runCycle('test');
    expect(server.requests).toHaveLength(polls);
  });

  it('polls only the sources of the current config', async () => {
    const server = await startLoopback((_req, res) => void res.end(rssFeed('t', [])));
    const a = sourceConfig('a', { url: `${server.url}/a.xml` });
    const b = sourceConfig('b', { url: `${server.url}/b.xml` });
    let config = makeConfig([a, b]);
    const { store } = await openTestStore([a, b]);
    const scheduler = createScheduler({
      sources: createSchedulerSources(store, () => config),
      poll: httpPoll(store, () => T0),
      settings: () => ({ schedule: config.schedule, concurrency: 2 }),
      now: () => T0,
      random: createSeededRandom(1),
    });
    config = makeConfig([a]);
    const report = await scheduler.runCycle('test');
    expect(report.polled.map((p) => p.sourceId)).toEqual(['a']);
  });

  it('stop() aborts an in-flight poll through its AbortSignal and leaves its due time alone', async () => {
    const server = await startLoopback(async () => {
      await new Promise(() => undefined);
    });
    const config = makeConfig([sourceConfig('hang', { url: `${server.url}/hang.xml` })]);
    let aborted = false;
    const { store, scheduler } = await setup(config, (poll) => async (source, signal) => {
      signal.addEventListener('abort', () => (aborted = true));
      return poll(source, signal).catch((error: Error) => ({
        sourceId: source.id,
        outcome: 'failed' as const,
        errorCode: 'FETCH_NETWORK',
        errorMessage: error.message,
      }));
    });
    const cycle = scheduler.runCycle('test');
    await waitFor(() => server.requests.length === 1, 10_000, 'the hanging request');
    await scheduler.stop(5_000);
    expect(aborted).toBe(true);
    const report = await cycle;
    expect(report.polled[0]).toMatchObject({ sourceId: 'hang', aborted: true });
    expect((await store.sources.get('hang'))?.nextDueAt).toBeUndefined();
    expect(scheduler.snapshot()).toMatchObject({ alive: false, inFlight: [] });
    expect((await scheduler.runCycle('after-stop')).status).toBe('stopped');
  });

  it('starts no queued source after stop() and settles none it aborted', async () => {
    const server = await startLoopback(async () => {
      await new Promise(() => undefined);
    });
    const sources = Array.from({ length: 5 }, (_, i) => sourceConfig(`q${i}`, { url: `${server.url}/q${i}.xml` }));
    const config = makeConfig(sources);
    const { store, scheduler } = await setup({ ...config, fetch: { ...config.fetch, concurrency: 1 } });
    const cycle = scheduler.runCycle('test');
    await waitFor(() => server.requests.length === 1, 10_000, 'the first request');
    await scheduler.stop(5_000);
    const report = await cycle;
    expect(server.requests).toEqual(['/q0.xml']);
    expect(report.polled.every((p) => p.aborted)).toBe(true);
    expect((await store.sources.list()).map((s) => [s.consecutiveErrors, s.nextDueAt])).toEqual(sources.map(() => [0, undefined]));
  });

  it('records a poll that throws (a bug) as an INTERNAL error of that source, and goes on', async () => {
    const server = await startLoopback((_req, res) => void res.end(rssFeed('t', [])));
    const config = makeConfig([sourceConfig('buggy', { url: `${server.url}/b.xml` }), sourceConfig('fine', { url: `${server.url}/f.xml` })]);
    const { store, scheduler } = await setup(config, (poll) => async (source, signal) => {
      if (source.id === 'buggy') throw new TypeError('cannot read properties of undefined');
      return poll(source, signal);
    });
    const report = await scheduler.runCycle('test');
    expect(report.status).toBe('completed');
    expect(await store.sources.get('buggy')).toMatchObject({
      consecutiveErrors: 1,
      lastErrorCode: 'INTERNAL',
      lastErrorMessage: expect.stringMatching(/cannot read properties/),
    });
    expect((await store.sources.get('buggy'))?.nextDueAt).toBeGreaterThan(T0);
    expect(await store.sources.get('fine')).toMatchObject({ consecutiveErrors: 0, lastSuccessAt: expect.any(Number) });
  });

  it('under node-cron, a cycle that overruns the next fires makes them skip, and cycles resume after it', async () => {
    const gate = createGate();
    const server = await startLoopback(async (_req, res) => {
      await gate.promise;
      res.end(rssFeed('t', []));
    });
    const base = makeConfig([sourceConfig('slow', { url: `${server.url}/slow.xml` })]);
    const config = { ...base, schedule: { ...base.schedule, cron: '* * * * * *' } };
    const { scheduler } = await setup(config);
    expect(scheduler.snapshot().alive).toBe(false);
    const first = scheduler.start();
    expect(scheduler.snapshot()).toMatchObject({ alive: true, cron: '* * * * * *', cyclePeriodMs: 1000 });
    await waitFor(() => scheduler.snapshot().cyclesSkipped >= 2, 15_000, 'two skipped fires');
    expect(server.requests).toEqual(['/slow.xml']);
    gate.open();
    expect((await first).status).toBe('completed');
    await waitFor(() => scheduler.snapshot().cyclesCompleted >= 2, 15_000, 'a cycle after the overrun');
    await scheduler.stop();
    expect(scheduler.snapshot().nextCycleAt).toBeUndefined();
  });

  it('queues one more cycle when asked during a running one (config reload)', async () => {
    const gate = createGate();
    const server = await startLoopback(async (_req, res) => {
      await gate.promise;
      res.end(rssFeed('t', []));
    });
    const config = makeConfig([sourceConfig('a', { url: `${server.url}/a.xml` })]);
    const { scheduler } = await setup(config);
    const first = scheduler.runCycle('test');
    await waitFor(() => server.requests.length === 1);
    expect((await scheduler.runCycle('reload', true)).status).toBe('skipped');
    gate.open();
    await first;
    await waitFor(() => scheduler.snapshot().cyclesCompleted === 2, 10_000, 'the queued cycle');
    expect(scheduler.snapshot().cyclesSkipped).toBe(0);
  });
});
