// Builds eval/fresh/<story>.json from the hand-written texts in stories/*.mjs.
// Desk operations (verbatim copy, padding with per-site junk, trimming, cut/reorder/replace,
// sentence-level light rewording) are applied here so that the copied parts stay byte-exact.
// Heavy rewrites, independents and originals are written by hand in the story files.
// Usage: node eval/fresh/build/build.mjs   (then: node eval/fresh/check.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROLES, PADDERS } from './sites.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..');
const errors = [];
const err = (m) => errors.push(m);

export const paras = (s) =>
  s.split(/\n[ \t]*\n/).map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim()).filter(Boolean);

// straight quotes -> typographic (English wires that use them)
function curlyEn(t) {
  return t
    .replace(/(^|[\s(\[—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(\w)'/g, '$1’')
    .replace(/'(\d0s)/g, '’$1')
    .replace(/(^|\s)'/g, '$1‘')
    .replace(/'/g, '’');
}
// French agency typography: typographic apostrophe, no-break spaces inside « » and before : ; ? !
function frTypo(t) {
  return t
    .replace(/'/g, '’')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ ([:;?!])/g, '\u202f$1');
}
const STYLES = { curly: curlyEn, fr: frTypo, plain: (t) => t };

function stripDateline(p, id) {
  const re = /^.{0,160}?\((?:[A-Z]{2,5}|Harbourline|Northgate)\)\s*[—–-]\s+/;
  const re2 = /^[A-Z][A-Z' -]+, [A-Z]{2} [—–-] /;
  const m = p.match(re) || p.match(re2);
  if (!m) { err(`${id}: stripDateline found no dateline in "${p.slice(0, 60)}..."`); return p; }
  const rest = p.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function addMin(iso, min) {
  return new Date(Date.parse(iso) + min * 60000).toISOString().replace('.000Z', 'Z');
}

const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// Targets are typed with plain quotes; if the source text uses a house typography
// (curly quotes, French no-break spaces), match the converted target and convert the new text the same way.
function applyPairs(text, pairs, id, what) {
  for (let [a, b] of pairs || []) {
    if (!text.includes(a)) {
      for (const f of [curlyEn, frTypo]) if (text.includes(f(a))) { a = f(a); b = f(b); break; }
    }
    const i = text.indexOf(a);
    if (i < 0) { err(`${id}: ${what} target not found: "${a.slice(0, 70)}"`); continue; }
    if (text.indexOf(a, i + 1) >= 0) { err(`${id}: ${what} target not unique: "${a.slice(0, 70)}"`); continue; }
    text = text.slice(0, i) + b + text.slice(i + a.length);
  }
  return text;
}

async function buildStory(mod) {
  const S = mod.default;
  const byN = new Map();
  const byId = new Map();
  const out = [];
  for (const a of S.articles) {
    const id = `${S.story}-${a.n}`;
    if (byN.has(a.n)) err(`${id}: duplicate n`);
    const style = STYLES[a.style || 'plain'];
    if (!style) err(`${id}: unknown style ${a.style}`);
    const src = a.from != null ? byN.get(a.from) : null;
    if (a.from != null && !src) err(`${id}: from ${a.from} not built yet`);
    let text, boilerplate;
    const kind = a.kind;
    if (kind === 'original' || kind === 'independent' || (kind === 'rewrite' && a.text)) {
      text = paras(style(a.text)).join('\n\n');
    } else if (kind === 'verbatim') {
      text = src.text;
    } else if (kind === 'boilerplate') {
      const pad = PADDERS[a.source];
      if (!pad) err(`${id}: no padder for ${a.source}`);
      const j = pad({ credit: a.credit, related: a.pad.related || [], tags: a.pad.tags || '', photo: a.pad.photo || '' });
      let ps = src.text.split('\n\n');
      if (a.pad.stripDateline) ps[0] = stripDateline(ps[0], id);
      if (j.normalize) ps = ps.map(j.normalize);
      const midAt = a.pad.midAt ?? Math.min(3, ps.length - 1);
      const res = [...j.top, ...ps.slice(0, midAt), ...j.mid, ...ps.slice(midAt), ...j.bottom];
      boilerplate = [...j.top, ...j.mid, ...j.bottom];
      text = res.join('\n\n');
    } else if (kind === 'edited' || kind === 'rewrite') {
      let sp = src.text.split('\n\n');
      if (a.stripDateline) sp[0] = stripDateline(sp[0], id);
      const recipe = a.paras || sp.map((_, i) => i);
      const ps = [];
      for (const r of recipe) {
        if (typeof r === 'number') {
          if (r < 0 || r >= sp.length) err(`${id}: paragraph index ${r} out of range`);
          else ps.push(sp[r]);
        } else ps.push(...paras(style(r)));
      }
      text = ps.join('\n\n');
      text = applyPairs(text, a.replace, id, 'replace');
      text = applyPairs(text, a.reword, id, 'reword');
    } else err(`${id}: unknown kind ${kind}`);

    const root = src ? (src.kind === 'original' ? src : byId.get(src._root)) : null;
    let published = a.published === undefined ? null : a.published;
    let firstSeen = a.firstSeen || (published && a.seen != null ? addMin(published, a.seen) : null);
    if (!firstSeen) err(`${id}: no firstSeen`);
    const art = {
      id,
      source: a.source,
      sourceRole: ROLES[a.source],
      title: a.title || (src && src.title),
      published,
      firstSeen,
      text,
      kind,
      derivesFrom: kind === 'original' || kind === 'independent' ? null : (root ? root.id : null),
    };
    if (!art.sourceRole) err(`${id}: source ${a.source} has no role`);
    if (src && src.kind !== 'original') art.via = src.id;
    if (a.credit) art.credit = a.credit;
    if (a.agency) art.agency = a.agency;
    if (boilerplate) art.boilerplate = boilerplate;
    if (a.variant) art.variant = a.variant;
    if (a.note) art.note = a.note;
    Object.defineProperty(art, '_root', { value: root ? root.id : null, enumerable: false });
    byN.set(a.n, art);
    byId.set(id, art);
    out.push(art);
    const w = words(text);
    if (w < 100 || w > 700) err(`${id}: ${w} words`);
  }
  return { story: S.story, title: S.title, language: S.language, articles: out };
}

const files = fs.readdirSync(path.join(here, 'stories')).filter((f) => f.endsWith('.mjs')).sort();
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(here, 'stories', f)).href);
  const story = await buildStory(mod);
  fs.writeFileSync(path.join(outDir, `${story.story}.json`), JSON.stringify(story, null, 2) + '\n');
  console.log(`${story.story}: ${story.articles.length} articles`);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
