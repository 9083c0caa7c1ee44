// Text material for generated variants: junk paragraphs a copying site adds, and a synonym spinner (a
// thesaurus of common news words, English and French) that swaps content words at a given rate.

/** Junk paragraphs of the kind copy sites wrap around wire copy. */
export const JUNK_PARAGRAPHS = [
  'We use cookies to improve your experience on our site. By continuing to browse you accept our use of cookies.',
  'Share this story on Facebook, X and WhatsApp.',
  'Sign up for our morning newsletter and get the top stories in your inbox every day.',
  'Support independent journalism: make a donation today and help us keep this site free for everyone.',
  'READ MORE: Ten things to know before travelling this holiday season',
  '© 2024 Regional Daily Media. All rights reserved.',
  'Follow us on Telegram for breaking news alerts.',
  'Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.',
  'LIRE AUSSI : Les dix chiffres qui résument l’année économique',
  'Abonnez-vous à notre lettre d’information pour recevoir l’essentiel de l’actualité.',
];

const THESAURUS_EN = `said:stated told:informed people:residents killed:slain died:perished homes:houses forced:compelled
rain:rainfall heavy:intense government:administration minister:secretary president:leader announced:declared
officials:authorities official:representative police:security army:military soldiers:troops attack:assault
increase:rise decreased:fell raised:lifted rate:level bank:lender percent:per cent inflation:price growth
court:tribunal ruled:decided judge:magistrate ban:prohibition law:legislation lawyers:attorneys appeal:challenge
election:vote votes:ballots candidate:contender results:outcome opposition:rival party:movement capital:city
town:locality village:settlement region:area district:zone province:territory country:nation national:countrywide
week:seven days month:four weeks year:twelve months morning:forenoon evening:night early:initial late:delayed
help:assist aid:assistance rescue:save teams:crews workers:staff company:firm firms:companies market:marketplace
price:cost prices:costs money:funds million:millions billion:billions expected:anticipated warned:cautioned
began:started begin:start ended:finished end:finish continue:carry on continued:went on remain:stay remained:stayed
large:big small:little major:significant important:key new:fresh old:former recent:latest several:a number of
many:numerous few:a handful of hospital:clinic injured:wounded victims:casualties damage:destruction damaged:wrecked
building:structure buildings:structures collapse:cave-in collapsed:caved in searching:hunting search:hunt
water:floodwater rivers:waterways river:waterway flood:deluge floods:deluges road:route roads:routes bridge:crossing
health:medical vaccine:jab children:kids women:females men:males families:households family:household
players:athletes club:team coach:manager season:campaign fans:supporters deal:agreement signed:inked contract:pact
recall:withdrawal products:goods product:item batch:lot shops:stores customers:consumers sold:marketed
statement:communique spokesman:spokesperson spokeswoman:spokesperson reporters:journalists meeting:session
security:safety forces:units fighting:clashes rebels:insurgents control:command seized:captured took:grabbed
week's:weekly country's:nation's city's:capital's quickly:rapidly slowly:gradually again:once more also:as well
however:but nearly:almost about:around more:over least:minimum most:majority some:certain`;

const THESAURUS_FR = `personnes:individus morts:décès blessés:victimes maison:habitation maisons:habitations gouvernement:exécutif
ministre:responsable président:chef annoncé:déclaré autorités:responsables police:forces armée:militaires
soldats:militaires attaque:offensive hausse:augmentation baisse:diminution taux:niveau banque:établissement
tribunal:juridiction jugé:estimé élection:scrutin vote:suffrage résultats:chiffres opposition:adversaires
ville:commune quartier:secteur région:zone pays:État semaine:huitaine mois:trentaine année:an matin:matinée
soir:soirée aide:soutien secours:sauveteurs équipes:groupes travailleurs:ouvriers entreprise:société prix:tarifs
argent:fonds millions:millions attendu:prévu averti:prévenu commencé:débuté continuer:poursuivre grand:important
petit:modeste nouveau:récent nombreux:multiples hôpital:centre hospitalier santé:médical vaccin:sérum enfants:petits
familles:foyers famille:foyer immeuble:bâtiment effondrement:écroulement effondré:écroulé recherches:fouilles
rapidement:vite aussi:également cependant:toutefois environ:près de plus:davantage déclaré:affirmé indiqué:précisé
paludisme:malaria campagne:opération doses:injections`;

function parse(list: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of list.split(/\s(?=[^\s:]+:)/)) {
    const at = entry.indexOf(':');
    if (at > 0) map.set(entry.slice(0, at).trim().toLowerCase(), entry.slice(at + 1).trim());
  }
  return map;
}

const THESAURUS = new Map([...parse(THESAURUS_EN), ...parse(THESAURUS_FR)]);

/** Swaps about `rate` of the content words that have a synonym (case kept), seeded by `random`. */
export function spinText(text: string, rate: number, random: () => number): string {
  const words = text.match(/\p{L}+/gu) ?? [];
  const known = words.filter((w) => THESAURUS.has(w.toLowerCase())).length;
  const content = words.filter((w) => w.length > 3).length || 1;
  const p = Math.min(1, (rate * content) / Math.max(1, known));
  return text.replace(/\p{L}+/gu, (w) => {
    const synonym = THESAURUS.get(w.toLowerCase());
    if (!synonym || random() >= p) return w;
    return w[0] === w[0].toUpperCase() ? synonym[0].toUpperCase() + synonym.slice(1) : synonym;
  });
}

/** Share of the original's content-word occurrences (longer than three letters) missing from the copy. */
export function changedShare(original: string, copy: string): number {
  const count = (text: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of text.match(/\p{L}{4,}/gu) ?? []) m.set(w.toLowerCase(), (m.get(w.toLowerCase()) ?? 0) + 1);
    return m;
  };
  const a = count(original);
  const b = count(copy);
  let total = 0;
  let kept = 0;
  for (const [w, n] of a) {
    total += n;
    kept += Math.min(n, b.get(w) ?? 0);
  }
  return total ? 1 - kept / total : 0;
}

/** An aggressive spinner: swaps thesaurus words, then replaces other content words with invented ones until
 *  about `rate` of them differ (what article spinners with big word lists do to a text). */
export function spinHard(text: string, rate: number, random: () => number): string {
  const spun = spinText(text, rate, random);
  const already = changedShare(text, spun);
  const p = Math.max(0, (rate - already) / Math.max(0.01, 1 - already));
  return spun.replace(/\p{L}{4,}/gu, (w) => (THESAURUS.has(w.toLowerCase()) || random() >= p ? w : invent(w, random)));
}

function invent(word: string, random: () => number): string {
  const syllables = ['ra', 'lo', 'ven', 'ti', 'mar', 'so', 'del', 'qua'];
  let out = '';
  while (out.length < word.length - 1) out += syllables[Math.floor(random() * syllables.length)];
  return word[0] === word[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
}
