// `node bin/run-ts.js eval/sweep.ts NAME=v1,v2,... [...]`: scores the corpus (both halves) and the demo for each
// value of one or more thresholds, to see how much margin the defaults have. Prints one line per setting.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../src/dedup/index.js';
import { loadCorpus } from './labelled.js';
import { loadDemo } from './load-demo.js';
import { runEngine } from './run-engine.js';
import { scoreRun } from './score.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const corpus = loadCorpus(path.join(root, 'corpus'));
const stories = [...new Set(corpus.map((a) => a.story))].sort();
const sets = {
  calibration: corpus.filter((a) => stories.indexOf(a.story) % 2 === 0),
  heldout: corpus.filter((a) => stories.indexOf(a.story) % 2 === 1),
  demo: await loadDemo(path.join(root, '..', 'config', 'demo')),
};
for (const arg of process.argv.slice(2)) {
  const [name, values] = arg.split('=');
  for (const value of values.split(',').map(Number)) {
    const settings = { ...DEFAULT_SETTINGS, thresholds: { [name]: value } };
    const cells: string[] = [];
    for (const [set, articles] of Object.entries(sets)) {
      const s = scoreRun(articles, (await runEngine(articles, settings)).predicted);
      const rewrite = s.recallByKind.rewrite;
      cells.push(`${set}: P ${s.pairs.precision} R ${s.pairs.recall} rewrite ${rewrite ? rewrite.recall : '-'} merges ${s.falseMerges.independents + s.falseMerges.originals} orig ${s.originals.share}`);
    }
    console.log(`${name}=${value}  ${cells.join(' | ')}`);
  }
}
