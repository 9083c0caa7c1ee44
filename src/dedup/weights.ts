// Rare-word weights: inverse document frequency over the items seen so far. In a store that follows one story
// the story's own words ("Kidal", "army") become common and weigh little, so what aligns a rewrite with its
// source is specific wording. Counts are sampled once the store is large, to keep writes per item low.
import { hashString } from './hash.js';
import type { DedupStore } from './port.js';
import type { PreparedDoc } from './prepare.js';

const FULL_COUNT_DOCS = 2_000;
const SAMPLE_EVERY = 8;

/** Document frequencies for one detection batch (one transaction): reads through to the store, writes once at
 *  the end. Never kept across batches: other processes add counts between them. */
export class RareWords {
  private addedDocs = 0;
  private readonly known = new Map<number, number>();
  private readonly pending = new Map<number, number>();

  private constructor(private readonly store: DedupStore, private docs: number) {}

  /** Starts a batch from the store's current document count. */
  static async open(store: DedupStore): Promise<RareWords> {
    return new RareWords(store, await store.dedup.docCount());
  }

  /** Loads the counts of the documents' words (call before weighing them): one read for all that are missing. */
  async load(...docs: PreparedDoc[]): Promise<void> {
    const missing: number[] = [];
    for (const doc of docs) {
      for (let i = doc.titleCount; i < doc.words.length; i++) {
        const h = doc.wordHash[i];
        if (!doc.stop[i] && !this.known.has(h)) {
          this.known.set(h, 0);
          missing.push(h);
        }
      }
    }
    if (missing.length === 0) return;
    for (const [h, n] of await this.store.dedup.docFrequencies(missing)) this.known.set(h, n);
  }

  /** Inverse document frequency of a word hash (about 0 for words in nearly every item). */
  weight = (hash: number): number => {
    const df = (this.known.get(hash) ?? 0) + (this.pending.get(hash) ?? 0);
    return Math.log((this.docs + 1) / (df + 0.5));
  };

  /** Weights for comparing two documents, leaving the pair itself out of the counts: in a small store a word
   *  both of them use would otherwise look common just because they share it. */
  pairWeight(a: PreparedDoc, b: PreparedDoc): (hash: number) => number {
    if (this.docs >= FULL_COUNT_DOCS) return this.weight;
    const inA = wordsOf(a);
    const inB = wordsOf(b);
    const docs = Math.max(0, this.docs - 2);
    return (hash: number): number => {
      const counted = (this.known.get(hash) ?? 0) + (this.pending.get(hash) ?? 0);
      const df = Math.max(0, counted - (inA.has(hash) ? 1 : 0) - (inB.has(hash) ? 1 : 0));
      return Math.log((docs + 1) / (df + 0.5));
    };
  }

  /** Counts a new item's distinct content words: every item while the store is small, then a fixed sample. */
  count(doc: PreparedDoc, identity: string): void {
    const full = this.docs < FULL_COUNT_DOCS;
    if (!full && hashString(identity, 0x5a17) % SAMPLE_EVERY !== 0) return;
    const w = full ? 1 : SAMPLE_EVERY;
    for (const h of wordsOf(doc)) this.pending.set(h, (this.pending.get(h) ?? 0) + w);
    this.docs += w;
    this.addedDocs += w;
  }

  /** Writes the batch's counts. */
  async flush(): Promise<void> {
    if (this.addedDocs === 0) return;
    await this.store.dedup.addDocFrequencies(this.pending, this.addedDocs);
    for (const [h, n] of this.pending) this.known.set(h, (this.known.get(h) ?? 0) + n);
    this.pending.clear();
    this.addedDocs = 0;
  }
}

// The words `count` records for a document (cached on it).
function wordsOf(doc: PreparedDoc): Set<number> {
  const cached = doc.cache.dfWords as Set<number> | undefined;
  if (cached) return cached;
  const out = new Set<number>();
  for (let i = doc.titleCount; i < doc.words.length; i++) if (!doc.stop[i] && doc.content[i]) out.add(doc.wordHash[i]);
  doc.cache.dfWords = out;
  return out;
}
