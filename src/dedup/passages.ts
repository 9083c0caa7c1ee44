// Shared passages: greedy string tiling (Wise) on the body content tokens of two documents. Maximal common runs
// are found from k-gram seeds, taken longest first as 1:1 tiles (a transposed paragraph is still a tile), and
// split where quoted speech starts or ends: unquoted stretches of at least `minRun` tokens are copy evidence,
// quoted stretches (and the short glue around them) are marked as quotes.
import type { Passage } from '../model.js';
import { hashShingles } from './hash.js';
import type { PreparedDoc } from './prepare.js';

/** Tiles between two documents and the share of each side's unquoted body tokens they cover. */
export interface PassageResult {
  passages: Passage[];
  /** Unquoted body content tokens covered by verbatim passages, on each side. */
  coveredA: number;
  coveredB: number;
  /** Unquoted body content tokens on each side. */
  unquotedA: number;
  unquotedB: number;
  /** Share of tiled tokens that lie in one order-consistent chain (1 = no block moved). */
  ordered: number;
  /** Token masks of tiles on each side (indices into the doc's token arrays): 1 verbatim, 2 quote. */
  maskA: Uint8Array;
  maskB: Uint8Array;
}

const SEED = 5;
const MAX_SEED_POSITIONS = 16;

/** Body content token indices of a document (title and boilerplate left out). */
export function bodyIndices(doc: PreparedDoc): Int32Array {
  const out: number[] = [];
  for (let i = doc.titleCount; i < doc.words.length; i++) if (doc.content[i]) out.push(i);
  return Int32Array.from(out);
}

interface BodySequence {
  idx: Int32Array;
  seq: Uint32Array;
  grams: Uint32Array;
  seeds?: Map<number, number[]>;
}

// Per-document arrays reused across the pairs a new item is checked against (cached on the document).
function bodySequence(doc: PreparedDoc, withSeeds: boolean): BodySequence {
  let body = doc.cache.body as BodySequence | undefined;
  if (!body) {
    const idx = bodyIndices(doc);
    const seq = Uint32Array.from(idx, (i) => doc.wordHash[i]);
    body = { idx, seq, grams: hashShingles(seq, SEED, 0) };
    doc.cache.body = body;
  }
  if (withSeeds && !body.seeds) {
    const seeds = new Map<number, number[]>();
    for (let j = 0; j < body.grams.length; j++) {
      const list = seeds.get(body.grams[j]);
      if (!list) seeds.set(body.grams[j], [j]);
      else if (list.length < MAX_SEED_POSITIONS) list.push(j);
    }
    body.seeds = seeds;
  }
  return body;
}

/** Tiles the two documents' body content tokens; `minRun` is the minimum match length. */
export function findPassages(a: PreparedDoc, b: PreparedDoc, minRun: number): PassageResult {
  const { idx: ia, seq: sa, grams: ga } = bodySequence(a, false);
  const { idx: ib, seq: sb, seeds } = bodySequence(b, true);
  const matches: Array<[number, number, number]> = [];
  for (let i = 0; i < ga.length; i++) {
    for (const j of seeds!.get(ga[i]) ?? []) {
      if (i > 0 && j > 0 && sa[i - 1] === sb[j - 1]) continue;
      let len = 0;
      while (i + len < sa.length && j + len < sb.length && sa[i + len] === sb[j + len]) len++;
      if (len >= minRun) matches.push([i, j, len]);
    }
  }
  matches.sort((x, y) => y[2] - x[2] || x[0] - y[0]);
  const usedA = new Uint8Array(sa.length);
  const usedB = new Uint8Array(sb.length);
  const tiles: Array<[number, number, number]> = [];
  for (const [i, j, len] of matches) {
    let runStart = -1;
    for (let d = 0; d <= len; d++) {
      const free = d < len && !usedA[i + d] && !usedB[j + d];
      if (free && runStart < 0) runStart = d;
      if (!free && runStart >= 0) {
        if (d - runStart >= minRun) {
          tiles.push([i + runStart, j + runStart, d - runStart]);
          usedA.fill(1, i + runStart, i + d);
          usedB.fill(1, j + runStart, j + d);
        }
        runStart = -1;
      }
    }
  }
  return describeTiles(a, b, ia, ib, tiles, minRun);
}

function describeTiles(a: PreparedDoc, b: PreparedDoc, ia: Int32Array, ib: Int32Array, tiles: Array<[number, number, number]>, minRun: number): PassageResult {
  const passages: Passage[] = [];
  const maskA = new Uint8Array(a.words.length);
  const maskB = new Uint8Array(b.words.length);
  let coveredA = 0;
  let coveredB = 0;
  tiles.sort((x, y) => x[0] - y[0]);
  const emit = (i: number, j: number, from: number, to: number, kind: Passage['kind']): void => {
    const last = passages[passages.length - 1];
    const aFrom = a.start[ia[i + from]];
    const bFrom = b.start[ib[j + from]];
    if (last && last.kind === kind && last.aTo <= aFrom && aFrom - last.aTo <= 3 && bFrom >= last.bTo && bFrom - last.bTo <= 3) {
      last.aTo = a.end[ia[i + to - 1]];
      last.bTo = b.end[ib[j + to - 1]];
    } else {
      passages.push({ aFrom, aTo: a.end[ia[i + to - 1]], bFrom, bTo: b.end[ib[j + to - 1]], kind, score: 1 });
    }
  };
  for (const [i, j, len] of tiles) {
    let from = 0;
    while (from < len) {
      const quoted = a.quoted[ia[i + from]] === 1 || b.quoted[ib[j + from]] === 1;
      let to = from + 1;
      while (to < len && (a.quoted[ia[i + to]] === 1 || b.quoted[ib[j + to]] === 1) === quoted) to++;
      const verbatim = !quoted && to - from >= minRun;
      // Passages for display also stop where left-out text (boilerplate) sits between two tokens.
      let piece = from;
      for (let d = from + 1; d <= to; d++) {
        if (d === to || ia[i + d] !== ia[i + d - 1] + 1 || ib[j + d] !== ib[j + d - 1] + 1) {
          emit(i, j, piece, d, verbatim ? 'verbatim' : 'quote');
          piece = d;
        }
      }
      for (let d = from; d < to; d++) {
        maskA[ia[i + d]] = verbatim ? 1 : 2;
        maskB[ib[j + d]] = verbatim ? 1 : 2;
      }
      if (verbatim) {
        coveredA += to - from;
        coveredB += to - from;
      }
      from = to;
    }
  }
  return {
    passages, coveredA, coveredB, unquotedA: countUnquoted(a, ia), unquotedB: countUnquoted(b, ib), ordered: orderedShare(tiles),
    maskA, maskB,
  };
}

function countUnquoted(doc: PreparedDoc, idx: Int32Array): number {
  let n = 0;
  for (let k = 0; k < idx.length; k++) if (!doc.quoted[idx[k]]) n++;
  return n;
}

// Weighted longest increasing chain of tiles (sorted by position in a) over their positions in b.
function orderedShare(tiles: Array<[number, number, number]>): number {
  if (tiles.length === 0) return 1;
  const best = new Float64Array(tiles.length);
  let total = 0;
  let top = 0;
  for (let t = 0; t < tiles.length; t++) {
    best[t] = tiles[t][2];
    for (let u = 0; u < t; u++) if (tiles[u][1] < tiles[t][1] && best[u] + tiles[t][2] > best[t]) best[t] = best[u] + tiles[t][2];
    total += tiles[t][2];
    top = Math.max(top, best[t]);
  }
  return top / total;
}
