// Derives a source id (a slug) from a title or a feed URL, unique among the ids already taken.
import { feedUrlKey } from '../config/index.js';
import { foldText } from '../topic/index.js';

/** `https://www.rfi.fr/fr/afrique/rss` → `rfi-fr`; `Le Monde Afrique` → `le-monde-afrique`; suffixes -2, -3... if taken. */
export function deriveSourceId(urlOrTitle: string, taken: ReadonlySet<string>): string {
  let base = urlOrTitle;
  if (/^https?:\/\//i.test(urlOrTitle)) {
    try {
      base = new URL(urlOrTitle).hostname.replace(/^(www|feeds?|rss)\./, '');
    } catch {
      // Not parseable after all: slug the text as written.
    }
  }
  const slug =
    foldText(base)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'source';
  let id = slug;
  for (let n = 2; taken.has(id); n += 1) id = `${slug}-${n}`;
  return id;
}

/** Whether two feed URLs name the same feed (the config's duplicate rule). */
export function sameFeedUrl(a: string, b: string): boolean {
  return feedUrlKey(a) === feedUrlKey(b);
}
