// Function words of English and French (case- and accent-folded). They carry the "skeleton" of a sentence
// that synonym spinners keep, and they get no weight when rare words are compared.

const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too under until up upon very was we
were what when where which while who whom whose why will with within without would you your yours yourself
yourselves 's 't 're 've 'll 'd 'm said says say told according since however although though whether another
among around across along per via yet still even ever every many much may might must shall`;

const FRENCH = `a à afin ai aie aient ainsi alors après as au aucun aucune aupres auquel aussi autre autres aux
auxquelles auxquels avait avaient avant avec avoir c' ça car ce ceci cela celle celles celui cependant ces cet
cette ceux chaque chez comme comment d' dans de des dont du elle elles en encore entre est et etaient etait ete
etre eu eux fait fut il ils j' je jusqu' l' la laquelle le lequel les lesquelles lesquels leur leurs lors
lorsqu' lui m' ma mais me meme memes mes moi mon n' ne ni nos notre nous on ont ou où par parce pas pendant peu
peut plus plusieurs pour pourquoi puis puisqu' qu' quand que quel quelle quelles quels qui quoi quoiqu' s' sa
sans se selon ses si sien soi sont sous sur t' ta tandis tant te tes toi ton tous tout toute toutes tres un une
vers voici voila vos votre vous y a-t-il dit selon ainsi deja depuis donc dont`;

/** Folded function words of both languages. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${FRENCH}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '')),
);

/** French elided clitics: the letters before an apostrophe in "l'armée", "d'un", "qu'il", "jusqu'à". */
export const FRENCH_CLITICS: ReadonlySet<string> = new Set([
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu',
]);

/** English contraction tails after an apostrophe: "Mali's", "don't", "they're". */
export const ENGLISH_TAILS: ReadonlySet<string> = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** Abbreviations whose trailing period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'maj', 'capt', 'cpt', 'prof', 'sen', 'rep', 'gov',
  'pres', 'jr', 'sr', 'vs', 'etc', 'no', 'fig', 'inc', 'ltd', 'co', 'corp', 'mme', 'mlle', 'mgr', 'av', 'bd',
  'cdt', 'lieut', 'brig', 'adm', 'rev', 'hon', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);
