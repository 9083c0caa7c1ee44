import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness } from '../../eval/harness.js';
import { main } from '../../src/cli/main.js';
import { DEFAULT_SETTINGS } from '../../src/dedup/index.js';
import { EDITED_A, paddedCopy, TITLE_A, WIRE_A, WIRE_B } from '../fixtures/dedup/stories.js';
import { article, feed } from './helpers.js';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await main([...args, '--config', path.join(dir, 'feedfold.yaml')], { stdout, stderr, env: {}, cwd: dir, isTTY: false });
  return { code, out: stdout.text(), err: stderr.text() };
}

async function setUp(): Promise<void> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-cli-dedup-'));
  const harness = await openHarness(DEFAULT_SETTINGS, { dir, keep: true });
  await feed(harness, [
    article('wire-a', 'atlantic-wire', WIRE_A, 0, { title: TITLE_A, sourceRole: 'original', sourceTitle: 'Atlantic Wire' }),
    article('wire-b', 'sahara-press', WIRE_B, 5),
    article('padded', 'copy-site', paddedCopy(), 30),
    article('edited', 'desk-site', EDITED_A, 50),
  ]);
  await harness.close();
  const sources = ['atlantic-wire', 'sahara-press', 'copy-site', 'desk-site']
    .map((id) => `  - { id: ${id}, title: ${id}, url: "http://127.0.0.1/${id}.xml", role: ${id === 'atlantic-wire' ? 'original' : 'unknown'} }`);
  fs.writeFileSync(path.join(dir, 'feedfold.yaml'), `topic:\n  name: test\n  include:\n    en: [octopus]\nsources:\n${sources.join('\n')}\ndatabase:\n  path: ${path.join(dir, 'feedfold.db')}\n`);
}

describe('feedfold clusters / dedup', () => {
  it('exports clusters with copies in the documented JSON shape', async () => {
    await setUp();
    const { code, out } = await run(['clusters', 'export', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.clusters).toHaveLength(1);
    const [cluster] = doc.clusters;
    expect(cluster.original).toEqual({ link: 'https://atlantic-wire.example/wire-a', source: 'atlantic-wire' });
    expect(cluster.members.map((m: { source: string; kind: string }) => [m.source, m.kind])).toEqual([
      ['atlantic-wire', 'original'], ['copy-site', 'boilerplate'], ['desk-site', 'edited'],
    ]);
    expect(cluster.members[1]).toEqual({ link: 'https://copy-site.example/padded', source: 'copy-site', kind: 'boilerplate', lagSeconds: 1800, score: expect.any(Number) });
  });

  it('lists and shows clusters, and rebuilds with the same ids', async () => {
    await setUp();
    const list = await run(['clusters', 'list', '--json']);
    const [cluster] = JSON.parse(list.out);
    const show = await run(['clusters', 'show', cluster.id]);
    expect(show.out).toContain('original (attribution)');
    expect(show.out).toMatch(/boilerplate \+30m score 1\.00 credits original\s+copy-site/);
    const rebuild = await run(['dedup', 'rebuild']);
    expect(rebuild.out).toMatch(/^rebuilt copy detection: 4 items, 2 copies in 1 clusters/);
    const after = await run(['clusters', 'list', '--json']);
    expect(JSON.parse(after.out).map((c: { id: string }) => c.id)).toEqual([cluster.id]);
    expect((await run(['clusters', 'list', '--all'])).out.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    [['clusters'], 2],
    [['clusters', 'show'], 2],
    [['clusters', 'show', 'nope'], 2],
    [['clusters', 'export'], 2],
    [['dedup'], 2],
  ])('refuses %j with exit code %i', async (args, code) => {
    await setUp();
    expect((await run(args)).code).toBe(code);
  });
});
