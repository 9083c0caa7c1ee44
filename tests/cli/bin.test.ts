import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it, expect } from 'vitest';
import { VERSION } from '../../src/config/index.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/feedfold.js');

describe('bin/feedfold.js', () => {
  it('runs as a process and prints its version', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, '--version']);
    expect(stdout).toBe(`feedfold ${VERSION}\n`);
  });

  it('exits with the usage code for an unknown command', async () => {
    const error = await promisify(execFile)(process.execPath, [BIN, 'nope']).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringMatching(/^feedfold: unknown command "nope"/) });
  });

  it('ends quietly when the reader of its output goes away (`feedfold … | head`)', async () => {
    // `true` exits without reading, so every write of feedfold meets a closed pipe (EPIPE).
    const { stderr } = await promisify(execFile)('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" config reference | true`]);
    expect(stderr).toBe('');
  });
});
