// Sentence alignment for rewrites: sentences (quoted speech masked) are compared by character-bigram Dice and by
// rare-word overlap, and only an order-consistent chain of aligned pairs counts (maximum-weight increasing
// chain, like LIS). Coverage is measured in rare-word mass, so sentences sharing only the story's common words
// ("army", "Kidal") weigh little, and sentences sharing specific wording weigh a lot.
import type { Passage } from '../model.js';
import { dice } from './dice.js';
import type { PreparedDoc } from './prepare.js';

/** A sentence: its body content tokens, masked text and rare-word weight. */
export interface Sentence {
  tokens: number[];
  text: string;
  weight: number;
  words: Map<number, number>;
  from: number;
  to: number;
}

/** The aligned chain and how much of each side it covers (in rare-word weight). */
export interface Alignment {
  pairs: Array<{ a: number; b: number; score: number }>;
  coverageA: number;
  coverageB: number;
  sentencesA: number;
  sentencesB: number;
  passages: Passage[];
}

/** Splits a document's body content into sentences with quoted tokens masked; `weight(i)` weighs token i. */
export function splitSentences(doc: PreparedDoc, weight: (hash: number) => number): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence | undefined;
  for (let i = doc.titleCount; i < doc.words.length; i++) {
    if (!doc.content[i]) continue;
    if (!current || doc.sentenceStart[i]) {
      current = { tokens: [], text: '', weight: 0, words: new Map(), from: doc.start[i], to: doc.end[i] };
      out.push(current);
    }
    current.to = doc.end[i];
    if (doc.quoted[i]) continue;
    current.tokens.push(i);
    if (!doc.stop[i]) {
      const w = weight(doc.wordHash[i]);
      current.weight += w;
      current.words.set(doc.wordHash[i], w);
    }
  }
  for (const s of out) s.text = s.tokens.map((i) => doc.words[i]).join(' ');
  return out.filter((s) => s.tokens.length >= 4 && s.weight > 0);
}

/** Similarity of two sentences: mean of bigram Dice and rare-word Dice. */
export function sentenceSimilarity(x: Sentence, y: Sentence): number {
  let shared = 0;
  for (const [word, w] of x.words) if (y.words.has(word)) shared += w;
  const rare = (2 * shared) / (x.weight + y.weight);
  if (rare === 0) return 0;
  return (dice(x.text, y.text) + rare) / 2;
}

/** Aligns sentences of a and b: pairs scoring at least `threshold`, kept as the heaviest monotone chain. */
export function alignSentences(sa: Sentence[], sb: Sentence[], threshold: number): Alignment {
  const byWord = new Map<number, number[]>();
  sb.forEach((s, j) => {
    for (const word of s.words.keys()) {
      const list = byWord.get(word);
      if (list) list.push(j);
      else byWord.set(word, [j]);
    }
  });
  const candidates: Array<{ a: number; b: number; score: number; weight: number }> = [];
  sa.forEach((s, i) => {
    const shared = new Map<number, number>();
    for (const word of s.words.keys()) for (const j of byWord.get(word) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      if (count < 2) continue;
      const score = sentenceSimilarity(s, sb[j]);
      if (score >= threshold) candidates.push({ a: i, b: j, score, weight: score * Math.min(s.weight, sb[j].weight) });
    }
  });
  candidates.sort((x, y) => x.a - y.a || x.b - y.b);
  const best = new Float64Array(candidates.length);
  const prev = new Int32Array(candidates.length).fill(-1);
  let top = -1;
  for (let t = 0; t < candidates.length; t++) {
    best[t] = candidates[t].weight;
    for (let u = 0; u < t; u++) {
      if (candidates[u].a < candidates[t].a && candidates[u].b < candidates[t].b && best[u] + candidates[t].weight > best[t]) {
        best[t] = best[u] + candidates[t].weight;
        prev[t] = u;
      }
    }
    if (top < 0 || best[t] > best[top]) top = t;
  }
  const pairs: Alignment['pairs'] = [];
  for (let t = top; t >= 0; t = prev[t]) pairs.unshift({ a: candidates[t].a, b: candidates[t].b, score: candidates[t].score });
  const total = (list: Sentence[]): number => list.reduce((sum, s) => sum + s.weight, 0);
  const covered = (list: Sentence[], pick: (p: (typeof pairs)[number]) => number): number => pairs.reduce((sum, p) => sum + list[pick(p)].weight, 0);
  return {
    pairs,
    coverageA: sa.length ? covered(sa, (p) => p.a) / total(sa) : 0,
    coverageB: sb.length ? covered(sb, (p) => p.b) / total(sb) : 0,
    sentencesA: sa.length,
    sentencesB: sb.length,
    passages: pairs.map((p) => ({ aFrom: sa[p.a].from, aTo: sa[p.a].to, bFrom: sb[p.b].from, bTo: sb[p.b].to, kind: 'paraphrase', score: round(p.score) })),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
