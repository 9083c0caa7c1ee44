// Dedup parameters: the config's DedupSettings, the engine's fixed signature constants and the named
// thresholds (built-in defaults merged with config.dedup.thresholds). The signature part is stored with the
// signatures; comparing against signatures built with other parameters is an error.
import { DedupParamsError } from '../errors.js';
import type { DedupSettings } from '../model.js';

/** Bumped when preparation or signature code changes what gets indexed (forces `feedfold dedup rebuild`). */
export const SIGNATURE_VERSION = 1;

/** Built-in thresholds; every one can be overridden by name in config.dedup.thresholds. */
export const DEFAULT_THRESHOLDS = {
  /** Shortest shared run of tokens that counts as a copied passage (GST minimum match length). */
  minRun: 8,
  /** Unquoted passage coverage of the shorter text, and shingle Jaccard, for `verbatim`. */
  verbatimCoverage: 0.9,
  verbatimJaccard: 0.8,
  /** Share of the original's unquoted content found in a copy that adds whole paragraphs, for `boilerplate`. */
  boilerplateCoverage: 0.9,
  /** Unquoted passage coverage for `edited` (cuts, light edits): of the shorter text, and of the more covered
   *  text (a copy is mostly someone else's text; a digest quoting one paragraph of a story is not a copy). */
  editedCoverage: 0.3,
  editedMainCoverage: 0.5,
  /** Share of the shorter and of the longer text's rare-word mass in order-consistent aligned sentences, for
   *  `rewrite`: a rewrite paraphrases its whole source, while a brief on the same event only lines up with the
   *  other text's lead. */
  rewriteCoverage: 0.65,
  rewriteLongCoverage: 0.55,
  /** Share of the shorter text's sentences that must be aligned, and never fewer than rewriteMinSentences
   *  (a three-sentence brief sharing a lede with a wire is not evidence of a rewrite). */
  rewriteSentenceShare: 0.5,
  rewriteMinSentences: 4,
  /** Sentence similarity (mean of character-bigram Dice and rare-word Dice) needed to align two sentences. */
  sentenceSimilarity: 0.35,
  /** Joint evidence for `rewrite`: rare-word cosine of the two documents... */
  rewriteCosine: 0.15,
  /** ...or containment of the stopword skeleton (survives synonym swapping). */
  rewriteSkeleton: 0.3,
  /** Below this many content tokens only exact and verbatim copies are detected. */
  minFuzzyTokens: 25,
  /** Content-word Jaccard (unquoted, no function words) below which a pair is not checked for a rewrite:
   *  a rewrite keeps much of its source's wording; most unrelated pairs share almost none. */
  wordGate: 0.2,
  /** Rewrite candidates by shared wording are looked for among items first seen this many hours before. */
  rewriteWindowHours: 48,
  /** Same-event evidence for a `related` edge: content-word Jaccard, or rare-word cosine. */
  relatedWords: 0.15,
  relatedCosine: 0.15,
  maxRelatedPerItem: 5,
  maxCandidates: 50,
  /** Shared winnowed fingerprints that make an item a candidate by themselves. */
  minSharedFingerprints: 2,
  /** Learned boilerplate: items of one source repeating a paragraph, sources repeating it, longest paragraph. */
  learnedSourceItems: 3,
  learnedGlobalSources: 5,
  learnedMaxWords: 50,
  /** An item joins a cluster verified against its original or at least this share of its members. */
  joinShare: 0.5,
  /** Two clusters merge when their originals are linked or at least this share of cross pairs are. */
  mergeShare: 0.5,
  /** Original choice: feed dates are clamped to [first seen - clampBeforeHours, first seen + clampAfterMinutes]. */
  clampBeforeHours: 48,
  clampAfterMinutes: 5,
  /** Dates more than this many days before first seen are absurd and fall back to first seen. */
  absurdDays: 30,
  /** Credible times within this many minutes are ties. */
  tieMinutes: 10,
  /** Close calls: a `role: original` source wins unless another member is earlier by more than this (12 h: CMS
   *  time-zone mistakes, local time stamped as UTC, shift copies' dates by whole hours). */
  roleWindowMinutes: 720,
} as const;

/** Names accepted in config.dedup.thresholds. */
export type ThresholdName = keyof typeof DEFAULT_THRESHOLDS;
/** Every threshold with its value in force. */
export type Thresholds = Record<ThresholdName, number>;

/** Settings plus the engine's constants and merged thresholds: everything detection reads. */
export interface DedupParams extends Omit<DedupSettings, 'thresholds'> {
  thresholds: Thresholds;
  skeletonShingle: number;
  /** LSH over the set of unquoted content words: finds rewrites, which share wording but few long runs. The
   *  sketch has wordSketch values; bands use the first wordBands × wordRows of them. */
  wordBands: number;
  wordRows: number;
  wordSketch: number;
  minShinglesForLsh: number;
}

/** Merges config settings with the engine constants and default thresholds (unknown threshold names throw). */
export function resolveParams(settings: DedupSettings): DedupParams {
  const unknown = Object.keys(settings.thresholds ?? {}).filter((k) => !(k in DEFAULT_THRESHOLDS));
  if (unknown.length > 0) {
    throw new DedupParamsError(
      'DEDUP_UNKNOWN_THRESHOLD',
      `dedup.thresholds: unknown name(s) ${unknown.join(', ')}; known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`,
    );
  }
  if (settings.bands * settings.rows !== settings.numHashes) {
    throw new DedupParamsError('DEDUP_BAD_BANDS', `dedup: bands × rows (${settings.bands} × ${settings.rows}) must equal numHashes (${settings.numHashes})`);
  }
  return {
    ...settings,
    thresholds: { ...DEFAULT_THRESHOLDS, ...settings.thresholds } as Thresholds,
    skeletonShingle: 8,
    wordBands: 32,
    wordRows: 3,
    wordSketch: 96,
    minShinglesForLsh: 20,
  };
}

/** The parameters that shape stored signatures, as a canonical JSON string (stored in `dedup_params`). */
export function signatureParams(params: DedupParams): string {
  const { shingleSize, numHashes, bands, rows, seed, winnowWindow, skeletonShingle, wordBands, wordRows, wordSketch, minShinglesForLsh } = params;
  return JSON.stringify({
    version: SIGNATURE_VERSION, shingleSize, numHashes, bands, rows, seed, winnowWindow, skeletonShingle, wordBands,
    wordRows, wordSketch, minShinglesForLsh,
  });
}

/** Throws DedupParamsError when stored signature parameters differ from the current ones. */
export function checkParams(stored: string | undefined, current: string): void {
  if (stored === undefined || stored === current) return;
  throw new DedupParamsError(
    'DEDUP_PARAMS_CHANGED',
    `dedup parameters changed since signatures were built (stored ${stored}, now ${current}): run \`feedfold dedup rebuild\``,
  );
}

/** Default settings (what config/feedfold.yaml ships), for tests, eval and benchmarks. */
export const DEFAULT_SETTINGS: DedupSettings = {
  shingleSize: 5, numHashes: 120, bands: 40, rows: 3, seed: 1, winnowWindow: 8, windowDays: 14, maxPostings: 200, thresholds: {},
};
