// Golden tests: every document in tests/fixtures/parse is parsed and compared with <name>.expected.json.
// Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change (then review the diff).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { parseFeed } from '../../src/parse/index.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/parse');
const documents = fs.readdirSync(dir).filter((f) => /\.(xml|json|html)$/.test(f) && !f.endsWith('.expected.json'));

async function parseToGolden(file: string): Promise<unknown> {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  try {
    return await parseFeed(text, `https://fixtures.example/feeds/${file}`, { defaultLanguage: 'en' });
  } catch (error) {
    if (error instanceof ParseError) return { error: error.code };
    throw error;
  }
}

describe('parseFeed golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(6);
  });

  it.each(documents)('%s matches its expected JSON', async (file) => {
    const actual = JSON.parse(JSON.stringify(await parseToGolden(file)));
    const expectedFile = path.join(dir, `${file.replace(/\.(xml|json|html)$/, '')}.expected.json`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  });
});
