// The demo's ground truth (config/demo/labels.json) and how the detected clusters compare with it.
import fs from 'node:fs';

/** One labelled item of a demo feed. */
export interface LabelItem {
  feed: string;
  link: string;
  title: string;
  story: string;
  kind: 'original' | 'verbatim' | 'boilerplate' | 'edited' | 'rewrite' | 'independent' | 'offtopic';
  /** Link of the original this item's text comes from (null for originals, independents and off-topic). */
  derivesFrom: string | null;
}

/** What the demo found for one labelled item: the stored item (if any), its cluster and its role there. */
export interface Detected {
  stored: boolean;
  /** From a source whose poll failed (its items cannot be judged). */
  sourceFailed: boolean;
  clusterKey?: string;
  isOriginal?: boolean;
  kind?: string;
}

/** How the demo's detection agrees with the labels. */
export interface LabelComparison {
  labelled: number;
  /** Pairs of stored items: same cluster expected (same original) vs same cluster found. */
  pairs: { truePositive: number; falsePositive: number; falseNegative: number; precision: number; recall: number };
  /** Copy groups (an original with at least one stored copy) whose original the detector named. */
  originals: { correct: number; total: number; wrong: string[] };
  /** Stored copies whose detected kind equals the label. */
  kinds: { agree: number; total: number };
  /** Off-topic items stored by mistake, and on-topic items (of sources that worked) not stored. */
  offTopicStored: string[];
  onTopicMissed: string[];
}

const COPY_KINDS = new Set(['verbatim', 'boilerplate', 'edited', 'rewrite']);

/** Reads labels.json, or undefined when the file does not exist. */
export function readLabels(file: string): LabelItem[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { items?: LabelItem[] };
  if (!Array.isArray(doc.items)) throw new Error(`${file}: expected { "items": [...] }`);
  return doc.items;
}

/** Compares detection with the labels; `detect(label)` says what happened to each labelled item. */
export function compareWithLabels(labels: readonly LabelItem[], detect: (label: LabelItem) => Detected): LabelComparison {
  const rows = labels.map((label) => ({ label, found: detect(label) }));
  const judged = rows.filter((r) => r.found.stored && r.label.kind !== 'offtopic');
  const pairs = { truePositive: 0, falsePositive: 0, falseNegative: 0, precision: 1, recall: 1 };
  for (let i = 0; i < judged.length; i += 1) {
    for (let j = i + 1; j < judged.length; j += 1) {
      const expected = groupOf(judged[i].label) === groupOf(judged[j].label);
      const found = judged[i].found.clusterKey !== undefined && judged[i].found.clusterKey === judged[j].found.clusterKey;
      if (expected && found) pairs.truePositive += 1;
      else if (found) pairs.falsePositive += 1;
      else if (expected) pairs.falseNegative += 1;
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  pairs.precision = ratio(pairs.truePositive, pairs.truePositive + pairs.falsePositive);
  pairs.recall = ratio(pairs.truePositive, pairs.truePositive + pairs.falseNegative);

  const originals = { correct: 0, total: 0, wrong: [] as string[] };
  for (const row of judged.filter((r) => r.label.kind === 'original')) {
    const hasCopy = judged.some((r) => r.label.derivesFrom === row.label.link);
    if (!hasCopy) continue;
    originals.total += 1;
    if (row.found.isOriginal) originals.correct += 1;
    else originals.wrong.push(row.label.title);
  }
  const copies = judged.filter((r) => COPY_KINDS.has(r.label.kind));
  const kinds = { agree: copies.filter((r) => kindAgrees(r.found.kind, r.label.kind)).length, total: copies.length };
  return {
    labelled: labels.length,
    pairs,
    originals,
    kinds,
    offTopicStored: rows.filter((r) => r.label.kind === 'offtopic' && r.found.stored).map((r) => r.label.title),
    onTopicMissed: rows.filter((r) => r.label.kind !== 'offtopic' && !r.found.stored && !r.found.sourceFailed).map((r) => r.label.title),
  };
}

function groupOf(label: LabelItem): string {
  return label.derivesFrom ?? label.link;
}

/** The labels have no `exact` kind: an exact (identical-text) copy is the strictest case of a verbatim one. */
function kindAgrees(found: string | undefined, label: string): boolean {
  return found === label || (found === 'exact' && label === 'verbatim');
}
