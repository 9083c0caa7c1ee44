// Small field cleaners: author names, language tags, category lists.
import { htmlToLine, normalizeLine } from './html-to-text.js';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+$/;

/**
 * Display name from an author string: "Name", "email (Name)", "Name (email)", "Name <email>", "(Name)", or a bare email
 * (kept when it is all there is). Markup and entities are removed. Undefined when empty.
 */
export function parseAuthor(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = htmlToLine(raw);
  if (s === '') return undefined;
  // Every form below but a plain name has an '@' or a '('.
  if (s.indexOf('@') === -1 && s.indexOf('(') === -1) return cleanName(s);
  let m = /^(\S+@\S+)\s*\((.+)\)$/.exec(s);
  if (m) return cleanName(m[2]) ?? m[1];
  m = /^(.+?)\s*\(((?:mailto:)?[^\s()]+@[^\s()]+)\)$/.exec(s);
  if (m) return cleanName(m[1]) ?? m[2];
  m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(s);
  if (m) return cleanName(m[1]) ?? m[2];
  m = /^\((.+)\)$/.exec(s);
  if (m) return cleanName(m[1]);
  if (EMAIL.test(s)) return s.replace(/^mailto:/i, '');
  return cleanName(s);
}

function cleanName(s: string): string | undefined {
  const name = s.replace(/^["']|["']$/g, '').trim();
  return name === '' ? undefined : name;
}

/** Joins several authors ("A, B") after cleaning, dropping duplicates. */
export function joinAuthors(raws: Array<string | undefined>): string | undefined {
  const names: string[] = [];
  for (const raw of raws) {
    const name = parseAuthor(raw);
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

/** BCP-47-shaped tag ("en_us" → "en-US", "FR" → "fr"); undefined unless it looks like a language tag. */
export function normalizeLanguage(raw: string | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(/_/g, '-');
  // A bare lower-case language code ("en") is already in canonical form.
  if (/^[a-z]{2,3}$/.test(s)) return s;
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(s)) return undefined;
  return s
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0].toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** Trimmed, one-line, de-duplicated (case-insensitively, first spelling kept) category names. */
export function cleanCategories(raws: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of raws) {
    if (typeof raw !== 'string') continue;
    const name = normalizeLine(raw);
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
