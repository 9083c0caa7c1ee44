// Source slugs used in eval/fresh, their usual role, and the junk each padding site adds.
// A slug keeps one role in every story. Padding sites use the same junk in every story;
// only the related-links list, tags, photo line and credit change.

export const ROLES = {
  // wires and a press office: their usual role is to publish originals
  'harbourline-news': 'original',
  'northgate-wire': 'original',
  'lantern-press': 'original',
  'europress-bulletin': 'original',
  'afi-depeches': 'original',
  'leman-presse': 'original',
  'harwick-town-news': 'original',
  // sites that only republish
  'newsdrop-today': 'copier',
  'headlinefeed-net': 'copier',
  'ontario-headlines-net': 'copier',
  'dailyfeedhub': 'copier',
  'worldnewsroom-live': 'copier',
  'civicpost-network': 'copier',
  'agrinews-daily': 'copier',
  'moneywatch-feed': 'copier',
  'sportsfeed-hub': 'copier',
  'scotnews-feed': 'copier',
  'depeches-du-jour': 'copier',
  'actu-en-continu': 'copier',
  'info-regions-24': 'copier',
  'lyon-actu-direct': 'copier',
  'jura-infos-net': 'copier',
  'romandie-flash': 'copier',
  'auvergne-actu-net': 'copier',
  // papers, radios, trade press, blogs, content farms
  'the-harwick-herald': 'unknown',
  'ckhr-radio': 'unknown',
  'the-brantmoor-sentinel': 'unknown',
  'the-daily-digestor': 'unknown',
  'trendpulse-news': 'unknown',
  'newsbeat247': 'unknown',
  'lowlands-post': 'unknown',
  'the-farming-review': 'unknown',
  'farmers-ledger': 'unknown',
  'shetland-mercury': 'unknown',
  'orbital-ledger': 'unknown',
  'northeast-clarion': 'unknown',
  'techwave-daily': 'unknown',
  'the-dublin-courier': 'unknown',
  'radio-liffey-fm': 'unknown',
  'munster-observer': 'unknown',
  'financepulse-blog': 'unknown',
  'the-midlands-echo': 'unknown',
  'athletics-insider-blog': 'unknown',
  'sportsbuzz-now': 'unknown',
  'the-running-review': 'unknown',
  'echo-du-rhone': 'unknown',
  'le-courrier-de-l-isere': 'unknown',
  'regard-actu': 'unknown',
  'actufil-net': 'unknown',
  'le-fil-info-fr': 'unknown',
  'radio-rhone-fm': 'unknown',
  'la-gazette-environnement': 'unknown',
  'gazette-vallee-de-joux': 'unknown',
  'radio-haut-jura': 'unknown',
  'la-terre-comtoise': 'unknown',
  'eveil-livradois': 'unknown',
  'le-journal-de-vichy': 'unknown',
  'radio-volcans-fm': 'unknown',
  'la-gazette-sante': 'unknown',
};

const straightEn = (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
const straightFr = (t) => t.replace(/«[\s\u00a0\u202f]*/g, '"').replace(/[\s\u00a0\u202f]*»/g, '"').replace(/[‘’]/g, "'");

// Each padder: (ctx) => { top: [], mid: [], bottom: [], normalize?: fn }
// ctx: { credit, related: [..], tags, photo }
export const PADDERS = {
  // English aggregator: cookie wall, ad marker + one related link mid-text, share bar, credit line, tags.
  dailyfeedhub: (c) => ({
    top: ['We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By continuing to browse this site you agree to our use of cookies. Manage preferences | Accept all'],
    mid: ['Advertisement', `RELATED: ${c.related[0]}`],
    bottom: ['Share this: Facebook | X | WhatsApp | Reddit | Email', `This article first appeared on ${c.credit}.`, `Tags: ${c.tags}`],
  }),
  // English "world news" mirror: photo credit, newsletter pitch, related block, rights line.
  // Its CMS turns curly quotes and apostrophes into straight ones.
  'worldnewsroom-live': (c) => ({
    top: [`Photo: ${c.photo} / Worldnewsroom Live`],
    mid: ['Get the Morning Five in your inbox. Sign up for our free newsletter: five stories, every weekday, no spam. Unsubscribe at any time.'],
    bottom: ['Related stories', ...c.related.map((r) => `› ${r}`), '© 2025 Worldnewsroom Live. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'],
    normalize: straightEn,
  }),
  // Community site: share line mid-text, source line, donation plea, comment policy.
  'civicpost-network': (c) => ({
    top: [],
    mid: ['Share this story: Facebook · X · Email · Copy link'],
    bottom: [`Source: ${c.credit}`, 'Civic Post is reader-funded. If you value free local news, please consider a donation of any size — it takes less than a minute and keeps this site running.', 'Comments are moderated. Please keep it civil and on topic.'],
  }),
  // French aggregator: cookie banner, "Publicité" + LIRE AUSSI, share bar, source line.
  'actu-en-continu': (c) => ({
    top: ['Ce site utilise des cookies pour améliorer votre expérience de navigation et mesurer l’audience. En poursuivant votre navigation, vous acceptez leur utilisation. En savoir plus | Tout accepter'],
    mid: ['Publicité', `LIRE AUSSI : ${c.related[0]}`],
    bottom: ['Partagez cet article : Facebook – X – WhatsApp – E-mail', `Source : ${c.credit}`],
  }),
  // French regional mirror: photo line, newsletter pitch, "À lire également" block, first-published line, donation.
  // Its CMS turns « » into straight double quotes.
  'info-regions-24': (c) => ({
    top: [`Photo d'illustration : ${c.photo}`],
    mid: ['Recevez chaque matin l’essentiel de l’actualité de votre région : abonnez-vous gratuitement à notre newsletter.'],
    bottom: ['À lire également', ...c.related.map((r) => `– ${r}`), `Cet article est paru initialement dans ${c.credit}.`, 'Soutenez une information régionale indépendante : faites un don à partir de 1 €.'],
    normalize: straightFr,
  }),
};
