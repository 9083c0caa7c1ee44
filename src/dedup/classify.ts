// Classification of a verified pair (a = earlier item, b = later item, read as "b copied a"):
// exact / verbatim / boilerplate / edited / rewrite, `related` for same-event independent reports, or nothing.
import type { CopyKind, PairScores } from '../model.js';
import type { Thresholds } from './params.js';
import type { PairEvidence } from './verify.js';

/** The kind of a pair, or undefined when it is not even related. */
export function classifyPair(e: PairEvidence, t: Thresholds): CopyKind | undefined {
  if (e.exact) return 'exact';
  const shorter = Math.min(e.unquotedA, e.unquotedB);
  const covShort = e.unquotedA <= e.unquotedB ? e.coverageA : e.coverageB;
  const bothCovered = e.coverageA >= t.verbatimCoverage && e.coverageB >= t.verbatimCoverage;
  // Why: a text that is nearly all quotes has no unquoted coverage; only near-identity proves a copy then.
  if (bothCovered || (shorter < 2 * t.minRun && e.jaccard >= t.verbatimJaccard)) {
    if (e.ordered < 0.9) return 'edited';
    return e.junkB > 0 || e.addedEdgeB > 0 ? 'boilerplate' : 'verbatim';
  }
  if (e.coverageA >= t.boilerplateCoverage) {
    // b holds all of a plus more: whole paragraphs at its start or end are padding, text inside is an edit.
    return e.addedInnerB <= 0.1 * e.unquotedB && e.ordered >= 0.9 ? 'boilerplate' : 'edited';
  }
  const covMain = Math.max(e.coverageA, e.coverageB);
  if (covShort >= t.editedCoverage && covMain >= t.editedMainCoverage && shorter >= t.minFuzzyTokens) return 'edited';
  if (isRewrite(e, t, shorter)) return 'rewrite';
  if (e.words >= t.relatedWords || e.cosine >= t.relatedCosine || e.passages.passages.length > 0 || (e.alignment?.pairs.length ?? 0) >= 2) return 'related';
  return undefined;
}

function isRewrite(e: PairEvidence, t: Thresholds, shorter: number): boolean {
  const al = e.alignment;
  if (!al || shorter < t.minFuzzyTokens) return false;
  const sentences = Math.min(al.sentencesA, al.sentencesB);
  const needed = Math.max(t.rewriteMinSentences, Math.ceil(sentences * t.rewriteSentenceShare));
  const [shortSide, longSide] = al.sentencesA <= al.sentencesB ? [al.coverageA, al.coverageB] : [al.coverageB, al.coverageA];
  if (al.pairs.length < needed || shortSide < t.rewriteCoverage || longSide < t.rewriteLongCoverage) return false;
  return e.cosine >= t.rewriteCosine || e.skeleton >= t.rewriteSkeleton;
}

/** Whether sentence alignment is needed: the passages did not already make the pair a copy. */
export function needsAlignment(e: PairEvidence, t: Thresholds): boolean {
  if (e.exact) return false;
  const covShort = e.unquotedA <= e.unquotedB ? e.coverageA : e.coverageB;
  const copied = covShort >= t.editedCoverage && Math.max(e.coverageA, e.coverageB) >= t.editedMainCoverage;
  return !copied && e.coverageA < t.boilerplateCoverage && Math.min(e.unquotedA, e.unquotedB) >= t.minFuzzyTokens;
}

/** The pair scores stored with an edge. */
export function toPairScores(e: PairEvidence): PairScores {
  const covShort = e.unquotedA <= e.unquotedB ? e.coverageA : e.coverageB;
  const al = e.alignment;
  const sentenceCoverage = al ? (al.sentencesA <= al.sentencesB ? al.coverageA : al.coverageB) : 0;
  return {
    jaccard: round(e.jaccard), containAB: round(e.containAB), containBA: round(e.containBA),
    passageCoverage: round(covShort), sentenceCoverage: round(sentenceCoverage),
  };
}

/** One number per edge: how much of the copy is the original's text (what reports filter and sort on). */
export function edgeScore(kind: CopyKind, e: PairEvidence): number {
  const scores = toPairScores(e);
  switch (kind) {
    case 'exact':
      return 1;
    case 'verbatim':
    case 'boilerplate':
      return round(Math.max(e.coverageA, scores.passageCoverage, e.jaccard));
    case 'edited':
      return scores.passageCoverage;
    case 'rewrite':
      return scores.sentenceCoverage;
    default:
      return round(e.cosine);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
