// One candidate pair from prepared documents to a stored edge: lexical evidence first, and the rare-word
// cosine and sentence alignment only when the passages have not already made it a copy. The only store read is
// the rare-word counts of the pair's words, loaded just before they are weighed; the rest is pure.
import { classifyPair, edgeScore, needsAlignment, toPairScores } from './classify.js';
import type { DedupParams } from './params.js';
import type { EdgeRecord } from './port.js';
import type { PreparedDoc } from './prepare.js';
import { addWordEvidence, evidencePassages, verifyPair, type PairEvidence } from './verify.js';
import type { RareWords } from './weights.js';

const SETTLED = new Set(['exact', 'verbatim', 'boilerplate', 'edited']);

/** Verifies `b` against `a` (a = earlier/original side); returns the edge, or undefined when unrelated. */
export async function verifyEdge(a: PreparedDoc, b: PreparedDoc, params: DedupParams, words: RareWords, now: number): Promise<EdgeRecord | undefined> {
  const { kind, evidence } = await judgePair(a, b, params, words);
  if (!kind) return undefined;
  return {
    a: a.itemId, b: b.itemId, kind, score: edgeScore(kind, evidence), scores: toPairScores(evidence),
    passages: evidencePassages(evidence), createdAt: now,
  };
}

/** The evidence and kind of a pair (exposed for evaluation and tests). */
export async function judgePair(a: PreparedDoc, b: PreparedDoc, params: DedupParams, words: RareWords): Promise<{ kind: ReturnType<typeof classifyPair>; evidence: PairEvidence }> {
  const t = params.thresholds;
  const evidence = verifyPair(a, b, params);
  let kind = classifyPair(evidence, t);
  // Rare-word weights, cosine and alignment cost the most: only pairs sharing enough wording get them.
  if ((!kind || !SETTLED.has(kind)) && evidence.words >= t.wordGate) {
    await words.load(a, b);
    addWordEvidence(evidence, a, b, params, words.pairWeight(a, b), (e) => needsAlignment(e, t));
    kind = classifyPair(evidence, t);
  }
  return { kind, evidence };
}
