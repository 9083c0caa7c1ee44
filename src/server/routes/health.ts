// GET /healthz: database writable, scheduler alive, age of the last cycle; 503 when any of them is wrong.
import { Hono } from 'hono';
import type { SchedulerSnapshot } from '../../schedule/types.js';
import type { AppDeps } from '../app.js';

/** Whether the database takes writes (`store.probeWritable()`: a write rolled back), and why not. */
export interface DatabaseProbe {
  writable: boolean;
  error?: string;
}

/** The /healthz body. */
export interface HealthReport {
  status: 'ok' | 'failing';
  problems: string[];
  database: DatabaseProbe;
  scheduler: {
    alive: boolean;
    cycleRunning: boolean;
    lastCycleFinishedAt?: string;
    /** Seconds since the last cycle finished (or since start, before the first one finished). */
    lastCycleAgeSeconds?: number;
    staleAfterSeconds?: number;
    /** Why the last cycle failed, when it did (a database fault, a bug). */
    lastCycleError?: string;
    inFlight: number;
  } | null;
  time: string;
}

/** Judges health: stale means no cycle finished for more than three cycle periods. */
export function assessHealth(probe: DatabaseProbe, snapshot: SchedulerSnapshot | undefined, now: number): HealthReport {
  const problems: string[] = [];
  if (!probe.writable) problems.push(`database not writable: ${probe.error ?? 'unknown error'}`);
  let scheduler: HealthReport['scheduler'] = null;
  if (snapshot) {
    const since = snapshot.lastCycleFinishedAt ?? snapshot.startedAt;
    const age = since === undefined ? undefined : Math.max(0, now - since);
    const staleAfter = 3 * snapshot.cyclePeriodMs;
    if (!snapshot.alive) problems.push('scheduler not running');
    else if (age !== undefined && age > staleAfter) {
      problems.push(`last cycle finished ${Math.round(age / 1000)} s ago (stale after ${staleAfter / 1000} s)`);
    }
    scheduler = {
      alive: snapshot.alive,
      cycleRunning: snapshot.cycleRunning,
      lastCycleFinishedAt: snapshot.lastCycleFinishedAt ? new Date(snapshot.lastCycleFinishedAt).toISOString() : undefined,
      lastCycleAgeSeconds: age === undefined ? undefined : Math.round(age / 1000),
      staleAfterSeconds: staleAfter / 1000,
      lastCycleError: snapshot.lastCycleError,
      inFlight: snapshot.inFlight.length,
    };
  }
  return {
    status: problems.length ? 'failing' : 'ok',
    problems,
    database: probe,
    scheduler,
    time: new Date(now).toISOString(),
  };
}

/** Routes: GET /healthz. */
export function healthRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    const report = assessHealth(await deps.store.probeWritable(), deps.scheduler?.snapshot(), deps.now());
    c.header('Cache-Control', 'no-store');
    return c.json(report, report.status === 'ok' ? 200 : 503);
  });
  return app;
}
