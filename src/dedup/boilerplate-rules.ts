// Rule boilerplate: paragraphs that are site furniture rather than reporting (cookie notices, share/follow/
// subscribe/donate pleas, "first appeared on" footers, read-more links, copyright and photo credit lines).
// They stay in the stored item and are left out of similarity. Rules only fire on short paragraphs, so a news
// paragraph that merely mentions "cookies" or "donors" is kept.
import { HashedWordSet } from './hash.js';

/** Folds a paragraph for rule matching: accents, case and typographic quotes/dashes removed. */
export function foldForRules(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface Rule {
  why: string;
  /** Largest paragraph (in words) the rule may fire on. */
  maxWords: number;
  test: RegExp;
}

const RULES: Rule[] = [
  { why: 'first-appeared', maxWords: 60, test: /\b(this (article|story|post) (was )?(first|originally) (appeared|published)|(first|originally) (appeared|published) (on|in|at|by)|the post .{1,300} appeared first on|cet article (a ete|est) (initialement |d'abord )?(paru|publie)|(initialement|d'abord) (paru|publie) (sur|dans|par))\b/ },
  { why: 'cookie', maxWords: 90, test: /\b(cookies|cookie (policy|settings|preferences|notice|banner)|traceurs|gdpr|rgpd|your consent|votre consentement|consent (to|preferences|settings)|privacy (policy|settings)|politique de confidentialite|parametres de confidentialite)\b/ },
  { why: 'share', maxWords: 25, test: /^(share|partager|partagez|tweet|email|imprimer|print)\b|\b(share (this|on|via)|partager (sur|cet)|follow us|suivez[- ]nous|rejoignez[- ]nous|join us on|join our (whatsapp|telegram))\b|\b(follow|suivez|join|rejoignez) [^.]{0,40} (on|sur) (facebook|twitter|x|instagram|telegram|whatsapp|google news|linkedin|youtube|tiktok)\b/ },
  { why: 'disclaimer', maxWords: 60, test: /^(disclaimer|avertissement)\b|\bdo(es)? not necessarily reflect\b|\bne refletent pas necessairement\b/ },
  { why: 'tags', maxWords: 40, test: /^(tags?|mots[- ]cles|keywords|topics|themes)\s*:/ },
  { why: 'subscribe', maxWords: 45, test: /\b(subscribe|abonnez[- ]vous|abonnement|sign up|inscrivez[- ]vous|newsletter|lettre d'information|get (our|the) .{0,30}(alerts|briefing|updates)|download (our|the) app|telechargez (notre|l'application))\b/ },
  { why: 'donate', maxWords: 70, test: /\b(donate|donation|faites un don|faire un don|soutenez|support (our|independent|quality) journalism|become a (member|supporter|patron)|devenez (membre|abonne))\b/ },
  { why: 'read-more', maxWords: 25, test: /^(read more|read also|continue reading|keep reading|related( articles| stories)?|see also|more on this|lire (la suite|aussi|egalement)|a lire (aussi|egalement)|voir aussi|sur le meme sujet)\b/ },
  { why: 'copyright', maxWords: 50, test: /^(©|\(c\)|copyright)|\b(all rights reserved|tous droits reserves|may not be (published|reproduced|broadcast)|reproduction interdite)\b/ },
  { why: 'photo-credit', maxWords: 25, test: /^(photos?|image|picture|illustration|video|credits?|credit photo)\s*[:/©|-]|\b(getty images|afp photo|ap photo|reuters\/|photo ?: |\(photo)\b/ },
  { why: 'advert', maxWords: 6, test: /^(advertisement|advertising|publicite|sponsored|annonce|ad)$/ },
  { why: 'comments', maxWords: 30, test: /\b(leave a (comment|reply)|laisser un commentaire|comments? (are|is) closed|votre adresse (e-mail|email) ne sera pas publiee)\b/ },
];

// Why: folding and ten regexes per paragraph cost more than tokenizing. Every rule needs one of these folded
// words (or a © sign), so other paragraphs are skipped at the price of a set lookup per word. Rules that start
// with common words ("see also", "more on this") only ever fire on very short paragraphs, which are always checked.
const TRIGGER_WORDS = new Set(`cookie cookies traceurs gdpr rgpd consent consentement privacy confidentialite share partager
partagez tweet email imprimer follow suivez rejoignez subscribe abonnez abonnement inscrivez newsletter lettre alerts
briefing updates download telechargez donate donation soutenez devenez reading lire continue related voir sujet
copyright rights droits reserves reproduced reproduction interdite photo photos image picture illustration video
credit credits getty advertisement advertising publicite sponsored annonce comment comments commentaire appeared
publie publiee paru parue initialement originally sign journalism member supporter patron don mail print read
see redistributed rewritten published join disclaimer necessarily tags tag keywords topics mots google
facebook twitter instagram whatsapp telegram youtube tiktok linkedin`.split(/\s+/));
const ALWAYS_CHECKED_WORDS = 8;
const TRIGGERS = new HashedWordSet(TRIGGER_WORDS);

/** Whether any folded word of a paragraph could start a boilerplate rule (cheap prefilter). `wordHash` (the
 *  words' hashString under `seed`), when given, spares hashing each word again for the set lookup. */
export function mayBeBoilerplate(words: readonly string[], from: number, to: number, raw: string, wordHash?: ArrayLike<number>, seed = 0): boolean {
  if (to - from <= ALWAYS_CHECKED_WORDS) return true;
  if (wordHash) {
    const triggers = TRIGGERS.forSeed(seed);
    for (let i = from; i < to; i++) if (triggers.has(words[i], wordHash[i])) return true;
  } else {
    for (let i = from; i < to; i++) if (TRIGGER_WORDS.has(words[i])) return true;
  }
  return raw.includes('©');
}

const MAX_RULE_WORDS = Math.max(...RULES.map((r) => r.maxWords));

/** The rule a paragraph matches, if any (its `why`), given its raw text and word count. */
export function matchBoilerplateRule(raw: string, words: number): string | undefined {
  if (words > MAX_RULE_WORDS) return undefined;
  const folded = foldForRules(raw);
  for (const rule of RULES) if (words <= rule.maxWords && rule.test.test(folded)) return rule.why;
  return undefined;
}
