// Does an item belong to the story? Whole-word, accent- and case-insensitive term matching over title and text.
import type { TopicConfig } from '../model.js';
import { tokenize } from './tokens.js';

export { foldText, tokenize } from './tokens.js';

/** The verdict on one item: on topic or not, which terms matched, and the exclude term that rejected it. */
export interface TopicMatch {
  matched: boolean;
  /** Include and strong terms found, as written in the config, in config order. */
  terms: string[];
  excludedBy?: string;
}

/** One configured term: its label and the word sequences that spell it (`a | b` gives two). */
interface Term {
  label: string;
  spellings: string[][];
}

/** Builds the matcher for a topic; the returned function is pure and cheap to call per item. */
export function createTopicMatcher(topic: TopicConfig): (item: { title: string; text: string }) => TopicMatch {
  const include = parseTerms(Object.values(topic.include).flat());
  const strong = parseTerms(topic.strong ?? []);
  const exclude = parseTerms(topic.exclude);
  const find = compile([include, strong, exclude]);
  const everything = include.length === 0 && strong.length === 0;
  const minMatches = Math.max(1, topic.minMatches);

  return (item) => {
    const [includeHits, strongHits, excluded] = find([tokenize(item.title), tokenize(item.text)]);
    const terms = [...strong.filter((_, i) => strongHits.has(i)), ...include.filter((_, i) => includeHits.has(i))].map(
      (term) => term.label,
    );
    if (excluded.size > 0) return { matched: false, terms, excludedBy: exclude[Math.min(...excluded)].label };
    return { matched: everything || strongHits.size > 0 || includeHits.size >= minMatches, terms };
  };
}

/** Splits `a | b` entries into spellings and merges entries that spell the same words (one term, counted once). */
function parseTerms(entries: string[]): Term[] {
  const terms: Term[] = [];
  const seen = new Map<string, Term>();
  for (const entry of entries) {
    const spellings = entry
      .split('|')
      .map((part) => tokenize(part))
      .filter((words) => words.length > 0);
    if (spellings.length === 0) continue;
    const known = spellings.map((s) => seen.get(s.join(' '))).find((t) => t !== undefined);
    const term = known ?? { label: entry.trim(), spellings: [] };
    for (const spelling of spellings) {
      if (!seen.has(spelling.join(' '))) {
        term.spellings.push(spelling);
        seen.set(spelling.join(' '), term);
      }
    }
    if (!known) terms.push(term);
  }
  return terms;
}

/** Indexes the spellings of several term lists by first word, so one pass over the words finds them all; the
 *  finder returns, per list, the indexes of the terms present in any of the word lists. */
function compile(lists: Term[][]): (texts: string[][]) => Array<Set<number>> {
  const byFirst = new Map<string, Array<{ list: number; term: number; words: string[] }>>();
  lists.forEach((terms, list) =>
    terms.forEach((term, index) => {
      for (const words of term.spellings) {
        const entries = byFirst.get(words[0]) ?? [];
        entries.push({ list, term: index, words });
        byFirst.set(words[0], entries);
      }
    }),
  );
  return (texts) => {
    const found = lists.map(() => new Set<number>());
    for (const words of texts) {
      for (let i = 0; i < words.length; i += 1) {
        const candidates = byFirst.get(words[i]);
        if (!candidates) continue;
        for (const { list, term, words: spelling } of candidates) {
          let j = 1;
          while (j < spelling.length && words[i + j] === spelling[j]) j += 1;
          if (j === spelling.length) found[list].add(term);
        }
      }
    }
    return found;
  };
}
