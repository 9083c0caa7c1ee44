// Loads and (with UPDATE_GOLDEN=1) rewrites the golden report model built from the fixture store.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportModel } from '../../src/report/index.js';

const GOLDEN = fileURLToPath(new URL('../fixtures/report/fixed-model.json', import.meta.url));
const COMMENT = 'Covers: the report model built from tests/fixtures/report/fixture-store.ts with no filters (regenerate: UPDATE_GOLDEN=1 npx vitest run tests/report)';

/** The fixed model every renderer test renders. */
export function loadFixedModel(): ReportModel {
  const { $comment: _comment, ...model } = JSON.parse(readFileSync(GOLDEN, 'utf8')) as ReportModel & { $comment?: string };
  return model;
}

/** Rewrites the golden file when UPDATE_GOLDEN=1; returns whether it did. */
export function maybeUpdateGolden(model: ReportModel): boolean {
  if (process.env.UPDATE_GOLDEN !== '1') return false;
  writeFileSync(GOLDEN, `${JSON.stringify({ $comment: COMMENT, ...model }, null, 2)}\n`);
  return true;
}
