// Synthetic news for the benchmark: ~600-word articles in paragraphs of sentences, drawn from a Zipf
// vocabulary plus words of the article's "story" (so same-story articles share vocabulary, as real ones do),
// and copies of recent articles (verbatim, padded, trimmed, lightly edited). Seeded; no I/O.
import { createSeededRandom } from '../src/random.js';

/** One generated article; `copyOf` is the index of the article it copies. */
export interface SyntheticArticle {
  index: number;
  story: number;
  source: string;
  title: string;
  text: string;
  copyOf?: number;
}

const FUNCTION_WORDS = 'the of and to in a that said on for with was it by as at from his an were is has have be its after their they who had are not but been which also will more than one would this'.split(' ');
const SYLLABLES = 'ka lo mi ra te su vo ni de pa ro bi lu ma ze to ri na ve so di fa gu he'.split(' ');

/** A seeded generator of articles and copies. */
export function createSyntheticNews(seed: number, options: { words?: number; copyShare?: number; vocabulary?: number } = {}) {
  const random = createSeededRandom(seed);
  const vocabulary = Array.from({ length: options.vocabulary ?? 30_000 }, (_, i) => makeWord(i, random));
  const words = options.words ?? 600;
  const copyShare = options.copyShare ?? 0.1;
  const recent: SyntheticArticle[] = [];
  let index = 0;
  const zipf = (): string => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2))];
  const storyWords = (story: number): string[] => Array.from({ length: 40 }, (_, k) => vocabulary[(story * 7919 + k * 104729) % vocabulary.length]);

  const original = (): SyntheticArticle => {
    const story = Math.floor(index / 8) + Math.floor(random() * 3);
    const own = storyWords(story);
    const paragraphs: string[] = [];
    let count = 0;
    while (count < words) {
      const sentences: string[] = [];
      for (let s = 0; s < 3 && count < words; s++) {
        const length = 12 + Math.floor(random() * 16);
        const list: string[] = [];
        // Like real syntax: one or two function words, then one to three content words, and again.
        while (list.length < length) {
          for (let f = random() < 0.3 ? 2 : 1; f > 0; f--) list.push(FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)]);
          for (let c = 1 + Math.floor(random() * 3); c > 0; c--) {
            const r = random();
            list.push(r < 0.2 ? own[Math.floor(random() * own.length)] : r < 0.25 ? String(Math.floor(random() * 2000)) : zipf());
          }
        }
        list.length = length;
        list[0] = list[0][0].toUpperCase() + list[0].slice(1);
        sentences.push(`${list.join(' ')}.`);
        count += length;
      }
      paragraphs.push(sentences.join(' '));
    }
    return { index, story, source: `site-${Math.floor(random() * 50)}`, title: `${own[0]} ${zipf()} ${own[1]} ${zipf()}`, text: paragraphs.join('\n\n') };
  };

  const copy = (from: SyntheticArticle): SyntheticArticle => {
    const paragraphs = from.text.split('\n\n');
    const mode = Math.floor(random() * 4);
    let text = from.text;
    if (mode === 1) text = ['Share this article on social media.', ...paragraphs, 'Subscribe to our newsletter for more news.'].join('\n\n');
    if (mode === 2) text = paragraphs.slice(0, Math.max(2, Math.ceil(paragraphs.length / 2))).join('\n\n');
    if (mode === 3) text = paragraphs.filter((_, i) => i !== 2).map((p) => p.replace(/ (\w+) (\w+) /, ' $2 $1 ')).join('\n\n');
    return { index, story: from.story, source: `copier-${Math.floor(random() * 30)}`, title: from.title, text, copyOf: from.index };
  };

  return {
    /** The next article: a copy of a recent one with probability copyShare, else a new original. */
    next(): SyntheticArticle {
      const article = recent.length > 10 && random() < copyShare ? copy(recent[Math.floor(random() * recent.length)]) : original();
      index++;
      if (article.copyOf === undefined) {
        recent.push(article);
        if (recent.length > 2_000) recent.shift();
      }
      return article;
    },
  };
}

function makeWord(i: number, random: () => number): string {
  const n = 2 + Math.floor(random() * 3);
  let w = '';
  for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return `${w}${i.toString(36)}`;
}
