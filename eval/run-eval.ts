// `npm run eval`: scores copy detection end to end on the labelled corpus (eval/corpus), the offline demo
// (config/demo) and generated variants of each original; prints the scores and writes eval/results.json.
// `--split` also reports the corpus in two halves of its stories (calibration / held out).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../src/dedup/index.js';
import { loadCorpus, type LabelledArticle } from './labelled.js';
import { loadDemo } from './load-demo.js';
import { runEngine } from './run-engine.js';
import { scoreRun, type Scores } from './score.js';
import { changedShare } from './variant-text.js';
import { makeVariants } from './variants.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const corpus = loadCorpus(path.join(root, 'corpus'));
const stories = [...new Set(corpus.map((a) => a.story))].sort();
const sets: Record<string, LabelledArticle[]> = {
  corpus,
  'corpus-calibration': corpus.filter((a) => stories.indexOf(a.story) % 2 === 0),
  'corpus-heldout': corpus.filter((a) => stories.indexOf(a.story) % 2 === 1),
  // Summary-only feeds: every article cut to its first paragraph (no boilerplate on top: skip junk-only leads).
  'corpus-ledes': corpus.map((a) => ({ ...a, text: a.text.split(/\n\s*\n/).find((p) => p.split(/\s+/).length >= 25) ?? a.text })),
  demo: await loadDemo(path.join(root, '..', 'config', 'demo')),
  // A first poll of old feeds: everything is first seen at once, feed dates are all far in the past.
  'demo-backfill': (await loadDemo(path.join(root, '..', 'config', 'demo'))).map((a) => ({ ...a, firstSeenAt: Date.UTC(2025, 0, 1) })),
  variants: makeVariants(corpus, 20231114),
  // Written by others without seeing the engine; measured only, never tuned on.
  heldout: loadCorpus(path.join(root, 'heldout')),
  blind: loadCorpus(path.join(root, 'blind')),
  // A second blind set (session 2), modelled on real copy behaviour: heavy rewrites, two wires per story.
  fresh: loadCorpus(path.join(root, 'fresh')),
};
const results: Record<string, Scores & { ms: number }> = {};
for (const [name, articles] of Object.entries(sets)) {
  if (articles.length === 0) {
    console.log(`${name}: no articles`);
    continue;
  }
  const run = await runEngine(articles, DEFAULT_SETTINGS);
  const scores = scoreRun(articles, run.predicted);
  results[name] = { ...scores, ms: Math.round(run.ms) };
  printScores(name, scores, run.ms);
}
// How much each generated variant really changed: share of the original's content words missing from it.
const byId = new Map(corpus.map((a) => [a.id, a]));
const changed: Record<string, number> = {};
for (const name of new Set(sets.variants.map((a) => a.variant).filter((v): v is string => Boolean(v)))) {
  const list = sets.variants.filter((a) => a.variant === name && a.derivesFrom);
  changed[name] = Math.round((list.reduce((sum, a) => sum + changedShare(byId.get(a.derivesFrom!)!.text, a.text), 0) / list.length) * 1000) / 1000;
}
console.log(`\nvariants, share of content words changed: ${Object.entries(changed).map(([k, v]) => `${k} ${v}`).join(', ')}`);
fs.writeFileSync(path.join(root, 'results.json'), JSON.stringify({ generatedAt: new Date().toISOString(), variantsChanged: changed, results }, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), path.join(root, 'results.json'))}`);

function printScores(name: string, s: Scores, ms: number): void {
  const p = s.pairs;
  console.log(`\n== ${name}: ${s.articles} articles, ${Math.round(ms)} ms`);
  console.log(`pairs: precision ${p.precision}  recall ${p.recall}  F1 ${p.f1}  (tp ${p.truePositive}, fp ${p.falsePositive}, fn ${p.falseNegative})`);
  for (const [kind, r] of Object.entries(s.recallByKind).sort()) console.log(`  recall ${kind.padEnd(22)} ${r.recall.toFixed(3)}  (${r.found}/${r.total})`);
  console.log(`false merges: independents ${s.falseMerges.independents} ${s.falseMerges.independentIds.join(' ')}; originals ${s.falseMerges.originals} ${s.falseMerges.originalPairs.join(' ')}`);
  console.log(`originals named: ${s.originals.named}/${s.originals.clusters} (${s.originals.share})${s.originals.wrong.length ? ` wrong: ${s.originals.wrong.join(' ')}` : ''}`);
  console.log(`kinds (label → said): ${Object.entries(s.kindConfusion).map(([k, v]) => `${k}: ${Object.entries(v).map(([x, n]) => `${x} ${n}`).join(', ')}`).join(' | ')}`);
}
