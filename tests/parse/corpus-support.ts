// Conformance harness for /work/shared/corpus: runs each case through parseFeed, maps the result onto the
// corpus vocabulary (toCorpusView) and checks the assertions. Used by corpus.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { decodeBody } from '../../src/fetch/decode-body.js';
import type { ParsedFeed } from '../../src/model.js';
import { htmlToText, parseDate, parseFeed } from '../../src/parse/index.js';

export interface Assertion {
  path: string;
  op: 'eq' | 'ne' | 'one_of' | 'count' | 'absent';
  expected: unknown;
}

export interface CorpusCase {
  file: string;
  suite?: string;
  group?: string;
  description?: string;
  expect?: string;
  test?: string;
  base_url?: string;
  expect_error?: boolean;
  http?: { url: string; content_type?: string; headers: Record<string, string> };
  assertions: Assertion[];
}

export type Outcome = 'pass' | 'fail' | 'unsupported';
export interface CaseResult {
  set: string;
  group: string;
  file: string;
  strict: Outcome;
  text: Outcome;
  /** The case's description (feedparser) or test name (Miniflux). */
  about?: string;
  detail?: string;
}

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'));
/** Fields our model holds as plain text (and the body): in "text" mode both sides are reduced to plain text. */
const TEXT_FIELDS = new Set(['title', 'summary', 'author', 'author.name', 'categories', 'content']);
/** BCP-47 tags and charset names are case-insensitive. */
const CASELESS_FIELDS = new Set(['language', 'encoding']);

type View = { feed: Record<string, unknown>; entries: Array<Record<string, unknown>>; encoding: string };

/** Our output in the corpus vocabulary; fields we do not model are simply missing (→ unsupported). */
export function toCorpusView(parsed: ParsedFeed, encoding: string, set: string, feedUrl: string): View {
  const feed: Record<string, unknown> = { title: parsed.title, link: parsed.link, language: parsed.language };
  if (set === 'miniflux' && feed.link === undefined && feedUrl) feed.link = feedUrl;
  const entries = parsed.items.map((item) => ({
    title: item.title,
    link: item.link,
    id: item.guid,
    published: iso(item.publishedAt),
    updated: iso(item.updatedAt ?? item.publishedAt),
    author: item.author,
    'author.name': item.author,
    summary: item.summary,
    content: item.contentHtml,
    categories: item.categories,
    language: item.language,
  }));
  return { feed, entries, encoding };
}

/** The value at a vocabulary path; `unsupported` when our view has no such field. */
function lookup(view: View, p: string): { value: unknown; field: string } | 'unsupported' {
  if (p === 'encoding') return { value: view.encoding, field: 'encoding' };
  if (p === 'entries') return { value: view.entries, field: 'entries' };
  let m = /^feed\.(.+)$/.exec(p);
  if (m) return field(view.feed, m[1]);
  m = /^entries\[(\d+)\]\.(.+)$/.exec(p);
  if (m) {
    const entry = view.entries[Number(m[1])] ?? {};
    return field(entry, m[2], ['title', 'link', 'id', 'published', 'updated', 'author', 'author.name', 'summary', 'content', 'language']);
  }
  return 'unsupported';
}

function field(obj: Record<string, unknown>, name: string, known = ['title', 'link', 'language']): { value: unknown; field: string } | 'unsupported' {
  const cat = /^categories(?:\[(\d+)\])?$/.exec(name);
  if (cat && 'categories' in obj) {
    const list = obj.categories as string[];
    return { value: cat[1] === undefined ? list : list[Number(cat[1])], field: 'categories' };
  }
  if (!known.includes(name)) return 'unsupported';
  return { value: obj[name], field: name };
}

/** Both sides go through the same preparation: tags are case-insensitive; "text" mode compares plain text. */
function prepare(v: unknown, fieldName: string, mode: 'strict' | 'text'): unknown {
  if (typeof v !== 'string') return v;
  if (CASELESS_FIELDS.has(fieldName)) return v.toLowerCase();
  if (mode === 'text' && TEXT_FIELDS.has(fieldName)) return htmlToText(v).replace(/\s+/g, ' ').trim();
  return v;
}

function compare(a: Assertion, value: unknown, fieldName: string, mode: 'strict' | 'text'): boolean {
  const got = prepare(value, fieldName, mode);
  switch (a.op) {
    // Miniflux's Go structs hold "" for an absent string.
    case 'eq': return got === prepare(a.expected, fieldName, mode) || (a.expected === '' && got === undefined);
    case 'ne': return got !== prepare(a.expected, fieldName, mode);
    case 'one_of': return (a.expected as unknown[]).some((e) => prepare(e, fieldName, mode) === got);
    case 'count': return Array.isArray(value) ? value.length === a.expected : typeof value === 'string' && [...value].length === a.expected;
    case 'absent': return value === undefined || value === null || value === '';
  }
}

function judge(view: View, assertions: Assertion[], mode: 'strict' | 'text'): { outcome: Outcome; detail?: string } {
  const usable = assertions.filter((a) => !/\.mf_|^entries\[\d+\]\.mf_/.test(a.path));
  for (const a of usable) if (lookup(view, a.path) === 'unsupported') return { outcome: 'unsupported', detail: a.path };
  for (const a of usable) {
    const found = lookup(view, a.path) as { value: unknown; field: string };
    if (!compare(a, found.value, found.field, mode)) {
      return { outcome: 'fail', detail: `${a.path} ${a.op} ${JSON.stringify(a.expected)} got ${JSON.stringify(found.value)}` };
    }
  }
  return { outcome: 'pass' };
}

/** Runs one case: decode bytes (HTTP headers when given), parse, judge in both modes. */
export async function runCase(root: string, set: string, c: CorpusCase): Promise<CaseResult> {
  const group = set === 'miniflux' ? `miniflux ${c.file.split('/')[1]}` : `feedparser ${c.suite}/${c.group || '-'}`;
  const bytes = fs.readFileSync(path.join(root, c.file));
  const headers = c.http?.headers ?? {};
  // HTTP: the document URL is the base, unless Content-Location names another one (as feedparser does).
  let feedUrl = c.http?.url ?? c.base_url ?? '';
  if (headers['Content-Location']) {
    try {
      const loc = new URL(headers['Content-Location'], feedUrl);
      if (loc.protocol === 'http:' || loc.protocol === 'https:') feedUrl = loc.href;
    } catch {
      // An unusable Content-Location is ignored.
    }
  }
  const { text, charset } = decodeBody(new Uint8Array(bytes), c.http?.content_type);
  const base = { set, group, file: c.file, about: c.description ?? c.test };
  let parsed: ParsedFeed;
  try {
    parsed = await parseFeed(text, feedUrl, { defaultLanguage: headers['Content-Language'] });
  } catch (error) {
    const outcome: Outcome = c.expect_error ? 'pass' : 'fail';
    return { ...base, strict: outcome, text: outcome, detail: `threw ${(error as Error).message.slice(0, 160)}` };
  }
  if (c.expect_error) return { ...base, strict: 'fail', text: 'fail', detail: 'parsed, expected an error' };
  const view = toCorpusView(parsed, charset, set, c.base_url ?? '');
  const strict = judge(view, c.assertions, 'strict');
  const textMode = judge(view, c.assertions, 'text');
  return { ...base, strict: strict.outcome, text: textMode.outcome, detail: strict.detail ?? textMode.detail };
}

export interface GroupRow {
  group: string;
  cases: number;
  inScope: number;
  strict: number;
  text: number;
}

/** Per-group totals, sorted by group name. */
export function tally(results: CaseResult[]): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  for (const r of results) {
    const row = rows.get(r.group) ?? { group: r.group, cases: 0, inScope: 0, strict: 0, text: 0 };
    row.cases++;
    if (r.strict !== 'unsupported') row.inScope++;
    if (r.strict === 'pass') row.strict++;
    if (r.text === 'pass') row.text++;
    rows.set(r.group, row);
  }
  return [...rows.values()].sort((a, b) => a.group.localeCompare(b.group));
}

/** The table printed by the conformance test. */
export function formatTable(rows: GroupRow[]): string {
  const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  const lines = [`${'group'.padEnd(34)} cases  in-scope  strict (of in-scope)   as-text (of in-scope)`];
  for (const r of rows) {
    lines.push(`${r.group.padEnd(34)} ${String(r.cases).padStart(5)}  ${String(r.inScope).padStart(8)}  ${String(r.strict).padStart(5)} ${pct(r.strict, r.inScope)}         ${String(r.text).padStart(5)} ${pct(r.text, r.inScope)}`);
  }
  return lines.join('\n');
}

interface DateCase {
  input: string;
  expected?: string | null;
  must_parse?: boolean;
}

/** Runs a dates.json set through parseDate: exact instants to the second, `null` must be rejected. */
export function runDateCases(root: string, set: string): CaseResult[] {
  const doc = JSON.parse(fs.readFileSync(path.join(root, 'dates.json'), 'utf8')) as { cases: DateCase[] };
  return doc.cases.map((c, k) => {
    const got = iso(parseDate(c.input));
    const ok = c.must_parse ? got !== undefined : got === (c.expected ?? undefined);
    const outcome: Outcome = ok ? 'pass' : 'fail';
    return { set, group: `${set} dates`, file: `dates.json#${k}`, strict: outcome, text: outcome, detail: ok ? undefined : `${JSON.stringify(c.input)} got ${got}` };
  });
}
