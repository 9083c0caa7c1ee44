import { describe, it, expect } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { assessHealth, type HealthReport } from '../../src/server/routes/health.js';
import { openSqliteStore } from '../../src/store/index.js';
import { fixedScheduler, makeConfig, openTestStore, sourceConfig, T0 } from './helpers.js';

const MIN = 60_000;

describe('assessHealth', () => {
  const writable = { writable: true };
  it.each<[string, Parameters<typeof fixedScheduler>[0], 'ok' | 'failing', RegExp | undefined]>([
    ['fresh cycle', {}, 'ok', undefined],
    ['cycle 29 minutes ago (period 10 min)', { lastCycleFinishedAt: T0 - 29 * MIN }, 'ok', undefined],
    ['cycle 31 minutes ago is stale', { lastCycleFinishedAt: T0 - 31 * MIN }, 'failing', /stale after 1800 s/],
    ['first cycle still running, started 5 min ago', { lastCycleFinishedAt: undefined, startedAt: T0 - 5 * MIN }, 'ok', undefined],
    ['first cycle stuck for 40 min', { lastCycleFinishedAt: undefined, startedAt: T0 - 40 * MIN }, 'failing', /stale/],
    ['hourly schedule, 2 h old cycle', { cyclePeriodMs: 60 * MIN, lastCycleFinishedAt: T0 - 120 * MIN }, 'ok', undefined],
    ['scheduler stopped', { alive: false }, 'failing', /scheduler not running/],
  ])('%s', (_name, snapshot, status, problem) => {
    const report = assessHealth(writable, fixedScheduler(snapshot).snapshot(), T0);
    expect(report.status).toBe(status);
    if (problem) expect(report.problems.join('\n')).toMatch(problem);
    else expect(report.problems).toEqual([]);
  });

  it('fails when the database is not writable, and reports without a scheduler', () => {
    const report = assessHealth({ writable: false, error: 'attempt to write a readonly database' }, undefined, T0);
    expect(report).toMatchObject({ status: 'failing', scheduler: null });
    expect(report.problems[0]).toMatch(/database not writable: attempt to write a readonly database/);
  });
});

describe('GET /healthz', () => {
  it('answers 200 with the database and scheduler facts', async () => {
    const { store } = await openTestStore([sourceConfig('a')]);
    const app = createApp({ config: makeConfig(), store, now: () => T0, scheduler: fixedScheduler() });
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as HealthReport;
    expect(body).toMatchObject({
      status: 'ok',
      database: { writable: true },
      scheduler: { alive: true, lastCycleAgeSeconds: 30, staleAfterSeconds: 1800, inFlight: 0 },
    });
    // The probe rolled back: the source row is untouched and no probe row exists.
    expect((await store.sources.list()).map((s) => s.id)).toEqual(['a']);
  });

  it('answers 503 when the last cycle is stale', async () => {
    const { store } = await openTestStore();
    const app = createApp({ config: makeConfig(), store, now: () => T0, scheduler: fixedScheduler({ lastCycleFinishedAt: T0 - 45 * MIN }) });
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(((await res.json()) as HealthReport).status).toBe('failing');
  });

  it('answers 503 when the database is opened read-only', async () => {
    const { store, file } = await openTestStore();
    await store.close();
    const readonly = openSqliteStore(file, { readonly: true });
    try {
      const app = createApp({ config: makeConfig(), store: readonly, now: () => T0, scheduler: fixedScheduler() });
      const res = await app.request('/healthz');
      expect(res.status).toBe(503);
      const body = (await res.json()) as HealthReport;
      expect(body.database.writable).toBe(false);
      expect(body.problems[0]).toMatch(/readonly/i);
    } finally {
      await readonly.close();
    }
  });

  it('answers 503 when the database was closed', async () => {
    const { store } = await openTestStore();
    const app = createApp({ config: makeConfig(), store, now: () => T0, scheduler: fixedScheduler() });
    await store.close();
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(((await res.json()) as HealthReport).database.writable).toBe(false);
  });
});
