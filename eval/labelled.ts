// Labelled articles for the evaluation: the corpus format (eval/corpus/*.json) and its loader.
import fs from 'node:fs';
import path from 'node:path';
import type { SourceRole } from '../src/model.js';

/** Ground-truth kinds; `independent` articles are singletons, `offtopic` ones are not scored. */
export type LabelKind = 'original' | 'verbatim' | 'boilerplate' | 'edited' | 'rewrite' | 'independent' | 'offtopic';

/** One labelled article, whatever set it comes from. */
export interface LabelledArticle {
  id: string;
  story: string;
  language: string;
  source: string;
  sourceRole: SourceRole;
  sourceTitle?: string;
  title: string;
  text: string;
  link?: string;
  contentHtml?: string;
  publishedAt?: number;
  firstSeenAt: number;
  kind: LabelKind;
  /** Id of the root original (copies only). */
  derivesFrom: string | null;
  alsoFrom?: string;
  variant?: string;
}

interface CorpusFile {
  story: string;
  language: string;
  articles: Array<{
    id: string; source: string; sourceRole: SourceRole; title: string; published?: string; firstSeen: string; text: string;
    kind: LabelKind; derivesFrom: string | null; alsoFrom?: string; variant?: string;
  }>;
}

/** Reads every story file of the corpus folder (sorted by name). */
export function loadCorpus(dir: string): LabelledArticle[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((f) => {
    const story = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CorpusFile;
    return story.articles.map((a) => ({
      id: a.id, story: story.story, language: story.language, source: a.source, sourceRole: a.sourceRole, title: a.title,
      text: a.text, link: `https://${a.source}.example/${a.id}`, publishedAt: a.published ? Date.parse(a.published) : undefined,
      firstSeenAt: Date.parse(a.firstSeen), kind: a.kind, derivesFrom: a.derivesFrom, alsoFrom: a.alsoFrom, variant: a.variant,
    }));
  });
}
