import { describe, it, expect } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/observe/logger.js';

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('writes one JSON object per line with a level name, an ISO time and the fields given', () => {
    const out = collector();
    const logger = createLogger({ level: 'info', pretty: false, destination: out.stream });
    logger.info({ source: 'rfi', outcome: 'new', items: 3, durationMs: 412 }, 'poll');
    logger.debug({ source: 'rfi' }, 'hidden below the level');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 'info', name: 'feedfold', msg: 'poll', source: 'rfi', outcome: 'new', items: 3, durationMs: 412 });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('writes readable lines, not JSON, when pretty', () => {
    const out = collector();
    const logger = createLogger({ level: 'info', pretty: true, destination: out.stream });
    logger.warn({ source: 'maliweb', errorCode: 'FETCH_TIMEOUT' }, 'poll');
    const text = out.text();
    expect(text).toMatch(/WARN.*poll/);
    expect(text).toContain('FETCH_TIMEOUT');
    expect(() => JSON.parse(text.trim().split('\n')[0])).toThrow();
  });

  it('follows a level change at run time (config reload)', () => {
    const out = collector();
    const logger = createLogger({ level: 'warn', pretty: false, destination: out.stream });
    logger.info('dropped');
    logger.level = 'debug';
    logger.debug('kept');
    expect(out.text().trim().split('\n').map((l) => JSON.parse(l).msg)).toEqual(['kept']);
  });
});
