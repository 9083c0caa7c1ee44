// Validates the held-out copy-detection set (eval/heldout/*.json) and prints counts and lexical difficulty.
// Usage: node eval/heldout/check-heldout.mjs [--stats]. Exits 1 on any validation error.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const KINDS = ['original', 'verbatim', 'boilerplate', 'edited', 'rewrite', 'independent'];
const ROLES = ['original', 'copier', 'unknown'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const stories = files.map((f) => ({ file: f, doc: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
const byId = new Map();
for (const { doc } of stories) for (const a of doc.articles) {
  if (byId.has(a.id)) fail(a.id, 'duplicate id');
  byId.set(a.id, { ...a, story: doc.story, language: doc.language });
}

const countWords = (t) => (t.match(/[\p{L}\p{N}’'-]+/gu) ?? []).length;
const roleOf = new Map();
for (const { file, doc } of stories) {
  if (file !== `${doc.story}.json`) fail(file, 'story id does not match file name');
  if (!['en', 'fr'].includes(doc.language)) fail(doc.story, 'language');
  if (typeof doc.title !== 'string' || !doc.title) fail(doc.story, 'title');
  for (const a of doc.articles) {
    const id = a.id;
    if (!new RegExp(`^${doc.story}-\\d+$`).test(id)) fail(id, 'id format');
    for (const k of ['source', 'title', 'text']) if (typeof a[k] !== 'string' || !a[k]) fail(id, `missing ${k}`);
    if (!ROLES.includes(a.sourceRole)) fail(id, 'sourceRole');
    if (!KINDS.includes(a.kind)) fail(id, 'kind');
    if (!ISO.test(a.published) || !ISO.test(a.firstSeen)) fail(id, 'dates must be ISO-8601 UTC');
    if (Date.parse(a.firstSeen) < Date.parse(a.published)) fail(id, 'firstSeen before published');
    if (roleOf.has(a.source) && roleOf.get(a.source) !== a.sourceRole) fail(id, `source ${a.source} changes role`);
    roleOf.set(a.source, a.sourceRole);
    const n = countWords(a.text);
    const brief = a.variant === 'brief';
    const [lo, hi] = brief ? [80, a.kind === 'boilerplate' ? 220 : 150] : [150, 700];
    if (n < lo || n > hi) fail(id, `${n} words outside ${lo}-${hi}`);
    const isCopy = !['original', 'independent'].includes(a.kind);
    if (!isCopy && a.derivesFrom !== null) fail(id, 'original/independent must have derivesFrom null');
    if (isCopy) {
      const root = byId.get(a.derivesFrom);
      if (!root) { fail(id, `derivesFrom ${a.derivesFrom} missing`); continue; }
      if (root.story !== doc.story) fail(id, 'derivesFrom in another story');
      if (root.derivesFrom !== null) fail(id, 'derivesFrom must point at the root original');
      if (Date.parse(a.firstSeen) <= Date.parse(root.firstSeen)) fail(id, 'first seen before its root original');
      const src = a.via ? byId.get(a.via) : root;
      if (a.via && !src) fail(id, `via ${a.via} missing`);
      if (a.via && src && src.derivesFrom !== a.derivesFrom && src.id !== a.derivesFrom) fail(id, 'via is not in the same chain');
      if (src && Date.parse(a.firstSeen) <= Date.parse(src.firstSeen)) fail(id, 'first seen before its source');
      if (a.kind === 'verbatim' && src && src.text !== a.text) fail(id, 'verbatim text differs from its source');
    }
    if (a.alsoFrom !== undefined && !byId.has(a.alsoFrom)) fail(id, `alsoFrom ${a.alsoFrom} missing`);
    for (const b of a.borrows ?? []) if (!byId.has(b)) fail(id, `borrows ${b} missing`);
    if (a.kind === 'boilerplate') {
      const ps = a.text.split('\n\n');
      let at = 0;
      for (const junk of a.boilerplate ?? []) {
        const i = ps.indexOf(junk, at);
        if (i < 0) fail(id, `boilerplate paragraph not found in order: ${junk.slice(0, 40)}`);
        else at = i + 1;
      }
      if (!a.boilerplate?.length) fail(id, 'boilerplate list missing');
    }
  }
}

const all = [...byId.values()];
const label = (a) => a.kind + (a.variant ? `/${a.variant}` : '');
const table = new Map();
for (const a of all) {
  const row = table.get(label(a)) ?? { en: 0, fr: 0 };
  row[a.language] += 1;
  table.set(label(a), row);
}
console.log(`${stories.length} stories, ${all.length} articles (${all.filter((a) => a.language === 'en').length} en, ${all.filter((a) => a.language === 'fr').length} fr)`);
for (const [k, v] of [...table].sort()) console.log(`  ${k.padEnd(26)} en ${String(v.en).padStart(2)}  fr ${String(v.fr).padStart(2)}`);
const badClock = all.filter((a) => a.derivesFrom && Date.parse(a.published) < Date.parse(byId.get(a.derivesFrom).published));
console.log(`copies published before their original (wrong clock): ${badClock.map((a) => a.id).join(', ')}`);
const words = all.map((a) => countWords(a.text));
console.log(`words per article: ${Math.min(...words)}-${Math.max(...words)}, total ${words.reduce((s, n) => s + n, 0)}`);

if (process.argv.includes('--stats')) printStats();
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n${errors.join('\n')}`);
  process.exit(1);
}
console.log('OK: all files valid');

// Word 5-gram Jaccard and containment, quoted speech masked ("…", “…”, «…»), as in eval/corpus/README.md.
function printStats() {
  const mask = (t) => t.replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g, ' ');
  const tok = (t, raw) => (raw ? t : mask(t)).normalize('NFKC').toLowerCase().replace(/[’']/g, "'").match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = (t, raw) => { const w = tok(t, raw); const s = new Set(); for (let i = 0; i + 5 <= w.length; i++) s.add(w.slice(i, i + 5).join(' ')); return s; };
  const sim = (x, y, raw = false) => {
    const a = grams(x, raw), b = grams(y, raw);
    let inter = 0; for (const g of a) if (b.has(g)) inter++;
    const union = a.size + b.size - inter;
    return { j: union ? inter / union : 0, c: Math.max(a.size ? inter / a.size : 0, b.size ? inter / b.size : 0) };
  };
  const rows = new Map();
  for (const a of all) {
    let s;
    if (a.derivesFrom) s = sim(a.text, byId.get(a.derivesFrom).text);
    else if (a.kind === 'independent') {
      const roots = all.filter((r) => r.story === a.story && r.id !== a.id && r.derivesFrom === null && r.kind === 'original');
      s = roots.map((r) => sim(a.text, r.text)).reduce((m, x) => (x.c > m.c ? x : m), { j: 0, c: 0 });
    } else continue;
    const k = label(a);
    const r = rows.get(k) ?? { j: [], c: [] };
    r.j.push(s.j); r.c.push(s.c); rows.set(k, r);
  }
  const rng = (xs) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`;
  console.log('\nJ5 / C5 against the root original (independents: max over the story\'s originals), quotes masked');
  for (const [k, r] of [...rows].sort()) console.log(`  ${k.padEnd(26)} J5 ${rng(r.j)}  C5 ${rng(r.c)}  (n=${r.j.length})`);
  const pairs = [['kenya-fuel-prices-1', 'kenya-fuel-prices-2'], ['cacao-prix-1', 'cacao-prix-2'],
    ['maseru-reforms-bill-1', 'maseru-reforms-bill-2'], ['fespaco-etalon-1', 'fespaco-etalon-8'],
    ['kenya-fuel-prices-3', 'kenya-fuel-prices-1'], ['valencia-record-1', 'valencia-record-6']];
  console.log('hard negative pairs (J5 / max C5 with quotes masked; then unmasked):');
  for (const [x, y] of pairs) {
    const s = sim(byId.get(x).text, byId.get(y).text), r = sim(byId.get(x).text, byId.get(y).text, true);
    console.log(`  ${x} ~ ${y}: ${s.j.toFixed(3)} / ${s.c.toFixed(3)}; unmasked ${r.j.toFixed(3)} / ${r.c.toFixed(3)}`);
  }
  for (const a of all.filter((x) => x.borrows)) for (const b of a.borrows) {
    const s = sim(a.text, byId.get(b).text);
    console.log(`  roundup ${a.id} ~ ${b}: J5 ${s.j.toFixed(3)}, C5 ${s.c.toFixed(3)}`);
  }
}
