// Attribution evidence, read before any boilerplate is dropped: agency datelines ("BAMAKO (AP) —"), credit
// lines ("— Reuters", "Source: APS", "Avec AFP"), agency-style names ("Sahel Press Agency"), bylines and
// "first appeared on X" footers. A copy that credits another member's source names that member as original.
import { foldForRules } from './boilerplate-rules.js';

/** One credit found in an item; offsets index the paragraph's text (StoredItem.text). */
export interface Credit {
  name: string;
  kind: 'dateline' | 'line' | 'first-appeared' | 'byline';
  from: number;
  to: number;
}

const AGENCIES: Record<string, string[]> = {
  afp: ['afp', 'agence france presse', 'agence france-presse'],
  ap: ['ap', 'associated press', 'the associated press'],
  reuters: ['reuters', 'thomson reuters'],
  xinhua: ['xinhua'],
  ansa: ['ansa'],
  dpa: ['dpa'],
  efe: ['efe'],
  aps: ['aps', 'algerie presse service'],
  map: ['map', 'maghreb arabe presse'],
  pana: ['pana', 'panapress'],
  anadolu: ['aa', 'anadolu', 'anadolu agency', 'agence anadolu'],
  amap: ['amap', 'agence malienne de presse et de publicite'],
  sputnik: ['sputnik'],
  tass: ['tass'],
  upi: ['upi'],
};
const ALIAS = new Map<string, string>();
for (const [canon, names] of Object.entries(AGENCIES)) for (const n of names) ALIAS.set(n, canon);

const NAME = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:de|du|des|of|the|la|le|et|and|\p{Lu}[\p{L}\p{N}.&'’-]*)){0,5}`;
const DATELINE = new RegExp(String.raw`^\s*(?:[\p{Lu}][\p{L}\p{N}'’ .,/-]{1,60}?\s*)?\((${NAME})\)\s*[-—–:]`, 'u');
const TRAILING = new RegExp(String.raw`[-—–]\s*(${NAME})\s*\.?\s*$`, 'u');
const STANDALONE = new RegExp(String.raw`^\s*[-—–]?\s*(?:©|\(c\)|copyright\s*)?\s*(?:(?:source|sources|credit|crédit|agency|agence|with|avec|via)\s*:?\s*)?\(?(${NAME})\)?\s*\.?\s*$`, 'iu');
const BYLINE = new RegExp(String.raw`^\s*(?:by|par|written by|écrit par)\s+(${NAME})(?:\s*(?:,|and|et|with|avec|-|—|–)\s*(${NAME}))?\s*\.?\s*$`, 'iu');
const AGENCY_STYLE = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]+\s+){1,4}(?:Press Agency|News Agency|Press Service|Agency)|Agence\s+(?:de\s+[Pp]resse\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})`, 'u');
const FIRST_APPEARED = /(?:first appeared on|originally (?:appeared|published) (?:on|in|at|by)|appeared first on|initialement (?:paru|publi[ée]+) (?:sur|dans|par)|d'abord (?:paru|publi[ée]+) (?:sur|dans|par)|publi[ée]+ (?:initialement |d'abord )?(?:sur|dans|par))\s+(.{2,80}?)\s*\.?\s*$/iu;

/** The canonical key of a name for matching ("Agence France-Presse" and "AFP" both give "afp"). */
export function creditKey(name: string): string {
  const folded = foldForRules(name).replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
  return ALIAS.get(folded) ?? folded;
}

/** Whether a folded credit key is one of the known agencies ("afp", "ap", "reuters"...). */
export function isKnownAgencyKey(key: string): boolean {
  return key in AGENCIES;
}

/** Whether a name is a known agency or reads like one ("Sahel Press Agency"). */
export function isAgencyName(name: string): boolean {
  return ALIAS.has(foldForRules(name).replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '')) || AGENCY_STYLE.test(name);
}

// A dateline's parenthesis names a source when it reads like one: an agency, an abbreviation ("CW", "MFW"), or
// a name with a newsroom word in it ("Atlantic Wire"); "(Mali)" after a town is a place, not a source.
function looksLikeSource(name: string): boolean {
  return isAgencyName(name) || /^[A-Z]{2,6}$/.test(name) || /\b(wire|news|press|presse|agency|agence|info|media|médias?|radio|tv|télé)\b/i.test(name);
}

/** Credits of one paragraph; `offset` is where the paragraph starts in the item text; `words` its word count. */
export function extractCredits(paragraph: string, offset: number, words = countWords(paragraph)): Credit[] {
  const out: Credit[] = [];
  const push = (name: string | undefined, kind: Credit['kind']): void => {
    if (!name) return;
    const clean = name.replace(/[\s.]+$/, '').trim();
    if (clean.length < 2 || out.some((c) => creditKey(c.name) === creditKey(clean))) return;
    const at = paragraph.indexOf(clean);
    out.push({ name: clean, kind, from: offset + Math.max(0, at), to: offset + Math.max(0, at) + clean.length });
  };
  // Why the prefilters: these regexes would otherwise run over every long news paragraph.
  const head = paragraph.slice(0, 100);
  const dateline = head.includes('(') ? DATELINE.exec(head) : null;
  if (dateline && looksLikeSource(dateline[1])) push(dateline[1], 'dateline');
  const appeared = words <= 60 && /appeared|publi|paru/i.test(paragraph) ? FIRST_APPEARED.exec(paragraph) : null;
  if (appeared) push(appeared[1].replace(/^(?:the|le|la|les)\s+/i, ''), 'first-appeared');
  if (words <= 12) {
    const byline = BYLINE.exec(paragraph);
    if (byline) {
      push(byline[1], isAgencyName(byline[1]) ? 'line' : 'byline');
      if (byline[2]) push(byline[2], isAgencyName(byline[2]) ? 'line' : 'byline');
    } else {
      const standalone = STANDALONE.exec(paragraph);
      if (standalone && isAgencyName(standalone[1])) push(standalone[1], 'line');
    }
  }
  const tail = paragraph.slice(-80);
  const trailing = /[-—–]/.test(tail) ? TRAILING.exec(tail) : null;
  if (trailing && isAgencyName(trailing[1])) push(trailing[1], 'line');
  if (words <= 25) {
    const styled = AGENCY_STYLE.exec(paragraph);
    if (styled) push(styled[1], 'line');
  }
  return out;
}

/** Whether a paragraph is nothing but a credit or byline (left out of similarity, kept as evidence). */
export function isCreditOnly(paragraph: string, words = countWords(paragraph)): boolean {
  if (words > 12) return false;
  const byline = BYLINE.exec(paragraph);
  if (byline) return true;
  const standalone = STANDALONE.exec(paragraph);
  return Boolean(standalone && isAgencyName(standalone[1]));
}

function countWords(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}
