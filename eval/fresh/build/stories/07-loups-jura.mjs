// Story 7 (fr): the prefect of Jura authorises reinforced wolf culling; farmers demonstrate.
// TWO independent agency originals (AFI, French; ALP, Swiss) quoting the same prefect, union leader and
// association word for word; each has its own copies. Plus a radio brief, a farm weekly and an AFI follow-up.
export default {
  story: 'loups-jura',
  title: 'Loups : tirs de défense renforcée autorisés dans le Haut-Jura, les éleveurs manifestent à Lons-le-Saunier',
  language: 'fr',
  articles: [
    {
      n: 1, kind: 'original', source: 'afi-depeches', agency: 'Agence francophone d\'information (AFI)', style: 'fr',
      title: 'Loups : le préfet du Jura autorise des tirs renforcés, les éleveurs manifestent à Lons-le-Saunier',
      published: '2025-10-21T11:48:00Z', seen: 4,
      note: 'Wire A (French agency typography: typographic apostrophes, no-break spaces).',
      text: `
LONS-LE-SAUNIER, 21 octobre 2025 (AFI) – Le préfet du Jura a autorisé mardi des « tirs de défense renforcée » contre le loup dans douze communes du Haut-Jura, où les attaques contre les troupeaux de bovins se multiplient, tandis que quelque 300 éleveurs manifestaient devant la préfecture à Lons-le-Saunier.

Depuis le début de l'année, 58 attaques ont été recensées dans le département, faisant 94 victimes, en grande majorité des génisses et des veaux, selon les services de l'État. Une situation inédite dans un massif où le loup s'attaquait jusqu'ici surtout aux moutons.

« La situation n'est plus tenable pour les éleveurs du Haut-Jura. L'État doit pouvoir protéger les troupeaux tout en respectant le statut de l'espèce », a déclaré le préfet Stéphane Aubry lors d'une conférence de presse.

L'arrêté, valable six mois, permet aux éleveurs qui ont subi des attaques de faire intervenir jusqu'à dix tireurs, dont des lieutenants de louveterie et des agents de l'Office français de la biodiversité (OFB). Il concerne notamment les communes des Rousses, de Bellefontaine, de Morbier et de Prémanon.

Devant la préfecture, une quarantaine de tracteurs bloquaient la circulation depuis le matin à l'appel de la FDSEA et des Jeunes agriculteurs. « On nous parle de clôtures et de chiens de protection, mais on ne clôture pas des pâturages de montagne de cinquante hectares », a lancé Christophe Vuillet, président de la FDSEA du Jura.

Éleveur laitier à Bellefontaine, Julien Midol a fait le trajet avec son tracteur. « J'ai perdu quatre génisses en un mois. Le matin, on ne sait jamais ce qu'on va trouver », a-t-il raconté.

Les associations de protection de la nature dénoncent une décision « précipitée ». « Tirer sur les loups ne réglera rien si l'on ne protège pas les troupeaux. Nous déposerons un recours dès cette semaine », a déclaré Mathilde Grosjean, porte-parole de l'association Loup vivant Jura, qui entend saisir le tribunal administratif de Besançon.

Selon l'OFB, au moins deux meutes sont installées dans le massif jurassien, dont une partage son territoire entre la France et le canton suisse de Vaud. Le loup est une espèce protégée, mais son statut a été abaissé de « strictement protégée » à « protégée » au niveau européen en 2025, ce qui facilite les tirs.
`,
    },
    {
      n: 2, kind: 'original', source: 'leman-presse', agency: 'Agence Léman Presse (ALP)',
      title: 'Jura français : des tirs renforcés autorisés contre le loup, inquiétude côté vaudois',
      published: '2025-10-21T11:31:00Z', seen: 5,
      note: 'Wire B (Swiss agency), 17 minutes before wire A: cross-border angle, its own Swiss quote, and the same three French quotes word for word.',
      text: `
LONS-LE-SAUNIER (France) (ALP) – Les autorités françaises ont autorisé mardi des tirs de défense renforcée contre le loup dans le Haut-Jura, à quelques kilomètres de la frontière vaudoise, après une série d'attaques sans précédent contre du bétail.

L'arrêté signé par le préfet du Jura, Stéphane Aubry, couvre douze communes, dont Les Rousses et Bellefontaine, pour une durée de six mois. « La situation n'est plus tenable pour les éleveurs du Haut-Jura. L'État doit pouvoir protéger les troupeaux tout en respectant le statut de l'espèce », a-t-il justifié devant la presse.

Dans le département, 58 attaques et 94 animaux tués ont été recensés depuis janvier. Contrairement aux Alpes, ce sont surtout des bovins qui sont visés : génisses et veaux laissés en estive sur de vastes pâturages.

Au moins une des meutes présentes dans le massif se déplace de part et d'autre de la frontière, entre le Haut-Jura et la vallée de Joux. Côté suisse, le canton de Vaud a lui-même autorisé en septembre la régulation d'une meute dans le Jura vaudois.

Le chef de la section chasse du canton de Vaud, Pierre-Alain Rochat, dit suivre la situation « de très près ». « Un loup ne connaît pas les frontières. Nous échangeons chaque semaine avec nos collègues français », a-t-il indiqué à l'ALP.

À Lons-le-Saunier, quelque 300 éleveurs et 40 tracteurs se sont rassemblés devant la préfecture. « On nous parle de clôtures et de chiens de protection, mais on ne clôture pas des pâturages de montagne de cinquante hectares », a déclaré Christophe Vuillet, président du syndicat agricole FDSEA du Jura.

L'association Loup vivant Jura a annoncé un recours. « Tirer sur les loups ne réglera rien si l'on ne protège pas les troupeaux. Nous déposerons un recours dès cette semaine », a affirmé sa porte-parole, Mathilde Grosjean.

En Suisse, le Conseil fédéral a assoupli fin 2023 les règles de régulation du loup, permettant des tirs préventifs dans les cantons les plus touchés.
`,
    },
    // ---- copies of wire A (AFI)
    {
      n: 3, kind: 'verbatim', from: 1, source: 'depeches-du-jour',
      published: '2025-10-21T12:02:00Z', seen: 6,
      note: 'Silent verbatim copy of wire A, no-break spaces included.',
    },
    {
      n: 4, kind: 'boilerplate', from: 1, source: 'actu-en-continu', credit: 'AFI',
      published: '2025-10-21T12:20:00Z', seen: 8,
      pad: { related: ['Loup : le nombre d\'attaques en hausse dans l\'Est de la France'], stripDateline: true },
      note: 'Padded copy of wire A with the dateline stripped; the credit is the junk line "Source : AFI".',
    },
    {
      n: 5, kind: 'edited', variant: 'trimmed', from: 1, source: 'jura-infos-net',
      published: '2025-10-21T12:40:00Z', seen: 7,
      paras: [0, 1, 2, 3], stripDateline: true,
    },
    {
      n: 6, kind: 'rewrite', variant: 'light', from: 1, source: 'regard-actu',
      title: 'Haut-Jura : feu vert aux tirs de défense renforcée contre le loup',
      published: '2025-10-21T13:10:00Z', seen: 14,
      paras: [0, 1, 2, 3, 4, 5, 6, 7], stripDateline: true,
      note: 'Light rewrite of wire A: five of sixteen sentences reworded, the rest verbatim (agency typography kept).',
      reword: [
        ["Depuis le début de l'année, 58 attaques ont été recensées dans le département, faisant 94 victimes, en grande majorité des génisses et des veaux, selon les services de l'État.", "Selon les services de l'État, 58 attaques ont été comptabilisées dans le département depuis janvier, pour 94 animaux tués, surtout des génisses et des veaux."],
        ['Il concerne notamment les communes des Rousses, de Bellefontaine, de Morbier et de Prémanon.', 'Les Rousses, Bellefontaine, Morbier et Prémanon font partie des communes concernées.'],
        ['Éleveur laitier à Bellefontaine, Julien Midol a fait le trajet avec son tracteur.', 'Julien Midol, qui élève des vaches laitières à Bellefontaine, est venu en tracteur.'],
        ["Selon l'OFB, au moins deux meutes sont installées dans le massif jurassien, dont une partage son territoire entre la France et le canton suisse de Vaud.", "L'OFB estime qu'au moins deux meutes vivent dans le massif jurassien, l'une d'elles se partageant entre la France et le canton de Vaud."],
        ["Une situation inédite dans un massif où le loup s'attaquait jusqu'ici surtout aux moutons.", "C'est du jamais-vu dans ce massif, où le loup visait jusqu'à présent surtout les moutons."],
      ],
    },
    {
      n: 7, kind: 'rewrite', variant: 'heavy', from: 1, source: 'actufil-net',
      title: 'Haut-Jura : le préfet donne son feu vert aux tirs contre le loup, colère des éleveurs devant la préfecture',
      published: '2025-10-21T14:05:00Z', seen: 18,
      note: 'Content-farm rewrite of wire A: every sentence reworded, prefect and association quotes verbatim, union quote indirect, the farmer quote split.',
      text: `
Mardi, le préfet du Jura a donné son autorisation à des « tirs de défense renforcée » visant le loup sur douze communes du Haut-Jura, secteur où les attaques contre les troupeaux bovins ne cessent de se multiplier. Au même moment, près de 300 éleveurs se rassemblaient devant la préfecture, à Lons-le-Saunier.

D'après les services de l'État, le département a connu 58 attaques depuis janvier, qui ont coûté la vie à 94 animaux, pour l'essentiel des veaux et des génisses. Du jamais-vu dans ce massif, où le prédateur s'en prenait auparavant principalement aux ovins.

« La situation n'est plus tenable pour les éleveurs du Haut-Jura. L'État doit pouvoir protéger les troupeaux tout en respectant le statut de l'espèce », a affirmé Stéphane Aubry, le préfet, au cours d'une conférence de presse.

Valable pour une durée de six mois, l'arrêté donne la possibilité aux éleveurs victimes d'attaques de mobiliser jusqu'à dix tireurs, parmi lesquels des lieutenants de louveterie et des agents de l'Office français de la biodiversité (OFB). Les Rousses, Bellefontaine, Morbier et Prémanon figurent parmi les communes visées.

Depuis le matin, une quarantaine de tracteurs bloquaient la circulation devant la préfecture, à l'appel des Jeunes agriculteurs et de la FDSEA. Le président de la FDSEA du Jura, Christophe Vuillet, a dénoncé les solutions avancées par l'État, expliquant qu'il est impossible de clôturer des pâturages de montagne de cinquante hectares, quels que soient les chiens de protection proposés.

Venu en tracteur depuis Bellefontaine, où il élève des vaches laitières, Julien Midol raconte avoir perdu quatre génisses en l'espace d'un mois. « Le matin, on ne sait jamais ce qu'on va trouver », a-t-il confié.

Pour les défenseurs de la nature, la mesure a été prise trop vite. « Tirer sur les loups ne réglera rien si l'on ne protège pas les troupeaux. Nous déposerons un recours dès cette semaine », a prévenu Mathilde Grosjean, qui porte la parole de l'association Loup vivant Jura. Le recours sera porté devant le tribunal administratif de Besançon.

L'OFB estime qu'au moins deux meutes vivent dans le massif du Jura, dont l'une circule entre la France et le canton de Vaud, en Suisse. Si le loup reste une espèce protégée, il est passé en 2025 du statut d'espèce « strictement protégée » à celui d'espèce « protégée » à l'échelle européenne, ce qui rend les tirs plus faciles.
`,
    },
    // ---- copies of wire B (ALP)
    {
      n: 8, kind: 'verbatim', from: 2, source: 'romandie-flash', credit: 'ALP',
      published: '2025-10-21T11:44:00Z', seen: 3,
      note: 'Verbatim copy of wire B, seen before wire A was published; the dateline "(ALP)" is the credit.',
    },
    {
      n: 9, kind: 'boilerplate', from: 2, source: 'info-regions-24', credit: 'ALP',
      published: '2025-10-21T12:55:00Z', seen: 10,
      pad: {
        photo: 'un loup dans le massif du Jura, image d\'archives',
        related: ['Pastoralisme : les chiens de protection, une solution qui a ses limites', 'Vaud : la régulation du loup divise', 'Comté : les producteurs face à la prédation'],
        midAt: 4,
      },
      note: 'Padded copy of wire B; the CMS straightens « » into straight double quotes.',
    },
    {
      n: 10, kind: 'edited', from: 2, source: 'gazette-vallee-de-joux', credit: 'ALP',
      title: 'Loup : le Haut-Jura autorise les tirs, la vallée de Joux en première ligne',
      published: '2025-10-21T14:30:00Z', seen: 20,
      note: 'Swiss local paper: new headline and lead, local paragraph with a new quote, demonstration and federal paragraphs cut, "Côté suisse" changed to "Chez nous", agency sign-off.',
      paras: [
        `À quelques kilomètres de la vallée de Joux, le préfet du Jura français a autorisé mardi des tirs de défense renforcée contre le loup sur douze communes du Haut-Jura.`,
        `Dans la vallée, où la meute transfrontalière a été observée à plusieurs reprises cet été, la décision est suivie de près. « Si les tirs repoussent les loups de notre côté, ce sont nos alpages qui prendront », s'inquiète Laurent Golay, éleveur au Lieu et président de la société d'agriculture de la vallée.`,
        1, 2, 3, 4, 6,
        'ALP/gvj',
      ],
      replace: [['Côté suisse, le canton de Vaud', 'Chez nous, le canton de Vaud']],
    },
    {
      n: 11, kind: 'rewrite', variant: 'heavy', from: 2, source: 'le-fil-info-fr', credit: 'ALP',
      title: 'Loup dans le Jura : la France autorise des tirs renforcés près de la frontière suisse',
      published: '2025-10-21T13:35:00Z', seen: 9,
      note: 'Aggregator rewrite of wire B crediting ALP: prefect, Swiss official and association quotes turned into indirect speech, only the union quote kept verbatim.',
      text: `
Les autorités françaises ont donné mardi leur feu vert à des tirs de défense renforcée contre le loup dans le Haut-Jura, une zone située à quelques kilomètres seulement de la frontière avec le canton de Vaud, rapporte l'agence ALP. La décision fait suite à une vague d'attaques jamais vue contre le bétail.

Signé par le préfet du Jura, Stéphane Aubry, l'arrêté s'applique pendant six mois à douze communes, parmi lesquelles Les Rousses et Bellefontaine. Devant la presse, le représentant de l'État a estimé que la situation n'était plus tenable pour les éleveurs du Haut-Jura et que l'État devait pouvoir protéger les troupeaux tout en respectant le statut de l'espèce.

Depuis janvier, le département a enregistré 58 attaques et 94 bêtes tuées. À la différence des Alpes, ce sont principalement les bovins qui sont pris pour cible, en particulier les génisses et les veaux qui passent l'été sur de grands pâturages.

L'une au moins des meutes du massif circule des deux côtés de la frontière, entre le Haut-Jura et la vallée de Joux, tandis que le canton de Vaud a lui-même autorisé en septembre la régulation d'une meute dans le Jura vaudois. Pierre-Alain Rochat, chef de la section chasse vaudoise, assure suivre la situation de très près et échanger chaque semaine avec ses homologues français, rappelant qu'un loup ne connaît pas les frontières.

Environ 300 éleveurs et 40 tracteurs s'étaient réunis devant la préfecture à Lons-le-Saunier. « On nous parle de clôtures et de chiens de protection, mais on ne clôture pas des pâturages de montagne de cinquante hectares », a lancé Christophe Vuillet, à la tête de la FDSEA du Jura.

De son côté, l'association Loup vivant Jura va déposer un recours dès cette semaine, selon sa porte-parole Mathilde Grosjean, pour qui tirer sur les loups ne réglera rien tant que les troupeaux ne sont pas protégés. En Suisse, les règles de régulation du loup ont été assouplies par le Conseil fédéral fin 2023, ce qui autorise des tirs préventifs dans les cantons les plus exposés.
`,
    },
    // ---- independents
    {
      n: 12, kind: 'independent', variant: 'brief', source: 'radio-haut-jura', agency: 'Radio Haut-Jura',
      title: 'Loup : les éleveurs du Jura manifestent ce mardi à Lons-le-Saunier',
      published: '2025-10-21T08:55:00Z', seen: 6,
      note: 'Morning radio brief before both wires, before the decision: same places and organisations, no quotes.',
      text: `
Les éleveurs du Haut-Jura sont mobilisés ce mardi matin devant la préfecture du Jura, à Lons-le-Saunier. Plusieurs dizaines de tracteurs sont partis à l'aube des Rousses, de Morbier et de Bellefontaine, à l'appel de la FDSEA et des Jeunes agriculteurs.

Ils réclament des mesures fortes contre le loup, après une série d'attaques contre des génisses et des veaux depuis le début de l'année dans le département.

Le préfet doit s'exprimer en fin de matinée. Selon nos informations, un arrêté autorisant des tirs de défense renforcée pourrait être annoncé.

La circulation est difficile dans le centre de Lons-le-Saunier, et des ralentissements sont signalés sur la RN5 dans le secteur de Morez. Radio Haut-Jura suit la mobilisation toute la journée.
`,
    },
    {
      n: 13, kind: 'independent', source: 'la-terre-comtoise', agency: 'La Terre comtoise',
      title: 'Prédation : à Lons, les éleveurs obtiennent des tirs renforcés mais restent sur leur faim',
      published: '2025-10-21T15:30:00Z', seen: 12,
      note: 'Farm weekly at the same demonstration: prefect, union and farmer quotes word for word, same numbers; union angle and new quotes.',
      text: `
Ils étaient environ 300, venus du Haut-Jura, du Grandvaux et du Haut-Doubs, avec une quarantaine de tracteurs garés en épi devant la préfecture de Lons-le-Saunier. Mardi, les éleveurs jurassiens ont obtenu une partie de ce qu'ils réclamaient : un arrêté autorisant des tirs de défense renforcée contre le loup sur douze communes, pour six mois.

« La situation n'est plus tenable pour les éleveurs du Haut-Jura. L'État doit pouvoir protéger les troupeaux tout en respectant le statut de l'espèce », a déclaré le préfet Stéphane Aubry à l'issue d'une rencontre avec une délégation de la FDSEA et des Jeunes agriculteurs.

Pour les responsables agricoles, le compte n'y est pas. Depuis janvier, 58 attaques ont été constatées dans le département et 94 animaux tués. « On nous parle de clôtures et de chiens de protection, mais on ne clôture pas des pâturages de montagne de cinquante hectares », a répété Christophe Vuillet, président de la FDSEA, qui réclame une indemnisation des pertes indirectes : avortements, baisse de la production laitière, bêtes stressées.

Chez les producteurs de lait à comté, l'inquiétude est d'autant plus vive que le cahier des charges de l'appellation impose le pâturage. « On ne peut pas rentrer les vaches, c'est notre appellation qui est en jeu », explique Sophie Cretin, présidente des Jeunes agriculteurs du Jura.

Julien Midol, éleveur à Bellefontaine, a pris la parole devant la préfecture. « J'ai perdu quatre génisses en un mois. Le matin, on ne sait jamais ce qu'on va trouver », a-t-il dit, la voix nouée.

La FDSEA demande désormais que les tirs puissent être déclenchés dès la première attaque, sans attendre les constats de l'OFB. Elle sera reçue au ministère de l'Agriculture début novembre, selon Christophe Vuillet.

Les associations de protection de la nature, de leur côté, ont annoncé un recours devant le tribunal administratif de Besançon.
`,
    },
    {
      n: 14, kind: 'independent', variant: 'follow-up', source: 'afi-depeches', agency: 'Agence francophone d\'information (AFI)', style: 'fr',
      title: 'Loups dans le Jura : une association saisit la justice contre les tirs renforcés',
      published: '2025-10-23T09:40:00Z', seen: 4,
      note: 'Same agency two days later, new content; its last paragraph is wire A\'s background paragraph word for word, and it repeats the association quote.',
      text: `
BESANÇON, 23 octobre 2025 (AFI) – L'association Loup vivant Jura a déposé jeudi un recours en référé devant le tribunal administratif de Besançon pour obtenir la suspension de l'arrêté préfectoral autorisant des tirs de défense renforcée contre le loup dans douze communes du Haut-Jura, a-t-on appris auprès de l'association.

Elle estime que l'arrêté, signé mardi par le préfet du Jura, a été pris « sans évaluation de l'efficacité des mesures de protection » et sans consultation du public, selon le texte du recours consulté par l'AFI.

« Tirer sur les loups ne réglera rien si l'on ne protège pas les troupeaux », a répété sa porte-parole, Mathilde Grosjean. « Nous demandons au juge de vérifier que l'État a respecté ses propres règles. »

La préfecture a indiqué qu'elle défendrait l'arrêté et qu'aucun tir n'avait encore eu lieu. L'audience pourrait se tenir d'ici deux semaines.

Dans la nuit de mercredi à jeudi, une nouvelle attaque a été signalée à Prémanon, où une génisse a été tuée, selon la chambre d'agriculture du Jura.

Selon l'OFB, au moins deux meutes sont installées dans le massif jurassien, dont une partage son territoire entre la France et le canton suisse de Vaud. Le loup est une espèce protégée, mais son statut a été abaissé de « strictement protégée » à « protégée » au niveau européen en 2025, ce qui facilite les tirs.
`,
    },
  ],
};
