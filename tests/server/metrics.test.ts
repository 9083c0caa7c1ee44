import { describe, it, expect } from 'vitest';
import { createMetrics } from '../../src/observe/metrics.js';
import { createApp } from '../../src/server/app.js';
import { makeConfig, openTestStore, sourceConfig, T0 } from './helpers.js';

/** The value of one sample line (`name{labels} value`) in exposition text. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('exports polls, durations, items, duplicates, copies, per-source health and process metrics', async () => {
    const { store } = await openTestStore([sourceConfig('a'), sourceConfig('b')]);
    await store.sources.recordSuccess('a', { now: T0 - 1000 });
    await store.sources.recordFailure('b', { now: T0, code: 'FETCH_HTTP_500', message: 'Internal Server Error' });
    await store.sources.recordFailure('b', { now: T0, code: 'FETCH_HTTP_500', message: 'Internal Server Error' });
    const metrics = createMetrics();
    metrics.recordPoll({ sourceId: 'a', outcome: 'new', durationMs: 120 });
    metrics.recordPoll({ sourceId: 'b', outcome: 'failed', durationMs: 2500, errorCode: 'FETCH_HTTP_500' });
    metrics.recordItemsStored(7);
    metrics.recordExactDuplicates(2);
    metrics.recordCopies('verbatim', 3);
    metrics.recordCopies('rewrite');
    metrics.recordCycle('completed', 4000, T0);
    metrics.recordCycle('skipped');
    metrics.recordReload('rejected');
    const app = createApp({ config: makeConfig(), store, now: () => T0, metrics });

    const res = await app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect.soft(sample(text, 'feedfold_polls_total{outcome="new"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_polls_total{outcome="failed"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_polls_total{outcome="unchanged"}')).toBe(0);
    expect.soft(sample(text, 'feedfold_poll_errors_total{code="FETCH_HTTP_500"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_poll_duration_seconds_count{outcome="failed"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_poll_duration_seconds_bucket{le="5",outcome="failed"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_poll_duration_seconds_bucket{le="2.5",outcome="failed"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_poll_duration_seconds_bucket{le="1",outcome="failed"}')).toBe(0);
    expect.soft(sample(text, 'feedfold_items_stored_total')).toBe(7);
    expect.soft(sample(text, 'feedfold_exact_duplicates_total')).toBe(2);
    expect.soft(sample(text, 'feedfold_copies_found_total{kind="verbatim"}')).toBe(3);
    expect.soft(sample(text, 'feedfold_copies_found_total{kind="rewrite"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_source_consecutive_errors{source="a"}')).toBe(0);
    expect.soft(sample(text, 'feedfold_source_consecutive_errors{source="b"}')).toBe(2);
    expect.soft(sample(text, 'feedfold_source_last_success_timestamp_seconds{source="a"}')).toBe((T0 - 1000) / 1000);
    expect.soft(sample(text, 'feedfold_source_last_success_timestamp_seconds{source="b"}')).toBeUndefined();
    expect.soft(sample(text, 'feedfold_cycles_total{result="completed"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_cycles_total{result="skipped"}')).toBe(1);
    expect.soft(sample(text, 'feedfold_last_cycle_timestamp_seconds')).toBe(T0 / 1000);
    expect.soft(sample(text, 'feedfold_config_reloads_total{result="rejected"}')).toBe(1);
    expect.soft(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect.soft(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('drops the gauges of a source removed from the config and counts HTTP requests by route', async () => {
    const { store } = await openTestStore([sourceConfig('a'), sourceConfig('gone')]);
    const metrics = createMetrics({ processMetrics: false });
    const app = createApp({ config: makeConfig(), store, now: () => T0, metrics });
    expect(await (await app.request('/metrics')).text()).toContain('feedfold_source_consecutive_errors{source="gone"} 0');
    await store.sources.sync([sourceConfig('a')], T0 + 1);
    await app.request('/nowhere');
    const text = await (await app.request('/metrics')).text();
    expect(text).not.toContain('source="gone"');
    expect(sample(text, 'feedfold_http_requests_total{route="/metrics",status="200"}')).toBe(1);
    expect(sample(text, 'feedfold_http_requests_total{route="unmatched",status="404"}')).toBe(1);
  });

  it('keeps one registry per instance: two apps never share counts', async () => {
    const { store } = await openTestStore();
    const first = createMetrics({ processMetrics: false });
    const second = createMetrics({ processMetrics: false });
    first.recordItemsStored(5);
    const app = createApp({ config: makeConfig(), store, now: () => T0, metrics: second });
    const text = await (await app.request('/metrics')).text();
    expect(sample(text, 'feedfold_items_stored_total')).toBe(0);
    expect(sample(await first.render(), 'feedfold_items_stored_total')).toBe(5);
  });

  it('answers 404 when the app has no metrics', async () => {
    const { store } = await openTestStore();
    const app = createApp({ config: makeConfig(), store, now: () => T0 });
    expect((await app.request('/metrics')).status).toBe(404);
  });
});
