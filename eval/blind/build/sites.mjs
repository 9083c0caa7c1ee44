// Per-site junk that padding copiers wrap around copied text. Each site uses the same junk in every story,
// as real sites do; only the "related stories" links change per story.

const list = (head, related) => `${head}\n${related.map((r) => `• ${r}`).join('\n')}`;

const SITES = {
  'newsfeed-daily': (rel) => ({
    top: ['We use cookies and similar technologies to improve your experience, measure audiences and show you relevant ads. Click "Accept all" to agree or "Manage settings" to choose. You can change your mind at any time.'],
    mid: [list('Related stories', rel)],
    end: ['Get the NewsFeed Daily app: breaking news alerts, offline reading and no pop-ups. Download it free on the App Store and Google Play.'],
  }),
  'headline-hub': (rel) => ({
    top: ['Advertisement'],
    mid: ['Sign up for The Morning Hub, our free newsletter with the five stories you need before breakfast. Enter your email address below.', 'Advertisement'],
    end: [`You might also like: ${rel.join(' | ')}`, 'Comments on this article are moderated. We remove posts that are abusive, off-topic or that contain links. Please read our community guidelines before commenting.'],
  }),
  'worldwire-today': (rel) => ({
    top: [],
    mid: [`READ MORE: ${rel[0] ?? 'Our latest coverage'}`],
    end: ['WorldWire Today is reader-funded. If you value independent news without a paywall, please consider a one-off or monthly donation. Every contribution, however small, keeps us online.',
      'About the author: The WorldWire Today news desk curates the most important stories from trusted agencies around the world, 24 hours a day.',
      'Tags: world news, breaking, top stories'],
  }),
  'infos-express': (rel) => ({
    top: ['Nous utilisons des cookies pour mesurer l\'audience, personnaliser les contenus et vous proposer des publicités adaptées. En poursuivant votre navigation, vous acceptez leur utilisation. Paramétrer mes choix.'],
    mid: [`LIRE AUSSI : ${rel[0] ?? 'Toute l\'actualité en continu'}`],
    end: ['Téléchargez gratuitement l\'application Infos Express pour recevoir les alertes de la rédaction et suivre l\'actualité en direct.', 'Partager : Facebook · X · WhatsApp · Copier le lien'],
  }),
  'actu-direct': (rel) => ({
    top: ['Publicité'],
    mid: ['Recevez chaque matin l\'essentiel de l\'actualité : inscrivez-vous gratuitement à la newsletter d\'Actu Direct.'],
    end: [list('À lire également', rel), 'Les commentaires sont soumis à modération. Tout propos injurieux, diffamatoire ou hors sujet sera supprimé sans préavis. Merci de respecter la charte de la communauté.'],
  }),
  'cityscope-online': (rel) => ({
    top: ['This site uses cookies. By continuing to browse you agree to our use of cookies. Learn more in our privacy notice.'],
    mid: [list('More from CityScope', rel)],
    end: ['Local journalism costs money. Support CityScope from £2 a month and help keep local news free for everyone.', 'Have a story? Email newsdesk@cityscope.example or message us on WhatsApp.'],
  }),
};

/** Return the top/middle/end junk paragraphs for a padding site. */
export function padFor(site, related) {
  const make = SITES[site];
  if (!make) throw new Error(`no boilerplate template for site ${site}`);
  return make(related);
}
