#!/usr/bin/env node
// Validator for eval/fresh/*.json (plain Node, no dependencies).
// Checks the corpus format, references, dates and boilerplate, prints the counts, exits 1 on any error.
// Usage: node eval/fresh/check.mjs [--stats | --detail]
//   --stats adds word 5-gram overlap figures against the root original (quoted speech masked);
//   --detail also prints them per article.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const errors = [];
const warn = [];
const E = (m) => errors.push(m);

const KINDS = new Set(['original', 'verbatim', 'boilerplate', 'edited', 'rewrite', 'independent']);
const ROLES = new Set(['original', 'copier', 'unknown']);
const VARIANTS = {
  original: new Set(['brief', 'press-release']),
  verbatim: new Set([]),
  boilerplate: new Set([]),
  edited: new Set(['trimmed', 'update', 'composite']),
  rewrite: new Set(['light', 'heavy']),
  independent: new Set(['brief', 'follow-up', 'analysis', 'press-release', 'feature']),
};
const FIELDS = new Set(['id', 'source', 'sourceRole', 'title', 'published', 'firstSeen', 'text', 'kind',
  'derivesFrom', 'via', 'alsoFrom', 'credit', 'agency', 'boilerplate', 'variant', 'note']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const parseDate = (s) => (typeof s === 'string' && ISO.test(s) && !Number.isNaN(Date.parse(s)) ? Date.parse(s) : NaN);
const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
if (!files.length) E('no story files found');
const stories = [];
const allIds = new Set();
const roleOf = new Map();

for (const f of files) {
  let s;
  try { s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')); } catch (e) { E(`${f}: invalid JSON: ${e.message}`); continue; }
  const where = f;
  if (typeof s.story !== 'string' || `${s.story}.json` !== f) E(`${where}: story "${s.story}" does not match file name`);
  if (typeof s.title !== 'string' || !s.title.trim()) E(`${where}: missing title`);
  if (!['en', 'fr'].includes(s.language)) E(`${where}: language must be en or fr`);
  if (!Array.isArray(s.articles) || !s.articles.length) { E(`${where}: no articles`); continue; }
  const byId = new Map();
  for (const a of s.articles) {
    const id = a && a.id;
    const w = `${f}:${id}`;
    if (typeof id !== 'string' || !new RegExp(`^${s.story}-\\d+$`).test(id)) E(`${w}: id must be <story>-<n>`);
    if (allIds.has(id)) E(`${w}: duplicate id`);
    allIds.add(id);
    byId.set(id, a);
    for (const k of Object.keys(a)) if (!FIELDS.has(k)) E(`${w}: unknown field ${k}`);
    for (const k of ['source', 'title', 'text']) if (typeof a[k] !== 'string' || !a[k].trim()) E(`${w}: ${k} must be a non-empty string`);
    if (!ROLES.has(a.sourceRole)) E(`${w}: bad sourceRole ${a.sourceRole}`);
    if (roleOf.has(a.source) && roleOf.get(a.source) !== a.sourceRole) E(`${w}: source ${a.source} has role ${a.sourceRole} here but ${roleOf.get(a.source)} elsewhere`);
    roleOf.set(a.source, a.sourceRole);
    if (!KINDS.has(a.kind)) E(`${w}: bad kind ${a.kind}`);
    if (a.variant !== undefined && !(VARIANTS[a.kind] && VARIANTS[a.kind].has(a.variant))) E(`${w}: variant ${a.variant} not valid for kind ${a.kind}`);
    if (a.published !== null && Number.isNaN(parseDate(a.published))) E(`${w}: published does not parse: ${a.published}`);
    if (Number.isNaN(parseDate(a.firstSeen))) E(`${w}: firstSeen does not parse: ${a.firstSeen}`);
    for (const k of ['credit', 'agency', 'note', 'via', 'alsoFrom']) if (a[k] !== undefined && (typeof a[k] !== 'string' || !a[k])) E(`${w}: ${k} must be a non-empty string`);
    if (a.text && (/\n{3,}/.test(a.text) || a.text !== a.text.trim())) E(`${w}: text has stray blank lines or surrounding whitespace`);
    const n = words(a.text || '');
    if (n < 100 || n > 700) E(`${w}: ${n} words (expected 100-700)`);
  }
  // references
  for (const a of s.articles) {
    const w = `${f}:${a.id}`;
    const isRoot = a.kind === 'original' || a.kind === 'independent';
    if (isRoot) {
      if (a.derivesFrom !== null) E(`${w}: ${a.kind} must have derivesFrom null`);
      if (a.via !== undefined) E(`${w}: ${a.kind} must not have via`);
    } else {
      const r = byId.get(a.derivesFrom);
      if (!r) E(`${w}: derivesFrom ${a.derivesFrom} is not an id of this story`);
      else if (r.kind !== 'original') E(`${w}: derivesFrom ${a.derivesFrom} is a ${r.kind}, not an original`);
      else if (!(parseDate(a.firstSeen) > parseDate(r.firstSeen))) E(`${w}: firstSeen not later than its original's`);
      if (a.via !== undefined) {
        const v = byId.get(a.via);
        if (!v) E(`${w}: via ${a.via} is not an id of this story`);
        else {
          if (v.kind === 'original' || v.kind === 'independent') E(`${w}: via must name a copy (use derivesFrom for the original)`);
          if (v.derivesFrom !== a.derivesFrom) E(`${w}: via ${a.via} has a different root`);
          if (!(parseDate(a.firstSeen) > parseDate(v.firstSeen))) E(`${w}: firstSeen not later than its via's`);
        }
      }
      if (a.kind === 'verbatim') {
        const src = byId.get(a.via || a.derivesFrom);
        if (src && src.text !== a.text) E(`${w}: verbatim text differs from ${src.id}`);
      }
    }
    if (a.alsoFrom !== undefined) { const o = byId.get(a.alsoFrom); if (!o || o.kind !== 'original') E(`${w}: alsoFrom must name an original`); }
    if (a.kind === 'boilerplate') {
      if (!Array.isArray(a.boilerplate) || !a.boilerplate.length) E(`${w}: boilerplate copy without boilerplate list`);
      else {
        const ps = a.text.split('\n\n');
        let at = 0;
        for (const b of a.boilerplate) {
          if (typeof b !== 'string' || !a.text.includes(b)) { E(`${w}: boilerplate paragraph not in text: "${String(b).slice(0, 60)}"`); continue; }
          const i = ps.indexOf(b, at);
          if (i < 0) E(`${w}: boilerplate "${b.slice(0, 50)}" is not a whole paragraph in order`);
          else at = i + 1;
        }
      }
    } else if (a.boilerplate !== undefined) E(`${w}: boilerplate list on a ${a.kind}`);
    if (a.published !== null && parseDate(a.firstSeen) < parseDate(a.published)) E(`${w}: firstSeen before published`);
  }
  const originals = s.articles.filter((a) => a.kind === 'original');
  if (!originals.length) E(`${f}: no original`);
  stories.push(s);
}

// ---------------- counts ----------------
try {
const all = stories.flatMap((s) => s.articles.map((a) => ({ ...a, lang: s.language, story: s.story })));
const keyOf = (a) => (a.variant ? `${a.kind} / ${a.variant}` : a.kind);
const order = ['original', 'verbatim', 'boilerplate', 'edited', 'edited / trimmed', 'edited / update', 'rewrite / light', 'rewrite / heavy',
  'independent', 'independent / brief', 'independent / analysis', 'independent / follow-up'];
const keys = [...new Set([...order, ...all.map(keyOf)])].filter((k) => all.some((a) => keyOf(a) === k));
const cnt = (pred) => all.filter(pred).length;
console.log('| kind / variant | en | fr | total |\n|---|---:|---:|---:|');
for (const k of keys) console.log(`| ${k} | ${cnt((a) => keyOf(a) === k && a.lang === 'en')} | ${cnt((a) => keyOf(a) === k && a.lang === 'fr')} | ${cnt((a) => keyOf(a) === k)} |`);
console.log(`| **total** | **${cnt((a) => a.lang === 'en')}** | **${cnt((a) => a.lang === 'fr')}** | **${all.length}** |\n`);

console.log('| story | lang | articles | originals | copies | independents | heavy rewrites | words |\n|---|---|---:|---:|---:|---:|---:|---|');
for (const s of stories) {
  const A = s.articles;
  const ws = A.map((a) => words(a.text));
  console.log(`| ${s.story} | ${s.language} | ${A.length} | ${A.filter((a) => a.kind === 'original').length} | ${A.filter((a) => a.derivesFrom).length} | ${A.filter((a) => a.kind === 'independent').length} | ${A.filter((a) => a.variant === 'heavy').length} | ${Math.min(...ws)}–${Math.max(...ws)} |`);
}
const copies = all.filter((a) => a.derivesFrom);
const byIdAll = new Map(all.map((a) => [a.id, a]));
const earlier = copies.filter((a) => a.published && byIdAll.get(a.derivesFrom)?.published && parseDate(a.published) < parseDate(byIdAll.get(a.derivesFrom).published));
const missing = all.filter((a) => a.published === null);
const indepFirst = all.filter((a) => a.kind === 'independent' && a.published && stories.find((s) => s.story === a.story).articles
  .filter((o) => o.kind === 'original').every((o) => parseDate(a.published) < parseDate(o.published)));
console.log(`\ncopies: ${copies.length}, with credit: ${copies.filter((a) => a.credit).length}, with via: ${copies.filter((a) => a.via).length}`);
console.log(`copies dated before their original (wrong feed clock): ${earlier.map((a) => a.id).join(', ') || 'none'}`);
console.log(`articles with no published date: ${missing.map((a) => a.id).join(', ') || 'none'}`);
console.log(`independents dated before every original of their story: ${indepFirst.map((a) => a.id).join(', ') || 'none'}`);
console.log(`sources: ${roleOf.size} (${[...ROLES].map((r) => `${[...roleOf.values()].filter((x) => x === r).length} ${r}`).join(', ')})`);

// ---------------- optional overlap stats ----------------
if (process.argv.includes('--stats') || process.argv.includes('--detail')) {
  const mask = (t) => t.replace(/“[^”]*”|«[^»]*»|"[^"\n]*"/g, ' ');
  const toks = (t) => mask(t).toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const sh = (t) => { const w = toks(t); const s = new Set(); for (let i = 0; i + 5 <= w.length; i++) s.add(w.slice(i, i + 5).join(' ')); return s; };
  const cmp = (x, y) => { const A = sh(x), B = sh(y); let i = 0; for (const g of A) if (B.has(g)) i++; const u = A.size + B.size - i;
    return { j: u ? i / u : 0, c: Math.max(A.size ? i / A.size : 0, B.size ? i / B.size : 0) }; };
  const rng = (xs) => (xs.length ? `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}` : '-');
  const groups = new Map();
  for (const a of all) {
    let k, r;
    if (a.derivesFrom) { if (!byIdAll.get(a.derivesFrom)) continue; r = cmp(a.text, byIdAll.get(a.derivesFrom).text); k = keyOf(a) + (a.via ? ' (via)' : ''); }
    else if (a.kind === 'independent') {
      const os = all.filter((o) => o.story === a.story && o.kind === 'original').map((o) => cmp(a.text, o.text));
      if (!os.length) continue;
      r = { j: Math.max(...os.map((o) => o.j)), c: Math.max(...os.map((o) => o.c)) }; k = keyOf(a) + ' (max over originals)';
    } else continue;
    if (process.argv.includes('--detail')) console.log(`${a.id.padEnd(28)} ${keyOf(a).padEnd(24)} J5 ${r.j.toFixed(2)}  C5 ${r.c.toFixed(2)}`);
    if (!groups.has(k)) groups.set(k, { j: [], c: [] });
    groups.get(k).j.push(r.j); groups.get(k).c.push(r.c);
  }
  console.log('\n| kind | J5 vs root | C5 vs root |\n|---|---|---|');
  for (const [k, g] of groups) console.log(`| ${k} | ${rng(g.j)} | ${rng(g.c)} |`);
  const twin = stories.filter((s) => s.articles.filter((a) => a.kind === 'original').length > 1);
  for (const s of twin) {
    const [o1, o2] = s.articles.filter((a) => a.kind === 'original');
    const r = cmp(o1.text, o2.text);
    console.log(`two originals ${o1.id} / ${o2.id}: J5 ${r.j.toFixed(2)}, C5 ${r.c.toFixed(2)}`);
  }
}

} catch (e) {
  E(`could not compute counts: ${e.message}`);
}

if (warn.length) console.log('\nwarnings:\n' + warn.join('\n'));
if (errors.length) { console.error(`\n${errors.length} error(s):\n` + errors.join('\n')); process.exit(1); }
console.log(`\nOK: ${stories.length} stories, ${stories.reduce((n, s) => n + s.articles.length, 0)} articles, no errors.`);
