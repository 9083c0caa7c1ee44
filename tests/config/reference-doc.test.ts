import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { renderConfigReference } from '../../src/config/index.js';

// docs/config-reference.md is generated from the schema; this keeps the committed copy true.
describe('docs/config-reference.md', () => {
  it('matches `feedfold config reference` (regenerate: node bin/feedfold.js config reference > docs/config-reference.md)', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/config-reference.md'), 'utf8');
    expect(doc.trimEnd()).toBe(renderConfigReference().trimEnd());
  });
});
