// Generated variants of each original (seeded): padded with junk paragraphs, trimmed to 70/50/30% of its
// words, lightly edited, paragraph-shuffled and spun at three strengths; plus chaining probes (composites of
// two wires, a digest pasting both). Each variant comes from its own
// "site", first seen after the original; originals and independent reports come along as negatives.
import type { LabelledArticle } from './labelled.js';
import { spinHard, spinText, JUNK_PARAGRAPHS } from './variant-text.js';
import { createSeededRandom } from '../src/random.js';

const HOUR = 3_600_000;

/** Builds the variant set from the corpus (originals, independents, and generated copies). */
export function makeVariants(corpus: LabelledArticle[], seed: number): LabelledArticle[] {
  const random = createSeededRandom(seed);
  const base = corpus.filter((a) => a.kind === 'original' || a.kind === 'independent');
  const out: LabelledArticle[] = [...base];
  for (const original of corpus.filter((a) => a.kind === 'original')) {
    const paras = original.text.split(/\n\s*\n/);
    const make = (variant: string, kind: LabelledArticle['kind'], text: string, title = original.title, hours = 1): void => {
      out.push({
        ...original, id: `${original.id}~${variant}`, source: `variant-${variant}`, sourceRole: 'copier', sourceTitle: undefined,
        title, text, link: `https://variant-${variant}.example/${original.id}`, kind, derivesFrom: original.id, variant,
        publishedAt: original.firstSeenAt + hours * HOUR, firstSeenAt: original.firstSeenAt + hours * HOUR + 5 * 60_000,
      });
    };
    const junk = (n: number): string[] => Array.from({ length: n }, () => JUNK_PARAGRAPHS[Math.floor(random() * JUNK_PARAGRAPHS.length)]);
    const [top, middle, bottom] = junk(3);
    const half = Math.ceil(paras.length / 2);
    make('padded', 'boilerplate', [top, ...paras.slice(0, half), middle, ...paras.slice(half), bottom].join('\n\n'));
    for (const keep of [70, 50, 30]) make(`trim${keep}`, 'edited', trimWords(paras, keep / 100), original.title, 2);
    make('edited', 'edited', editText(paras, random), `Update: ${original.title}`, 3);
    make('shuffled', 'edited', shuffle(paras, random).join('\n\n'), original.title, 4);
    // Spun at three strengths (measured share of content words changed: about 17%, 30% and 50%).
    make('spun-thesaurus', 'rewrite', spinText(original.text, 0.4, random), original.title, 5);
    make('spun30', 'rewrite', spinHard(original.text, 0.3, random), original.title, 6);
    make('spun50', 'rewrite', spinHard(original.text, 0.5, random), original.title, 7);
  }
  // Chaining probes: where a story has two wires, composites leaning on each and a digest pasting both whole.
  for (const story of new Set(corpus.map((a) => a.story))) {
    const wires = corpus.filter((a) => a.story === story && a.kind === 'original');
    if (wires.length < 2) continue;
    const [a, b] = wires.map((w) => w.text.split(/\n\s*\n/));
    const last = Math.max(wires[0].firstSeenAt, wires[1].firstSeenAt);
    const probe = (name: string, from: LabelledArticle, text: string, hours: number): void => {
      out.push({
        ...from, id: `${story}~${name}`, source: `probe-${name}`, sourceRole: 'unknown', sourceTitle: undefined, title: `${from.title} (${name})`,
        text, link: `https://probe-${name}.example/${story}`, kind: 'edited', derivesFrom: from.id, variant: name,
        publishedAt: last + hours * HOUR, firstSeenAt: last + hours * HOUR + 5 * 60_000,
      });
    };
    probe('composite-a', wires[0], [a[0], b[1], a[1], a[2], b[2], a[3]].filter(Boolean).join('\n\n'), 9);
    probe('composite-b', wires[1], [b[0], a[1], b[1], b[2], a[2], b[3]].filter(Boolean).join('\n\n'), 10);
    probe('digest', wires[0], [...a, ...b].join('\n\n'), 11);
  }
  return out;
}

// Keeps whole paragraphs from the top until about `share` of the words are kept (at least one paragraph).
function trimWords(paras: string[], share: number): string {
  const total = paras.reduce((n, p) => n + p.split(/\s+/).length, 0);
  const kept: string[] = [];
  let words = 0;
  for (const p of paras) {
    if (kept.length > 0 && words + p.split(/\s+/).length / 2 > total * share) break;
    kept.push(p);
    words += p.split(/\s+/).length;
  }
  return kept.join('\n\n');
}

// Desk edits: one middle paragraph cut, a few words dropped or swapped, one sentence added.
function editText(paras: string[], random: () => number): string {
  const cut = paras.length > 3 ? 1 + Math.floor(random() * (paras.length - 2)) : -1;
  const kept = paras.filter((_, i) => i !== cut);
  const edited = kept.map((p) => spinText(p, 0.06, random));
  edited.splice(Math.min(2, edited.length), 0, 'Local officials said more information would be released later in the day.');
  return edited.join('\n\n');
}

function shuffle<T>(list: T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
