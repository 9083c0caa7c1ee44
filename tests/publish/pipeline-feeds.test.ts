import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as exportCommand } from '../../src/cli/commands/export.js';
import { rebuildAll } from '../../src/dedup/index.js';
import { request } from './http-client.js';
import { createNewsboat, readWithFeedparser, readWithRssParser, readersAvailable } from './reader-tools.js';
import { startStoryService, type StoryService } from './story-service.js';

// The whole chain on real parts: fixture feeds on loopback → pipeline (fetch, parse, topic, SQLite store,
// dedup) → createApp's feed routes → real readers, and `feedfold export`.
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

describe('merged feeds from the real pipeline and SQLite store', () => {
  let svc: StoryService;
  let server: StoryService['server'];

  beforeAll(async () => {
    svc = await startStoryService(
      {
        'agency.xml': ['agency', 'Agence Example', 'original'],
        'copier.xml': ['sahel-daily', 'Sahel Daily', 'copier'],
        'wire.atom': ['wire', 'World Wire', 'original'],
      },
      Date.UTC(2023, 10, 15, 10, 0, 0),
    );
    server = svc.server;
  });
  afterAll(() => svc.close());

  it('publishes the copied story once, with the copy listed, next to the independent report', async () => {
    const atom = await readWithRssParser(`${server.url}/feed.atom`);
    expect(atom.entries.map((e) => e.title).sort()).toEqual(["Mali's army says it has retaken Kidal from separatist rebels", 'Malian troops enter rebel stronghold of Kidal']);
    const agency = atom.entries.find((e) => e.link === 'https://agency.example/africa/2023/11/14/mali-army-kidal');
    expect(agency?.id).toMatch(/^tag:feeds\.example\.org,2024:feedfold\/kidal\/cluster\//);
    expect(agency?.published).toBe(Date.UTC(2023, 10, 14, 15, 0, 0));
    const body = (await request(`${server.url}/feed.atom`)).body.toString('utf8');
    expect(body).toContain('<link rel="related" href="https://saheldaily.example/2023/11/14/army-retakes-kidal" title="Sahel Daily: ');
    expect(body).toContain('src="https://agency.example/img/kidal-convoy.jpg"');
    expect(body).not.toContain('track()');
  });

  it('lists the copy in the digest', async () => {
    const digest = await readWithRssParser(`${server.url}/copies.xml`);
    expect(digest.entries).toHaveLength(1);
    expect(digest.entries[0].title).toMatch(/^Sahel Daily republished Agence Example's story "Mali's army says it has retaken Kidal from separatist rebels", verbatim/);
    expect(digest.entries[0].link).toBe('https://saheldaily.example/2023/11/14/army-retakes-kidal');
  });

  it.skipIf(!readersAvailable.feedparser && !inCi)('reads cleanly in feedparser, with the copy among the related links', async () => {
    const result = await readWithFeedparser(`${server.url}/feed.xml`);
    expect(result.bozo).toBe(false);
    const agency = result.entries.find((e) => e.link === 'https://agency.example/africa/2023/11/14/mali-army-kidal');
    expect(agency?.related).toEqual(['https://saheldaily.example/2023/11/14/army-retakes-kidal']);
  });

  it('serves the same bytes (same ETag) after a re-poll of unchanged sources and after a restart', async () => {
    const before = await request(`${server.url}/feed.xml`);
    svc.now += 3_600_000;
    await svc.poll();
    expect((await request(`${server.url}/feed.xml`)).headers.etag).toBe(before.headers.etag);
    await svc.restart();
    server = svc.server;
    const after = await request(`${server.url}/feed.xml`);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.body.equals(before.body)).toBe(true);
  });

  it('keeps every story id and copy id through `dedup rebuild`', async () => {
    const ids = async (feed: string) => (await readWithRssParser(`${server.url}${feed}`)).entries.map((e) => `${e.id} ${e.published}`).sort();
    const before = [await ids('/feed.atom'), await ids('/copies.atom')];
    await rebuildAll(svc.store, svc.config.dedup, { now: svc.now + 60_000, roles: new Map(svc.config.sources.map((s) => [s.id, s.role])) });
    expect([await ids('/feed.atom'), await ids('/copies.atom')]).toEqual(before);
  });

  it.skipIf(!readersAvailable.newsboat && !inCi)('newsboat stores both stories once and a refetch after a re-poll adds nothing', async () => {
    const newsboat = createNewsboat(`${server.url}/feed.xml`);
    try {
      await newsboat.reload();
      const first = newsboat.entries();
      expect(first.map((e) => e.title).sort()).toEqual(["Mali's army says it has retaken Kidal from separatist rebels", 'Malian troops enter rebel stronghold of Kidal']);
      svc.now += 3_600_000;
      await svc.poll();
      await newsboat.reload();
      await newsboat.reload();
      expect(newsboat.entries()).toEqual(first);
    } finally {
      newsboat.remove();
    }
  });

  it('keeps the story id and published date when a new copy joins, and moves updated', async () => {
    const agencyLink = 'https://agency.example/africa/2023/11/14/mali-army-kidal';
    const before = (await readWithRssParser(`${server.url}/feed.atom`)).entries.find((e) => e.link === agencyLink);
    const beforeBody = (await request(`${server.url}/feed.atom`)).body.toString('utf8');
    const copier = path.join(svc.dir, 'copier.xml');
    const republished = fs.readFileSync(copier, 'utf8').replaceAll('army-retakes-kidal', 'army-retakes-kidal-again').replace('?p=5120', '?p=5121').replace('18:00:00 GMT', '21:00:00 GMT');
    fs.writeFileSync(copier, republished);
    svc.now += 3_600_000;
    await svc.poll();
    const after = (await readWithRssParser(`${server.url}/feed.atom`)).entries.find((e) => e.link === agencyLink);
    expect(after?.id).toBe(before?.id);
    expect(after?.published).toBe(Date.UTC(2023, 10, 14, 15, 0, 0));
    const body = (await request(`${server.url}/feed.atom`)).body.toString('utf8');
    expect(body).toContain('href="https://saheldaily.example/2023/11/14/army-retakes-kidal-again"');
    const updated = (xml: string) => /<id>[^<]*\/cluster\/[^<]*<\/id>\s*<link href="https:\/\/agency[^"]*"\/>\s*<updated>([^<]+)<\/updated>/.exec(xml)?.[1];
    expect(Date.parse(updated(body) ?? '')).toBeGreaterThan(Date.parse(updated(beforeBody) ?? ''));
    expect((await readWithRssParser(`${server.url}/copies.atom`)).entries).toHaveLength(2);
  });

  it('`feedfold export` writes the files the server serves, byte for byte', async () => {
    const configFile = path.join(svc.dir, 'feedfold.yaml');
    fs.writeFileSync(configFile, svc.configText);
    const stdout = new PassThrough();
    const code = await exportCommand.run({ args: ['--out', 'public', '--config', configFile], stdout, stderr: new PassThrough(), env: {}, cwd: svc.dir, isTTY: false });
    expect(code).toBe(0);
    expect(String(stdout.read())).toContain('wrote public/feed.xml (2 entries');
    for (const file of ['feed.xml', 'feed.atom', 'feed.json', 'copies.xml', 'copies.atom']) {
      const served = await request(`${server.url}/${file}`);
      expect(fs.readFileSync(path.join(svc.dir, 'public', file)).equals(served.body)).toBe(true);
    }
  });
});
