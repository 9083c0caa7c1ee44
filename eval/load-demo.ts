// The offline demo as a labelled set: config/demo/demo.yaml (sources, roles), feeds/ parsed with src/parse,
// labels.json for the truth. First-seen times simulate live polling: 10 minutes after each item's feed date.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { decodeBody } from '../src/fetch/index.js';
import type { SourceRole } from '../src/model.js';
import { parseFeed } from '../src/parse/index.js';
import type { LabelKind, LabelledArticle } from './labelled.js';

interface DemoSource {
  id: string;
  url: string;
  title: string;
  role: SourceRole;
}

interface Label {
  feed: string;
  link: string;
  title: string;
  story: string;
  kind: LabelKind;
  derivesFrom: string | null;
  variant?: string;
}

const POLL_DELAY_MS = 10 * 60_000;

/** Loads the demo folder's labelled items (those the parser finds in the feeds); [] when it is absent. */
export async function loadDemo(dir: string): Promise<LabelledArticle[]> {
  const config = path.join(dir, 'demo.yaml');
  const labelsFile = path.join(dir, 'labels.json');
  if (!fs.existsSync(config) || !fs.existsSync(labelsFile)) return [];
  const sources = (YAML.parse(fs.readFileSync(config, 'utf8')) as { sources: DemoSource[] }).sources;
  const labels = (JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as { items: Label[] }).items;
  const byLink = new Map(labels.map((l) => [l.link, l]));
  const out: LabelledArticle[] = [];
  const undated: LabelledArticle[] = [];
  for (const source of sources) {
    const file = path.join(dir, 'feeds', source.url.replace(/^demo:/, ''));
    if (!fs.existsSync(file)) continue;
    const { text } = decodeBody(new Uint8Array(fs.readFileSync(file)));
    let items;
    try {
      items = (await parseFeed(text, `http://127.0.0.1/${path.basename(file)}`)).items;
    } catch {
      continue;
    }
    for (const item of items) {
      const label = item.link ? byLink.get(item.link) : undefined;
      if (!label || label.kind === 'offtopic') continue;
      const published = item.publishedAt ?? item.updatedAt;
      (published === undefined ? undated : out).push({
        id: label.link, story: label.story, language: item.language ?? 'en', source: source.id, sourceRole: source.role,
        sourceTitle: source.title, title: item.title, text: item.text, link: item.link, contentHtml: item.contentHtml,
        publishedAt: published, firstSeenAt: (published ?? 0) + POLL_DELAY_MS,
        kind: label.kind, derivesFrom: label.derivesFrom, variant: label.variant,
      });
    }
  }
  // Items with no date, or a date far from the others (a wrong feed clock), say nothing about when they
  // appeared: they are taken as found by the last poll of the period (the engine still sees their feed date).
  const times = out.map((a) => a.firstSeenAt).sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const sane = out.filter((a) => Math.abs(a.firstSeenAt - median) <= 30 * 86_400_000);
  const last = Math.max(...sane.map((a) => a.firstSeenAt));
  for (const a of out) if (!sane.includes(a)) undated.push(a);
  for (const a of undated) a.firstSeenAt = last + POLL_DELAY_MS;
  return [...sane, ...undated];
}
