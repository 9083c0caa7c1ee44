// Exact verification of one candidate pair: shingle Jaccard and both containments, tiled passages with quotes
// masked, stopword-skeleton containment, rare-word cosine, what each side adds, and (only when the passages do
// not already settle it) the sentence alignment used for rewrites.
import type { Passage } from '../model.js';
import { alignSentences, splitSentences, type Alignment } from './align.js';
import { contentWordSet, shinglesOf, skeletonShingles } from './features.js';
import { countShared, toSortedSet } from './hash.js';
import type { DedupParams } from './params.js';
import { findPassages, type PassageResult } from './passages.js';
import { contentIndices, type PreparedDoc } from './prepare.js';

/** Everything classification looks at for a pair (a = earlier item, b = later item). */
export interface PairEvidence {
  exact: boolean;
  jaccard: number;
  containAB: number;
  containBA: number;
  /** Share of each side's unquoted body content covered by verbatim passages. */
  coverageA: number;
  coverageB: number;
  /** Unquoted body content tokens on each side. */
  unquotedA: number;
  unquotedB: number;
  ordered: number;
  skeleton: number;
  /** Jaccard of the unquoted content-word sets. */
  words: number;
  cosine: number;
  /** Tokens of paragraphs only b has: at its start or end, in its middle, and boilerplate paragraphs a lacks. */
  addedEdgeB: number;
  addedInnerB: number;
  junkB: number;
  passages: PassageResult;
  alignment?: Alignment;
}

/** Rare-word weight of a token hash (0 for unknown means "common"). */
export type WordWeight = (hash: number) => number;

/** Computes the lexical evidence of a pair (cosine and alignment come later, from addWordEvidence, if needed). */
export function verifyPair(a: PreparedDoc, b: PreparedDoc, params: DedupParams): PairEvidence {
  const t = params.thresholds;
  const sa = sortedShingles(a, params);
  const sb = sortedShingles(b, params);
  const shared = countShared(sa, sb);
  const passages = findPassages(a, b, Math.max(5, t.minRun));
  const minUnquoted = 2 * t.minRun;
  const evidence: PairEvidence = {
    exact: a.text.length > 0 && a.text === b.text,
    jaccard: sa.length + sb.length - shared > 0 ? shared / (sa.length + sb.length - shared) : 0,
    containAB: sa.length ? shared / sa.length : 0,
    containBA: sb.length ? shared / sb.length : 0,
    coverageA: passages.unquotedA >= minUnquoted ? passages.coveredA / passages.unquotedA : 0,
    coverageB: passages.unquotedB >= minUnquoted ? passages.coveredB / passages.unquotedB : 0,
    unquotedA: passages.unquotedA,
    unquotedB: passages.unquotedB,
    ordered: passages.ordered,
    skeleton: skeletonContainment(a, b, params),
    words: wordJaccard(a, b),
    cosine: 0,
    ...addedMaterial(b, a, passages.maskB),
    passages,
  };
  return evidence;
}

/** Adds the rare-word cosine, and the sentence alignment when `align` asks for it, to a pair's evidence. */
export function addWordEvidence(e: PairEvidence, a: PreparedDoc, b: PreparedDoc, params: DedupParams, weight: WordWeight, align: (e: PairEvidence) => boolean): void {
  e.cosine = rareCosine(a, b, weight);
  if (align(e)) e.alignment = alignSentences(splitSentences(a, weight), splitSentences(b, weight), params.thresholds.sentenceSimilarity);
}

/** All passages of a pair for storage: verbatim and quote tiles, then aligned paraphrase sentences not already tiled. */
export function evidencePassages(e: PairEvidence): Passage[] {
  const out = [...e.passages.passages];
  for (const p of e.alignment?.passages ?? []) {
    if (!out.some((q) => q.aFrom < p.aTo && p.aFrom < q.aTo && q.kind === 'verbatim')) out.push(p);
  }
  return out.sort((x, y) => x.aFrom - y.aFrom || x.bFrom - y.bFrom);
}

function sortedShingles(doc: PreparedDoc, params: DedupParams): Uint32Array {
  const cached = doc.cache.sorted as Uint32Array | undefined;
  return cached ?? (doc.cache.sorted = toSortedSet(shinglesOf(doc, params.shingleSize, params.seed).hashes));
}

function skeletonContainment(a: PreparedDoc, b: PreparedDoc, params: DedupParams): number {
  const ka = skeletonSet(a, params);
  const kb = skeletonSet(b, params);
  const min = Math.min(ka.length, kb.length);
  return min >= 5 ? countShared(ka, kb) / min : 0;
}

function wordJaccard(a: PreparedDoc, b: PreparedDoc): number {
  const wa = (a.cache.wordSet as Uint32Array | undefined) ?? (a.cache.wordSet = contentWordSet(a));
  const wb = (b.cache.wordSet as Uint32Array | undefined) ?? (b.cache.wordSet = contentWordSet(b));
  const shared = countShared(wa, wb);
  return wa.length + wb.length > shared ? shared / (wa.length + wb.length - shared) : 0;
}

function skeletonSet(doc: PreparedDoc, params: DedupParams): Uint32Array {
  const cached = doc.cache.skeleton as Uint32Array | undefined;
  return cached ?? (doc.cache.skeleton = toSortedSet(skeletonShingles(doc, contentIndices(doc), params)));
}

function rareCosine(a: PreparedDoc, b: PreparedDoc, weight: WordWeight): number {
  const va = termVector(a, weight);
  const vb = termVector(b, weight);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of va) {
    na += x * x;
    const y = vb.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of vb.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

function termVector(doc: PreparedDoc, weight: WordWeight): Map<number, number> {
  // Why keyed by the weight function: weights change as the store grows; a cached vector must not outlive them.
  const cached = doc.cache.terms as { weight: WordWeight; vector: Map<number, number> } | undefined;
  if (cached && cached.weight === weight) return cached.vector;
  const tf = new Map<number, number>();
  for (let i = doc.titleCount; i < doc.words.length; i++) {
    if (doc.content[i] && !doc.quoted[i] && !doc.stop[i]) tf.set(doc.wordHash[i], (tf.get(doc.wordHash[i]) ?? 0) + 1);
  }
  const out = new Map<number, number>();
  for (const [w, n] of tf) out.set(w, (1 + Math.log(n)) * weight(w));
  doc.cache.terms = { weight, vector: out };
  return out;
}

// Paragraphs of `x` (with their boilerplate) that share (almost) nothing with `y`: where were they added?
function addedMaterial(x: PreparedDoc, y: PreparedDoc, covered: Uint8Array): { addedEdgeB: number; addedInnerB: number; junkB: number } {
  const added = x.paragraphs.map((p) => {
    let hit = 0;
    for (let i = p.tokFrom; i < p.tokTo; i++) if (covered[i] > 0) hit++;
    return p.tokTo > p.tokFrom && hit <= 0.2 * (p.tokTo - p.tokFrom);
  });
  let edge = 0;
  let inner = 0;
  const firstKept = added.indexOf(false);
  const lastKept = added.lastIndexOf(false);
  x.paragraphs.forEach((p, k) => {
    if (!added[k]) return;
    if (k < firstKept || k > lastKept || firstKept < 0) edge += p.tokTo - p.tokFrom;
    else inner += p.tokTo - p.tokFrom;
  });
  return { addedEdgeB: edge, addedInnerB: inner, junkB: junkTokens(x, y) };
}

function junkTokens(x: PreparedDoc, y: PreparedDoc): number {
  const theirs = new Set(y.paragraphs.map((p) => p.hash));
  let n = 0;
  for (const p of x.paragraphs) if (p.boilerplate && !theirs.has(p.hash)) n += p.tokTo - p.tokFrom;
  return n;
}
