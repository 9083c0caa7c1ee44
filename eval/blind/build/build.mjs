// Builds eval/blind/<story>.json from the hand-written story modules in ./stories, then validates them.
// Run: node eval/blind/build/build.mjs   (prints counts; exits 1 on any validation error)
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { padFor } from './sites.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const KINDS = new Set(['original', 'verbatim', 'boilerplate', 'edited', 'rewrite', 'independent']);
const ROLES = new Set(['original', 'copier', 'unknown']);
const errors = [];
const fail = (msg) => errors.push(msg);

const paras = (t) => t.split('\n\n');
const words = (t) => t.split(/\s+/).filter(Boolean).length;
const dropDateline = (p) => p.replace(/^[^—]{0,80}? — /, '').replace(/^[^\n]{0,60}?\([A-Z]{2,5}\) - /, '')
  .replace(/^[A-ZÀ-Ý' ]{3,30} - /, '')
  .replace(/^./, (c) => c.toUpperCase());

/** Replace each `[old, new]` once, failing loudly when `old` is missing. */
function applyReplace(text, pairs, id) {
  for (const [a, b] of pairs ?? []) {
    if (!text.includes(a)) fail(`${id}: replace target not found: ${a.slice(0, 60)}`);
    text = text.replace(a, b);
  }
  return text;
}

/** Split a paragraph into sentences (good enough for wire prose). */
const sentences = (p) => p.split(/(?<=[.!?]["”»]?)\s+(?=[A-ZÀ-Ý«“"(])/);

function buildText(a, byId, story) {
  if (a.text) return Array.isArray(a.text) ? a.text.join('\n\n') : a.text;
  const src = byId.get(a.from);
  if (!src) { fail(`${a.id}: unknown from ${a.from}`); return ''; }
  let ps = paras(src.text);
  switch (a.op) {
    case 'copy':
      return src.text;
    case 'pad': {
      if (a.dropDateline) ps[0] = dropDateline(ps[0]);
      const { top, mid, end } = padFor(a.site ?? a.source, a.related ?? [], story.language);
      const midAt = a.midAt ?? 2;
      const out = [...top, ...ps.slice(0, midAt), ...mid, ...ps.slice(midAt), ...end, ...(a.tail ?? [])];
      a.boilerplate = [...top, ...mid, ...end, ...(a.tail ?? [])];
      return out.join('\n\n');
    }
    case 'trim': {
      ps = ps.slice(0, a.keep ?? 3);
      if (a.dropDateline) ps[0] = dropDateline(ps[0]);
      return applyReplace([...(a.pre ?? []), ...ps, ...(a.tail ?? [])].join('\n\n'), a.replace, a.id);
    }
    case 'edit': {
      let out = (a.order ?? ps.map((_, i) => i)).map((i) => ps[i]);
      if (a.dropDateline) out[0] = dropDateline(out[0]);
      if (a.lead) out[0] = a.lead;
      for (const [pos, t] of [...(a.insert ?? [])].sort((x, y) => y[0] - x[0])) out.splice(pos, 0, t);
      return applyReplace([...(a.pre ?? []), ...out, ...(a.tail ?? [])].join('\n\n'), a.replace, a.id);
    }
    case 'light': {
      let changed = 0;
      const total = ps.reduce((n, p) => n + sentences(p).length, 0);
      for (const [key, repl] of a.sent) {
        const pi = ps.findIndex((p) => p.includes(key));
        if (pi < 0) { fail(`${a.id}: light key not found: ${key}`); continue; }
        const ss = sentences(ps[pi]);
        const si = ss.findIndex((s) => s.includes(key));
        ss[si] = repl;
        ps[pi] = ss.join(' ');
        changed++;
      }
      a.lightRatio = changed / total;
      if (a.dropDateline) ps[0] = dropDateline(ps[0]);
      return applyReplace(ps.join('\n\n'), a.replace, a.id);
    }
    default:
      fail(`${a.id}: unknown op ${a.op}`);
      return '';
  }
}

const iso = (s) => (s.length === 16 ? `${s}:00Z` : s);
const addMin = (s, m) => new Date(Date.parse(iso(s)) + m * 60000).toISOString().replace('.000Z', 'Z');
const FIELDS = ['id', 'source', 'sourceRole', 'title', 'published', 'firstSeen', 'text', 'kind', 'derivesFrom', 'via',
  'credit', 'agency', 'boilerplate', 'variant', 'note'];

const counts = [];
const files = readdirSync(join(here, 'stories')).filter((f) => f.endsWith('.mjs')).sort();
for (const f of files) {
  const story = (await import(join(here, 'stories', f))).default;
  const byId = new Map();
  const out = [];
  story.articles.forEach((a, i) => {
    a.id = `${story.story}-${i + 1}`;
    if (a.from) a.from = `${story.story}-${a.from}`;
    if (a.root) a.root = `${story.story}-${a.root}`;
    const text = buildText(a, byId, story);
    const src = byId.get(a.from);
    const published = iso(a.at);
    const firstSeen = a.seen ? iso(a.seen) : addMin(a.at, a.lag ?? 5);
    const derivesFrom = a.kind === 'original' || a.kind === 'independent' ? null
      : a.root ?? (src?.derivesFrom ?? src?.id ?? null);
    const via = a.kind !== 'original' && a.kind !== 'independent' && src && src.id !== derivesFrom ? src.id : undefined;
    const art = {
      id: a.id, source: a.source, sourceRole: a.role, title: a.title ?? src?.title, published, firstSeen, text,
      kind: a.kind, derivesFrom, via, credit: a.credit, agency: a.agency, boilerplate: a.boilerplate,
      variant: a.variant, note: a.note,
    };
    for (const k of FIELDS) if (art[k] === undefined) delete art[k];
    if (a.lightRatio !== undefined) art.note += ` (${Math.round(a.lightRatio * 100)}% of sentences reworded)`;
    byId.set(a.id, art);
    out.push(art);
  });
  const doc = { story: story.story, title: story.title, language: story.language, articles: out };
  validate(doc);
  writeFileSync(join(outDir, `${story.story}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  counts.push(doc);
}

function validate(doc) {
  const ids = new Map(doc.articles.map((a) => [a.id, a]));
  if (ids.size !== doc.articles.length) fail(`${doc.story}: duplicate ids`);
  for (const a of doc.articles) {
    const w = words(a.text);
    if (w < 120 || w > 700) fail(`${a.id}: ${w} words`);
    if (!KINDS.has(a.kind)) fail(`${a.id}: kind ${a.kind}`);
    if (!ROLES.has(a.sourceRole)) fail(`${a.id}: role ${a.sourceRole}`);
    if (!a.title || !a.source || !a.note) fail(`${a.id}: missing title/source/note`);
    if (Number.isNaN(Date.parse(a.published)) || Number.isNaN(Date.parse(a.firstSeen))) fail(`${a.id}: bad date`);
    if (Date.parse(a.firstSeen) < Date.parse(a.published) && !a.note.includes('clock'))
      fail(`${a.id}: firstSeen before published without a clock note`);
    const isCopy = a.kind !== 'original' && a.kind !== 'independent';
    if (isCopy !== (a.derivesFrom !== null)) fail(`${a.id}: derivesFrom inconsistent with kind`);
    for (const ref of [a.derivesFrom, a.via].filter(Boolean)) {
      const r = ids.get(ref);
      if (!r) { fail(`${a.id}: unknown ref ${ref}`); continue; }
      if (Date.parse(a.firstSeen) <= Date.parse(r.firstSeen)) fail(`${a.id}: firstSeen not after ${ref}`);
    }
    if (a.derivesFrom && ids.get(a.derivesFrom)?.kind !== 'original') fail(`${a.id}: root is not an original`);
    for (const b of a.boilerplate ?? []) if (!a.text.includes(b)) fail(`${a.id}: boilerplate not in text`);
    if (a.kind === 'verbatim' && a.text !== ids.get(a.via ?? a.derivesFrom)?.text) fail(`${a.id}: verbatim differs`);
  }
}

const rows = counts.flatMap((d) => d.articles.map((a) => ({ ...a, language: d.language, story: d.story })));
const tally = {};
for (const r of rows) {
  const key = `${r.kind}${r.variant ? ` / ${r.variant}` : ''}`;
  tally[key] ??= { en: 0, fr: 0 };
  tally[key][r.language]++;
}
console.log('| kind / variant | en | fr | total |\n|---|---:|---:|---:|');
for (const [k, v] of Object.entries(tally).sort()) console.log(`| ${k} | ${v.en} | ${v.fr} | ${v.en + v.fr} |`);
const en = rows.filter((r) => r.language === 'en').length;
console.log(`| **total** | **${en}** | **${rows.length - en}** | **${rows.length}** |\n`);
console.log('| story | lang | articles | originals | words (min–max) |\n|---|---|---:|---:|---|');
for (const d of counts) {
  const w = d.articles.map((a) => words(a.text));
  const o = d.articles.filter((a) => a.kind === 'original').length;
  console.log(`| ${d.story} (${d.title}) | ${d.language} | ${d.articles.length} | ${o} | ${Math.min(...w)}–${Math.max(...w)} |`);
}
const light = rows.filter((r) => r.variant === 'light').map((r) => `${r.id}: ${r.note.match(/\((\d+)% of/)?.[1]}%`);
console.log(`\nlight rewrites: ${light.join(', ')}`);
console.log(`credited copies: ${rows.filter((r) => r.credit).length} of ${rows.filter((r) => r.derivesFrom).length}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('validation: OK');
