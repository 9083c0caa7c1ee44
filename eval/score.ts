// Scores predicted clusters against labels: pairwise precision / recall / F1 over "same cluster" pairs,
// recall per kind (a copy counts when it shares a cluster with its root original), false merges (independent
// articles put with anything, and originals of different truth clusters put together), originals named.
import type { LabelledArticle } from './labelled.js';

/** What the engine said about one article. */
export interface Prediction {
  clusterId: string;
  isOriginal: boolean;
  kind?: string;
}

/** Scores of one run. */
export interface Scores {
  articles: number;
  pairs: { truePositive: number; falsePositive: number; falseNegative: number; precision: number; recall: number; f1: number };
  recallByKind: Record<string, { found: number; total: number; recall: number }>;
  falseMerges: { independents: number; independentIds: string[]; originals: number; originalPairs: string[] };
  originals: { clusters: number; named: number; share: number; wrong: string[] };
  kindConfusion: Record<string, Record<string, number>>;
}

/** Truth cluster of an article: its root original's id (copies), else its own id. */
export function truthCluster(a: LabelledArticle): string {
  return a.derivesFrom ?? a.id;
}

/** Compares predictions (by article id) with the labels. */
export function scoreRun(articles: LabelledArticle[], predicted: Map<string, Prediction>): Scores {
  const scored = articles.filter((a) => a.kind !== 'offtopic' && predicted.has(a.id));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scored.length; i++) {
    for (let j = i + 1; j < scored.length; j++) {
      const sameTruth = truthCluster(scored[i]) === truthCluster(scored[j]);
      const samePred = predicted.get(scored[i].id)!.clusterId === predicted.get(scored[j].id)!.clusterId;
      if (sameTruth && samePred) tp++;
      else if (samePred) fp++;
      else if (sameTruth) fn++;
    }
  }
  const recallByKind: Scores['recallByKind'] = {};
  const confusion: Scores['kindConfusion'] = {};
  for (const a of scored) {
    if (!a.derivesFrom) continue;
    const key = a.variant ? `${a.kind}/${a.variant}` : a.kind;
    const found = predicted.get(a.id)!.clusterId === predicted.get(a.derivesFrom)?.clusterId;
    const entry = (recallByKind[key] ??= { found: 0, total: 0, recall: 0 });
    entry.total++;
    if (found) entry.found++;
    const said = found ? predicted.get(a.id)!.kind ?? 'original' : 'missed';
    (confusion[a.kind] ??= {})[said] = ((confusion[a.kind] ??= {})[said] ?? 0) + 1;
  }
  for (const entry of Object.values(recallByKind)) entry.recall = round(entry.found / entry.total);
  const size = new Map<string, number>();
  for (const p of predicted.values()) size.set(p.clusterId, (size.get(p.clusterId) ?? 0) + 1);
  const independentIds = scored.filter((a) => a.kind === 'independent' && (size.get(predicted.get(a.id)!.clusterId) ?? 0) > 1).map((a) => a.id);
  const roots = scored.filter((a) => a.kind === 'original');
  const originalPairs: string[] = [];
  for (let i = 0; i < roots.length; i++) {
    for (let j = i + 1; j < roots.length; j++) {
      if (predicted.get(roots[i].id)!.clusterId === predicted.get(roots[j].id)!.clusterId) originalPairs.push(`${roots[i].id}+${roots[j].id}`);
    }
  }
  const withCopies = roots.filter((r) => scored.some((a) => a.derivesFrom === r.id && predicted.get(a.id)!.clusterId === predicted.get(r.id)!.clusterId));
  const wrong = withCopies.filter((r) => !predicted.get(r.id)!.isOriginal).map((r) => r.id);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  return {
    articles: scored.length,
    pairs: { truePositive: tp, falsePositive: fp, falseNegative: fn, precision: round(precision), recall: round(recall), f1: round(precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) },
    recallByKind,
    falseMerges: { independents: independentIds.length, independentIds, originals: originalPairs.length, originalPairs },
    originals: { clusters: withCopies.length, named: withCopies.length - wrong.length, share: round(withCopies.length ? (withCopies.length - wrong.length) / withCopies.length : 1), wrong },
    kindConfusion: confusion,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
