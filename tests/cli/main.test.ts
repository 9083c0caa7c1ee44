import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, it, expect } from 'vitest';
import { serveDirectory, type ServedDirectory } from '../../src/demo/serve-directory.js';
import { VERSION } from '../../src/config/index.js';
import { runCli } from './run-cli.js';

const FEEDS = path.resolve(import.meta.dirname, '../fixtures/pipeline');
const OPML = path.resolve(import.meta.dirname, '../fixtures/cli/subscriptions.opml');
let server: ServedDirectory;

beforeAll(async () => {
  server = await serveDirectory(FEEDS);
});
afterAll(async () => {
  await server.close();
});
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A working folder with config/feedfold.yaml (comments included) pointing at the loopback feeds. */
function workspace(sources = ['wire', 'copier']): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedfold-cli-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'config'));
  const lines = sources.map((id) => `  - { id: ${id}, url: "${server.url}/${id === 'gone' ? 'missing' : id}.xml", role: unknown }`);
  fs.writeFileSync(
    path.join(dir, 'config/feedfold.yaml'),
    `# test config\ntopic: { name: Kidal, strong: [Kidal] }\nsources:\n  # loopback feeds\n${lines.join('\n')}\ndatabase: { path: data/test.db }\n` +
      '# one source at a time: which copy is stored first (and counted as the exact duplicate) is then fixed\nfetch: { concurrency: 1 }\n',
  );
  return dir;
}

describe('feedfold (global)', () => {
  it.each([
    [['--version'], 0, `feedfold ${VERSION}\n`],
    [['-V'], 0, `feedfold ${VERSION}\n`],
  ])('%j prints the version', async (argv, code, stdout) => {
    expect(await runCli(argv, os.tmpdir())).toMatchObject({ code, stdout });
  });

  it('lists commands on --help and exits 2 without a command', async () => {
    const help = await runCli(['--help'], os.tmpdir());
    expect(help.code).toBe(0);
    for (const name of ['poll', 'items', 'sources', 'opml', 'config', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const bare = await runCli([], os.tmpdir());
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('usage: feedfold');
  });

  it.each([
    [['frobnicate'], 2, /^feedfold: unknown command "frobnicate"/],
    [['poll', '--nope'], 2, /^feedfold: poll: Unknown option '--nope'/],
    [['items'], 2, /^feedfold: items: expected "items list"/],
    [['items', 'list', '--limit', '0'], 2, /^feedfold: items: --limit must be a whole number ≥ 1, not "0"/],
  ])('%j exits %i with one message', async (argv, code, message) => {
    const run = await runCli(argv, workspace());
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });

  it('prints a command\'s usage with --help before or after the name', async () => {
    const after = await runCli(['poll', '--help'], os.tmpdir());
    const before = await runCli(['--help', 'poll'], os.tmpdir());
    expect(after.stdout).toMatch(/^usage: feedfold poll/);
    expect(before.stdout).toBe(after.stdout);
  });
});

describe('feedfold config', () => {
  it('checks a valid config', async () => {
    const dir = workspace();
    const run = await runCli(['config', 'check'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`config OK: ${path.join(dir, 'config/feedfold.yaml')}`);
    expect(run.stdout).toContain('sources: 2 (2 enabled)');
    expect(run.stdout).toContain(`database: ${path.join(dir, 'data/test.db')}`);
  });

  it('exits 3 and lists every problem of an invalid config', async () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'fetch: { timeoutMs: 5 }\nsources:\n  - { id: a, url: "ftp://x" }\n');
    const run = await runCli(['--config', 'bad.yaml', 'config', 'check'], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `feedfold: ${path.join(dir, 'bad.yaml')}: invalid config\n` +
        '  - sources[0].url: must be an http(s) URL (got "ftp://x")\n' +
        '  - fetch.timeoutMs: must be an integer from 1000 to 300000 (got 5)\n' +
        'fix the config, then check it with `feedfold config check`\n',
    );
  });

  it('reads FEEDFOLD_* variables', async () => {
    const run = await runCli(['config', 'check'], workspace(), { FEEDFOLD_PORT: 'x' });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('FEEDFOLD_PORT: must be an integer from 0 to 65535 (got "x")');
  });

  it('prints the reference as markdown', async () => {
    const run = await runCli(['config', 'reference'], os.tmpdir());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## Config reference/);
    expect(run.stdout).toContain('| `sources[].url` | string | `required` | must be an http(s) URL |');
  });
});

describe('feedfold poll and items', () => {
  it('polls, prints one line per source, exits 1 when one failed, and lists items', async () => {
    const dir = workspace(['wire', 'copier', 'gone']);
    const run = await runCli(['poll'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'wire    new 2 (3 seen, 1 off-topic)',
      'copier  new 1 (1 seen, 1 exact duplicates)',
      'gone    failed FETCH_HTTP_404 ' + run.stdout.split('\n')[2].split('FETCH_HTTP_404 ')[1],
      '3 sources polled: 3 new items, 1 failed',
      '',
    ]);
    const again = await runCli(['poll', '--source', 'wire'], dir);
    expect(again).toMatchObject({ code: 0, stdout: 'wire  unchanged (304 not modified)\n1 sources polled: 0 new items, 0 failed\n' });
    const listed = await runCli(['items', 'list', '--source', 'wire'], dir);
    expect(listed.stdout).toBe(
      '2023-11-14 12:30  wire  Rebels say they left Kidal to spare civilians  <https://wire.example/2023/11/14/rebels-left-kidal>\n' +
        '2023-11-14 10:00  wire  Malian army enters Kidal  <https://wire.example/2023/11/14/army-enters-kidal>\n',
    );
    const json = JSON.parse((await runCli(['items', 'list', '--json', '--since', '2023-11-14T11:00Z'], dir)).stdout) as Array<Record<string, unknown>>;
    expect(json.map((i) => [i.sourceId, i.publishedAt])).toEqual([
      ['wire', '2023-11-14T12:30:00.000Z'],
      ['copier', '2023-11-14T11:15:00.000Z'],
    ]);
    expect((await runCli(['poll', '--source', 'nope'], dir)).stderr).toBe('feedfold: poll: unknown source nope (see feedfold sources list)\n');
  });

  it('draws a progress bar on stderr for a terminal', async () => {
    const run = await runCli(['poll'], workspace(['wire']), {}, true);
    expect(run.stderr).toContain('polling [########################] 1/1');
  });

  it('exits 4 when the database cannot be opened', async () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, 'data/test.db'), { recursive: true });
    const run = await runCli(['items', 'list'], dir);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^feedfold: cannot open database .*test\.db/);
  });
});

describe('feedfold sources and opml', () => {
  it('adds, disables, enables and removes sources in the config file, keeping comments, and syncs the database', async () => {
    const dir = workspace(['wire']);
    const file = path.join(dir, 'config/feedfold.yaml');
    const added = await runCli(['sources', 'add', 'https://www.rfi.fr/fr/afrique/rss', '--title', 'RFI Afrique', '--role', 'original'], dir);
    expect(added).toMatchObject({ code: 0, stdout: `added rfi-fr: https://www.rfi.fr/fr/afrique/rss\nconfig: ${file}\n` });
    expect(fs.readFileSync(file, 'utf8')).toContain('# loopback feeds\n');
    expect(fs.readFileSync(file, 'utf8')).toContain('  - { id: rfi-fr, title: RFI Afrique, url: https://www.rfi.fr/fr/afrique/rss, role: original }\n');
    expect((await runCli(['sources', 'add', 'https://WWW.rfi.fr/fr/afrique/rss/'], dir)).stderr).toBe('feedfold: sources: https://WWW.rfi.fr/fr/afrique/rss/ is already source rfi-fr\n');
    expect((await runCli(['sources', 'add', 'ftp://x.org/feed', '--id', 'x'], dir)).code).toBe(3);
    expect((await runCli(['sources', 'disable', 'rfi-fr'], dir)).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('role: original, enabled: false }');
    let list = (await runCli(['sources', 'list'], dir)).stdout;
    expect(list).toMatch(/^id +state +role +items +last poll +url$/m);
    expect(list).toMatch(/^rfi-fr +disabled +original +0 +never +https:\/\/www\.rfi\.fr\/fr\/afrique\/rss$/m);
    await runCli(['sources', 'enable', 'rfi-fr'], dir);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('enabled');
    expect((await runCli(['sources', 'remove', 'wire'], dir)).stdout).toContain('removed wire (its items stay in the database)');
    list = (await runCli(['sources', 'list'], dir)).stdout;
    expect(list).toMatch(/^wire +removed /m);
    expect(list).toMatch(/^rfi-fr +enabled /m);
    expect((await runCli(['sources', 'remove', 'nope'], dir)).stderr).toBe('feedfold: no source "nope" in the config file\n');
  });

  it('imports OPML, skipping known urls, and exports OPML 2.0', async () => {
    const dir = workspace(['wire']);
    await runCli(['sources', 'add', 'https://www.rfi.fr/fr/afrique/rss', '--id', 'rfi'], dir);
    const run = await runCli(['opml', 'import', OPML], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'skipped https://www.rfi.fr/fr/afrique/rss: already source rfi\n' +
        'added le-monde-afrique: https://www.lemonde.fr/afrique/rss_full.xml\n' +
        'skipped file:///etc/feed.xml: not an http(s) URL\n' +
        'added search-kidal-co: https://news.example/rss?q=Kidal&hl=fr\n' +
        `2 added, 2 skipped; config: ${path.join(dir, 'config/feedfold.yaml')}\n`,
    );
    const exported = (await runCli(['opml', 'export'], dir)).stdout;
    expect(exported).toContain('<outline type="rss" text="Search: Kidal &amp; co" title="Search: Kidal &amp; co" xmlUrl="https://news.example/rss?q=Kidal&amp;hl=fr" category="/feedfold/role/copier"/>');
    expect((await runCli(['sources', 'list'], dir)).stdout).toMatch(/^le-monde-afrique +enabled +unknown/m);
  });
});
