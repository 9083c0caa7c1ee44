// Story 8 (fr): births suspended at the maternity unit of Thiers hospital (Puy-de-Dôme).
// The original is a local paper. An agency, a radio and a health magazine report the same press conference
// with the same quotes; a copy of a copy (padded repost of a local desk edit); same-paper follow-up.
export default {
  story: 'maternite-thiers',
  title: 'Thiers : les accouchements suspendus à la maternité à partir du 1er décembre',
  language: 'fr',
  articles: [
    {
      n: 1, kind: 'original', source: 'eveil-livradois', agency: 'L\'Éveil du Livradois',
      title: 'Thiers : les accouchements suspendus à la maternité à partir du 1er décembre',
      published: '2025-10-09T10:20:00Z', seen: 5,
      note: 'Local paper as the original (sourceRole unknown), regional press style without a dateline.',
      text: `
C'est la décision que redoutaient les soignants et les élus du bassin thiernois. L'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes a annoncé ce jeudi la suspension des accouchements à la maternité du centre hospitalier de Thiers à partir du 1er décembre, pour une durée d'au moins six mois.

En cause : le manque de médecins. Sur les cinq postes de gynécologues-obstétriciens, seuls deux sont aujourd'hui pourvus, et l'équipe d'anesthésie fonctionne avec trois praticiens sur six. « Nous ne pouvons pas garantir aujourd'hui la sécurité des accouchements à Thiers. C'est une décision difficile, mais c'est une décision de sécurité », a expliqué Claire Montel, directrice de la délégation départementale de l'ARS, lors d'une conférence de presse à l'hôpital.

La maternité a enregistré 380 naissances en 2024. À partir de décembre, les futures mères seront orientées vers le CHU Estaing de Clermont-Ferrand, à environ 45 kilomètres, ou vers le centre hospitalier de Vichy. Un centre périnatal de proximité restera ouvert à Thiers pour les consultations, les échographies et la préparation à la naissance.

« Nous avons tout essayé, y compris l'intérim, mais les candidats ne viennent pas », a reconnu Pascal Rieu, directeur du centre hospitalier. Les 32 sages-femmes et auxiliaires de puériculture du service seront redéployées, sans suppression de poste, assure la direction.

Le maire de Thiers, Bernard Chassaing, ne croit pas au caractère provisoire de la mesure. « On nous dit six mois. Tout le monde ici sait qu'une maternité suspendue est une maternité qui ne rouvre jamais », a-t-il lancé à la sortie de la réunion.

Le collectif de défense de la maternité, qui a déjà recueilli 6 200 signatures en ligne, appelle à un rassemblement samedi à 10 heures devant la mairie. « Quarante-cinq minutes de route en hiver, avec des contractions, ce n'est pas une solution », résume sa porte-parole, Élodie Favier, mère de deux enfants nés à Thiers.

L'ARS promet un réexamen de la situation au printemps, en fonction des recrutements. Une réunion avec les élus du territoire est prévue le 20 octobre.
`,
    },
    {
      n: 2, kind: 'verbatim', from: 1, source: 'depeches-du-jour',
      published: null, firstSeen: '2025-10-09T11:40:00Z',
      note: 'Feed gives no date; silent verbatim copy.',
    },
    {
      n: 3, kind: 'boilerplate', from: 1, source: 'actu-en-continu', credit: 'L\'Éveil du Livradois',
      published: '2025-10-09T11:05:00Z', seen: 9,
      pad: { related: ['Déserts médicaux : les petites maternités en première ligne'] },
    },
    {
      n: 4, kind: 'edited', variant: 'trimmed', from: 1, source: 'auvergne-actu-net',
      published: '2025-10-09T10:48:00Z', seen: 6,
      paras: [0, 1, 2],
    },
    {
      n: 5, kind: 'edited', from: 1, source: 'le-journal-de-vichy',
      title: 'Maternité de Thiers : Vichy se prépare à accueillir davantage de naissances',
      published: '2025-10-09T13:15:00Z', seen: 18,
      note: 'Local-angle desk edit, silent (no credit): new headline and lead, Vichy paragraph with a new quote, first, director and ARS paragraphs cut, a clause reordered.',
      paras: [
        `La suspension des accouchements à la maternité de Thiers, annoncée jeudi par l'Agence régionale de santé (ARS), va se faire sentir jusqu'à Vichy, où une partie des futures mères du bassin thiernois devrait être orientée à partir du 1er décembre.`,
        `Au centre hospitalier de Vichy, qui a enregistré environ 1 100 naissances l'an dernier, la direction dit se préparer à une hausse d'activité. « Nous pouvons absorber une centaine d'accouchements supplémentaires par an sans difficulté, au-delà il faudra renforcer les équipes », indique Hélène Bardet, cadre supérieure du pôle femme-enfant.`,
        1, 2, 4, 5,
      ],
      replace: [['les futures mères seront orientées vers le CHU Estaing de Clermont-Ferrand, à environ 45 kilomètres, ou vers le centre hospitalier de Vichy.', 'les futures mères seront orientées vers le centre hospitalier de Vichy ou vers le CHU Estaing de Clermont-Ferrand, à environ 45 kilomètres.']],
    },
    {
      n: 6, kind: 'boilerplate', from: 5, source: 'info-regions-24', credit: 'Le Journal de Vichy',
      published: '2025-10-09T14:02:00Z', seen: 10,
      pad: {
        photo: 'couloir d\'une maternité, image d\'archives',
        related: ['Santé : l\'ARS lance un plan pour attirer les médecins en Auvergne', 'Vichy : l\'hôpital inaugure son nouveau bloc opératoire', 'Maternités : les chiffres clés'],
      },
      note: 'Copy of a copy: padded repost of the Vichy desk edit (via), « » turned into straight quotes.',
    },
    {
      n: 7, kind: 'rewrite', variant: 'light', from: 1, source: 'regard-actu',
      title: 'Maternité de Thiers : les accouchements suspendus dès décembre',
      published: '2025-10-09T12:10:00Z', seen: 12,
      note: 'Light rewrite: five of fifteen sentences reworded, the rest verbatim.',
      reword: [
        ['En cause : le manque de médecins.', 'La raison : une pénurie de médecins.'],
        ['La maternité a enregistré 380 naissances en 2024.', 'En 2024, 380 bébés sont nés à la maternité.'],
        ['Un centre périnatal de proximité restera ouvert à Thiers pour les consultations, les échographies et la préparation à la naissance.', 'Thiers conservera un centre périnatal de proximité, qui assurera consultations, échographies et préparation à la naissance.'],
        ['Le maire de Thiers, Bernard Chassaing, ne croit pas au caractère provisoire de la mesure.', "Pour le maire de Thiers, Bernard Chassaing, la mesure n'a rien de provisoire."],
        ["L'ARS promet un réexamen de la situation au printemps, en fonction des recrutements.", "Au printemps, l'ARS réexaminera la situation selon l'état des recrutements."],
      ],
    },
    {
      n: 8, kind: 'rewrite', variant: 'heavy', from: 1, source: 'actufil-net',
      title: 'Thiers : fin des accouchements à la maternité dès le 1er décembre, la colère monte',
      published: '2025-10-09T13:50:00Z', seen: 20,
      note: 'Content-farm rewrite: every sentence reworded, order kept, four quotes verbatim, the director\'s quote made indirect.',
      text: `
Les soignants et les élus du secteur de Thiers craignaient cette annonce. Jeudi, l'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes a fait savoir que les accouchements ne seraient plus pratiqués à la maternité du centre hospitalier de Thiers à compter du 1er décembre, et ce pendant six mois minimum.

Cette décision s'explique par la pénurie de médecins. Seuls deux des cinq postes de gynécologues-obstétriciens sont actuellement occupés, tandis que l'équipe d'anesthésie tourne avec trois praticiens au lieu de six. « Nous ne pouvons pas garantir aujourd'hui la sécurité des accouchements à Thiers. C'est une décision difficile, mais c'est une décision de sécurité », a fait valoir Claire Montel, à la tête de la délégation départementale de l'ARS, au cours d'une conférence de presse organisée à l'hôpital.

En 2024, 380 bébés ont vu le jour dans cette maternité. Dès décembre, les femmes enceintes seront dirigées soit vers le CHU Estaing, à Clermont-Ferrand, situé à quelque 45 kilomètres, soit vers l'hôpital de Vichy. Thiers conservera toutefois un centre périnatal de proximité, qui continuera d'assurer consultations, échographies et préparation à l'accouchement.

Le directeur de l'établissement, Pascal Rieu, a admis que toutes les pistes avaient été explorées, intérim compris, sans que les candidats se présentent. Selon la direction, les 32 sages-femmes et auxiliaires de puériculture seront affectées à d'autres services et aucun poste ne sera supprimé.

Bernard Chassaing, maire de Thiers, doute fortement que la suspension soit temporaire. « On nous dit six mois. Tout le monde ici sait qu'une maternité suspendue est une maternité qui ne rouvre jamais », a-t-il déclaré en quittant la réunion.

Fort de 6 200 signatures recueillies sur internet, le collectif de défense de la maternité donne rendez-vous samedi à 10 heures devant l'hôtel de ville. « Quarante-cinq minutes de route en hiver, avec des contractions, ce n'est pas une solution », estime sa porte-parole Élodie Favier, dont les deux enfants sont nés à Thiers.

L'ARS s'engage à réétudier le dossier au printemps, selon l'avancée des recrutements. Les élus du territoire seront reçus lors d'une réunion programmée le 20 octobre.
`,
    },
    {
      n: 9, kind: 'rewrite', variant: 'heavy', from: 1, source: 'le-fil-info-fr', credit: 'L\'Éveil du Livradois',
      title: "Maternité de Thiers : pourquoi les accouchements s'arrêtent le 1er décembre",
      published: '2025-10-09T12:45:00Z', seen: 9,
      note: 'Aggregator rewrite crediting the paper: regrouped by theme, paragraphs merged, every quote in indirect speech.',
      text: `
Plus aucun bébé ne naîtra à l'hôpital de Thiers à partir du 1er décembre, au moins pendant six mois, rapporte L'Éveil du Livradois. L'Agence régionale de santé a officialisé jeudi la suspension des accouchements dans cette maternité qui a vu naître 380 enfants l'an dernier.

Le problème, ce sont les effectifs médicaux : deux gynécologues-obstétriciens en poste sur cinq prévus, trois anesthésistes sur six. Pour la directrice de la délégation départementale de l'ARS, Claire Montel, la sécurité des accouchements ne peut plus être garantie, d'où une décision qu'elle qualifie de difficile mais nécessaire. Le directeur de l'hôpital, Pascal Rieu, assure avoir tout tenté, y compris le recours à l'intérim, sans trouver de candidats.

Concrètement, les femmes enceintes devront se rendre au CHU Estaing de Clermont-Ferrand, à 45 kilomètres environ, ou à l'hôpital de Vichy. Les consultations, échographies et séances de préparation resteront assurées sur place par un centre périnatal de proximité, et les 32 sages-femmes et auxiliaires seront redéployées sans suppression de poste.

Sur le terrain, personne ne croit à une simple parenthèse. Le maire, Bernard Chassaing, juge qu'une maternité suspendue ne rouvre jamais. Le collectif de défense, qui revendique 6 200 signatures en ligne, manifestera samedi à 10 heures devant la mairie ; sa porte-parole Élodie Favier rappelle que trois quarts d'heure de route l'hiver, en plein travail, ne sont pas une solution.

L'ARS promet de revoir la situation au printemps et doit rencontrer les élus le 20 octobre.
`,
    },
    {
      n: 10, kind: 'independent', source: 'afi-depeches', agency: 'Agence francophone d\'information (AFI)', style: 'fr',
      title: 'Puy-de-Dôme : les accouchements suspendus à la maternité de Thiers faute de médecins',
      published: '2025-10-09T11:15:00Z', seen: 3,
      note: 'Agency at the same press conference: ARS and mayor quotes word for word, same numbers; national context.',
      text: `
THIERS (Puy-de-Dôme), 9 octobre 2025 (AFI) – L'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes a annoncé jeudi la suspension des accouchements à la maternité de Thiers à partir du 1er décembre, faute de médecins, une décision dénoncée par les élus locaux qui craignent une fermeture définitive.

« Nous ne pouvons pas garantir aujourd'hui la sécurité des accouchements à Thiers. C'est une décision difficile, mais c'est une décision de sécurité », a déclaré à la presse Claire Montel, directrice de la délégation départementale de l'ARS.

La maternité, de niveau 1, a réalisé 380 accouchements en 2024. Elle ne dispose plus que de deux gynécologues-obstétriciens pour cinq postes. Les patientes seront orientées vers Clermont-Ferrand ou Vichy.

« On nous dit six mois. Tout le monde ici sait qu'une maternité suspendue est une maternité qui ne rouvre jamais », a réagi le maire de Thiers, Bernard Chassaing.

En France, le nombre de maternités a fortement diminué depuis les années 1990, passant de plus de 800 à moins de 500, selon les données de la Drees. Les fermetures, souvent présentées comme temporaires, suscitent régulièrement des mobilisations dans les villes moyennes.

Les syndicats de gynécologues-obstétriciens alertent depuis plusieurs années sur la pénurie de praticiens, en particulier dans les petites maternités où les gardes pèsent sur des équipes réduites.

Un rassemblement est prévu samedi devant la mairie de Thiers à l'appel d'un collectif de défense de la maternité, dont la pétition a recueilli 6 200 signatures.
`,
    },
    {
      n: 11, kind: 'independent', variant: 'brief', source: 'radio-volcans-fm', agency: 'Radio Volcans FM',
      title: 'Thiers : les accouchements vont être suspendus à la maternité',
      published: '2025-10-09T09:40:00Z', seen: 5,
      note: 'Radio brief forty minutes before the original: same facts, no quotes.',
      text: `
C'est officiel : les accouchements seront suspendus à la maternité de Thiers à partir du 1er décembre. L'annonce a été faite ce matin par l'Agence régionale de santé lors d'une conférence de presse au centre hospitalier.

La suspension est prévue pour au moins six mois. En cause, le manque de gynécologues-obstétriciens et d'anesthésistes. Environ 380 bébés sont nés à Thiers l'an dernier.

Les futures mamans seront orientées vers Clermont-Ferrand ou Vichy. Les consultations et le suivi de grossesse resteront assurés à Thiers.

Le collectif de défense de la maternité appelle à un rassemblement samedi matin devant la mairie. Nous y reviendrons dans notre journal de 12 heures.
`,
    },
    {
      n: 12, kind: 'independent', variant: 'analysis', source: 'la-gazette-sante', agency: 'La Gazette santé',
      title: "Maternités : Thiers, nouvelle illustration d'un maillage qui se défait",
      published: '2025-10-10T06:45:00Z', seen: 35,
      note: 'Long analysis: all five quotes word for word and every number of the story, in an argumentative structure.',
      text: `
La scène se répète d'un bout à l'autre du pays, et Thiers vient de s'y ajouter. Jeudi, l'ARS Auvergne-Rhône-Alpes a annoncé la suspension des accouchements à la maternité du centre hospitalier à partir du 1er décembre, pour au moins six mois. Motif : deux gynécologues-obstétriciens en poste sur cinq, trois anesthésistes sur six. « Nous ne pouvons pas garantir aujourd'hui la sécurité des accouchements à Thiers. C'est une décision difficile, mais c'est une décision de sécurité », a résumé Claire Montel, directrice de la délégation départementale de l'agence.

Le vocabulaire de la suspension est devenu un classique. Il permet aux autorités sanitaires de fermer un bloc obstétrical sans prononcer le mot fermeture, et aux élus d'espérer une réouverture. Dans les faits, cet espoir est rarement exaucé : une fois l'équipe dispersée, les sages-femmes réaffectées et les patientes habituées à accoucher ailleurs, recruter pour relancer l'activité devient plus difficile encore. « On nous dit six mois. Tout le monde ici sait qu'une maternité suspendue est une maternité qui ne rouvre jamais », a lancé le maire de Thiers, Bernard Chassaing, traduisant une crainte partagée dans beaucoup de villes moyennes.

Le mouvement de concentration n'est pas nouveau. La France comptait plus de 800 maternités au milieu des années 1990, elle en compte aujourd'hui moins de 500. Les décrets de périnatalité de 1998 ont fixé des normes de sécurité, dont la présence d'un obstétricien, d'un anesthésiste et d'un pédiatre, que les petites structures peinent à respecter sans recourir massivement à l'intérim.

L'argument de la sécurité est sérieux. Une équipe réduite, épuisée par les gardes, n'a pas l'entraînement d'une grande maternité face aux urgences rares mais graves. Avec 380 naissances en 2024, Thiers se situe dans la fourchette basse des maternités françaises, où chaque départ de praticien met l'équipe en péril.

L'éloignement a pourtant un coût. Plusieurs études étrangères montrent que l'allongement du trajet augmente le nombre d'accouchements inopinés hors maternité, au bord de la route ou à domicile. Ces situations restent rares, mais elles concentrent les risques. Dans le bassin thiernois, les futures mères devront rejoindre le CHU Estaing de Clermont-Ferrand, à environ 45 kilomètres, ou l'hôpital de Vichy. « Quarante-cinq minutes de route en hiver, avec des contractions, ce n'est pas une solution », résume Élodie Favier, porte-parole du collectif de défense de la maternité.

Des solutions intermédiaires existent. Les centres périnataux de proximité, comme celui qui restera ouvert à Thiers, assurent consultations, échographies et préparation à la naissance. Certaines régions proposent aussi un hébergement aux femmes proches du terme à côté des maternités de recours, ou des transports dédiés. Ces dispositifs réduisent le risque sans le supprimer.

Reste la question de fond, celle de l'attractivité. « Nous avons tout essayé, y compris l'intérim, mais les candidats ne viennent pas », reconnaît Pascal Rieu, directeur de l'hôpital. Le constat est national. Les jeunes praticiens rechignent à s'installer dans des établissements où ils assureraient une garde sur deux ou sur trois, loin des plateaux techniques et de la vie universitaire.

L'ARS promet un réexamen au printemps. D'ici là, le collectif, fort de 6 200 signatures, compte maintenir la pression, et les élus seront reçus le 20 octobre. L'issue dira si le mot suspension a encore un sens.
`,
    },
    {
      n: 13, kind: 'independent', variant: 'follow-up', source: 'eveil-livradois', agency: 'L\'Éveil du Livradois',
      title: 'Maternité de Thiers : 1 500 personnes dans la rue contre la suspension des accouchements',
      published: '2025-10-11T13:30:00Z', seen: 6,
      note: 'Same paper two days later, new content; repeats the mayor quote and one sentence of the original word for word.',
      text: `
Ils étaient environ 1 500 selon les organisateurs, un millier selon la police, à s'être rassemblés ce samedi matin devant la mairie de Thiers pour protester contre la suspension des accouchements à la maternité, annoncée jeudi par l'ARS. Poussettes, pancartes « Né à Thiers » et blouses blanches : le cortège a ensuite rejoint le centre hospitalier au son des casseroles.

« On ne lâchera rien. On a deux mois pour faire changer les choses avant le 1er décembre », a lancé au micro Élodie Favier, porte-parole du collectif de défense de la maternité, dont la pétition en ligne dépasse désormais les 9 000 signatures.

Plusieurs élus du territoire avaient fait le déplacement, dont des maires de la communauté de communes Thiers Dore et Montagne et des conseillers départementaux. Le maire, Bernard Chassaing, a annoncé qu'il saisirait le ministre de la Santé. « On nous dit six mois. Tout le monde ici sait qu'une maternité suspendue est une maternité qui ne rouvre jamais », a-t-il répété sous les applaudissements.

Des sages-femmes du service, qui ont souhaité garder l'anonymat, ont dit leur inquiétude pour leur avenir, malgré l'engagement de la direction de les redéployer sans suppression de poste.

La maternité a enregistré 380 naissances en 2024. Le collectif prépare désormais un déplacement à Lyon, au siège de l'ARS, avant la réunion prévue le 20 octobre avec les élus.
`,
    },
  ],
};
