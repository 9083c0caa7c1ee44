// `feedfold report` against a real SQLite file filled by the offline demo (bundled feeds on loopback).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/run-demo.js';
import { runCli } from '../cli/run-cli.js';

const NOW = Date.parse('2023-11-17T00:00:00Z');

describe('feedfold report', () => {
  let cwd: string;
  let db: string;

  beforeAll(async () => {
    cwd = mkdtempSync(path.join(os.tmpdir(), 'feedfold-report-cli-'));
    db = path.join(cwd, 'demo.db');
    await runDemo({ cwd, dbPath: db, now: () => NOW });
  }, 120_000);

  afterAll(() => {
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it('prints the text report on a terminal', async () => {
    const run = await runCli(['report', '--db', db], cwd, {}, true);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^feedfold copy report · generated /m);
    expect(run.stdout).toContain('TOP COPIERS');
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('prints JSON when piped, with copies from the demo', async () => {
    const run = await runCli(['report', '--db', db], cwd, {}, false);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { version: number; summary: { copies: number }; sources: Array<{ sourceId: string }> };
    expect(doc.version).toBe(1);
    expect(doc.sources.map((s) => s.sourceId)).toContain('sahel-mirror');
    expect(doc.summary.copies).toBeGreaterThan(0);
  });

  it('applies filters given as flags', async () => {
    const run = await runCli(['report', '--db', db, '--format', 'json', '--kind', 'boilerplate', '--source=dailynews-hub'], cwd);
    const doc = JSON.parse(run.stdout) as { filters: object; timeline: Array<{ kind: string; sourceId: string; originalSourceId: string }> };
    expect(doc.filters).toEqual({ kinds: ['boilerplate'], sources: ['dailynews-hub'] });
    for (const p of doc.timeline) {
      expect(p.kind).toBe('boilerplate');
      expect([p.sourceId, p.originalSourceId]).toContain('dailynews-hub');
    }
  });

  it('writes the HTML page to --out and says so on stderr', async () => {
    const run = await runCli(['report', '--db', db, '--out', 'out/../report.html'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^wrote out\/\.\.\/report\.html \(html\): \d+ copies of \d+ originals\n$/);
    const file = path.join(cwd, 'report.html');
    expect(readFileSync(file, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });

  it.each([
    [['report', '--kind', 'nope'], /kind: unknown value "nope"/],
    [['report', '--from', 'soon'], /from: not a date/],
    [['report', '--format', 'pdf'], /--format must be html, json or text/],
  ])('exits 2 on %j', async (argv, message) => {
    const run = await runCli([...argv, '--db', db], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('prints its usage with --help', async () => {
    const run = await runCli(['report', '--help'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: feedfold report/);
  });
});
