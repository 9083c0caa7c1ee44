import { describe, it, expect } from 'vitest';
import { parseServeArgs } from '../../src/cli/commands/serve.js';

describe('parseServeArgs', () => {
  it.each<[string[], object]>([
    [[], { help: false }],
    [['--help'], { help: true }],
    [['-h'], { help: true }],
    [['--config', 'a.yaml', '--db', 'x.db'], { config: 'a.yaml', db: 'x.db' }],
    [['--config=a.yaml', '--port=0'], { config: 'a.yaml', port: 0 }],
    [['--host', '0.0.0.0', '--port', '9090'], { host: '0.0.0.0', port: 9090 }],
    [['--workers', '0'], { workers: 0 }],
    [['--workers', '4', '--worker-metrics-port', '9400'], { workers: 4, workerMetricsPort: 9400 }],
  ])('%j', (args, expected) => {
    expect(parseServeArgs(args)).toMatchObject(expected);
  });

  it.each<[string[], RegExp]>([
    [['--port', '70000'], /--port must be 0\.\.65535/],
    [['--port', 'eighty'], /--port must be 0\.\.65535/],
    [['--verbose'], /serve: .*verbose/i],
    [['extra'], /serve: /],
    [['--workers', 'many'], /--workers must be 0\.\.64/],
    [['--workers', '65'], /--workers must be 0\.\.64/],
    [['--worker-metrics-port', '9400'], /--worker-metrics-port needs --workers N/],
    [['--workers', '2', '--worker-metrics-port', '0'], /--worker-metrics-port must be 1\.\.65535/],
  ])('rejects %j', (args, message) => {
    expect(() => parseServeArgs(args)).toThrow(message);
  });
});
