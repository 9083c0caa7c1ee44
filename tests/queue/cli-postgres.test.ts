// The command line and the in-process service on Postgres (no worker pool): the same commands as on SQLite,
// with database.url set, against a real server.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observe/logger.js';
import { startService } from '../../src/service/index.js';
import { STORY_FEEDS } from '../fixtures/queue/kidal-story.js';
import { runCli } from '../cli/run-cli.js';
import { PG, createDatabase, storyConfig, waitFor } from './pool-harness.js';

const NO_PG = PG.url ? '' : ` (skipped: ${PG.skipReason || PG.error})`;

describe.skipIf(!PG.url)(`the command line on Postgres${NO_PG}`, () => {
  it('polls, lists clusters, exports them and reports, with --db postgres://', async () => {
    const url = await createDatabase();
    const { file, dir } = await storyConfig(url);
    const poll = await runCli(['--config', file, 'poll'], dir);
    expect(poll.code).toBe(0);
    expect(poll.stdout.match(/new 1/g)).toHaveLength(STORY_FEEDS.length);

    const exported = await runCli(['--config', file, '--db', url, 'clusters', 'export', '--format', 'json'], dir);
    expect(exported.code).toBe(0);
    const { clusters } = JSON.parse(exported.stdout) as { clusters: Array<{ original: { source: string }; members: unknown[] }> };
    expect(clusters).toHaveLength(1);
    expect(clusters[0].original.source).toBe('sahel-wire');
    expect(clusters[0].members).toHaveLength(STORY_FEEDS.filter((f) => f.copy).length + 1);

    const report = await runCli(['--config', file, 'report', '--format', 'json'], dir);
    expect(report.code).toBe(0);
    expect(JSON.stringify(JSON.parse(report.stdout))).toContain('sahel-wire');

    // A second poll: every feed answers 304, nothing new, the cluster stays one.
    const again = await runCli(['--config', file, 'poll'], dir);
    expect(again.stdout.match(/unchanged/g)).toHaveLength(STORY_FEEDS.length);
    const items = await runCli(['--config', file, 'items', 'list', '--json'], dir);
    expect(JSON.parse(items.stdout)).toHaveLength(STORY_FEEDS.length);
  });

  it('serves the merged feed from Postgres with the in-process scheduler (no --workers)', async () => {
    const url = await createDatabase();
    const { file, dir } = await storyConfig(url);
    const service = await startService({ configFile: file, cwd: dir, overrides: { server: { port: 0 } }, handleSignals: false, watchConfig: false, logger: createLogger({ level: 'silent' }) });
    try {
      expect(service.store.backend).toBe('postgres');
      await waitFor('the merged feed with both stories', async () => {
        const response = await fetch(`${service.url}/feed.json`);
        return response.ok && ((await response.json()) as { items: unknown[] }).items.length === 2;
      });
      const health = await fetch(`${service.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await service.stop('test end');
    }
  });
});
