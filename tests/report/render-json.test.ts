import { describe, expect, it } from 'vitest';
import { buildReport, renderReportJson, REPORT_VERSION } from '../../src/report/index.js';
import { createFixtureStore, EVIL_TITLE, FIXTURE_NOW } from '../fixtures/report/fixture-store.js';
import { loadFixedModel } from './golden.js';

describe('renderReportJson', () => {
  const doc = JSON.parse(renderReportJson(loadFixedModel()));

  it('carries the format version and the documented top-level fields', () => {
    expect(doc.version).toBe(REPORT_VERSION);
    expect(Object.keys(doc)).toEqual(['version', 'topic', 'generatedAt', 'filters', 'summary', 'clusters', 'sources', 'matrix', 'timeline']);
  });

  it('writes times as ISO 8601 and keeps lags, offsets and scores as numbers', () => {
    expect(doc.generatedAt).toBe('2023-11-20T12:00:00.000Z');
    const copy = doc.clusters[0].copies[0];
    expect(copy.appearedAt).toBe('2023-11-15T09:03:00.000Z');
    expect(copy.lagSeconds).toBe(180);
    expect(typeof copy.passages[0].copyFrom).toBe('number');
    expect(copy.boilerplate[0]).toEqual({ from: expect.any(Number), to: expect.any(Number), why: 'site footer' });
    expect(doc.timeline[0].appearedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('writes the filters with ISO times', async () => {
    const model = await buildReport({ store: createFixtureStore(), now: FIXTURE_NOW }, { from: Date.UTC(2023, 10, 15), kinds: ['verbatim'], minScore: 0.5 });
    expect(JSON.parse(renderReportJson(model)).filters).toEqual({ from: '2023-11-15T00:00:00.000Z', kinds: ['verbatim'], minScore: 0.5 });
  });

  it('keeps feed strings as data', () => {
    expect(doc.clusters[0].copies[0].title).toBe(EVIL_TITLE);
  });
});
