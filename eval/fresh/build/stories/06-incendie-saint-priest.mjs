// Story 6 (fr): fire at a recycling warehouse in Saint-Priest (Rhône), confinement advice.
// The original is a LOCAL PAPER (role unknown). A national agency (AFI, role original) writes its own
// dispatch from the same briefings: same quotes, same numbers. Same-paper update and next-day follow-up.
export default {
  story: 'incendie-saint-priest',
  title: 'Incendie d\'un entrepôt de recyclage à Saint-Priest : confinement recommandé dans quatre communes',
  language: 'fr',
  articles: [
    {
      n: 1, kind: 'original', source: 'echo-du-rhone', agency: 'L\'Écho du Rhône',
      title: 'Saint-Priest : un violent incendie ravage un entrepôt de recyclage, les habitants appelés à rester chez eux',
      published: '2025-09-15T04:52:00Z', seen: 6,
      note: 'Local paper as the original (sourceRole unknown).',
      text: `
Un important incendie s'est déclaré dans la nuit de dimanche à lundi dans un entrepôt de tri et de recyclage de la société Recyval, dans la zone industrielle Mi-Plaine, à Saint-Priest. Lundi matin, un épais panache de fumée noire était visible depuis une grande partie de l'agglomération lyonnaise.

L'alerte a été donnée vers 23 h 40 par un agent de sécurité. À l'arrivée des premiers secours, le bâtiment de 8 000 m², qui abritait des balles de plastique et de carton, était déjà largement embrasé. Une partie de la toiture s'est effondrée dans la nuit.

Quelque 120 sapeurs-pompiers du SDMIS et 35 engins ont été mobilisés. « Le feu est circonscrit mais il n'est pas éteint. Nous en avons encore pour plusieurs jours », a indiqué à l'aube le colonel Éric Mourgues, qui commande les opérations. Un pompier, victime d'un coup de chaleur, a été transporté à l'hôpital dans un état sans gravité. Aucun salarié n'était présent sur le site.

Par précaution, la préfecture du Rhône a demandé aux habitants de Saint-Priest, Bron, Chassieu et Mions de rester chez eux, de fermer portes et fenêtres et d'éviter toute activité physique en extérieur. Trois écoles de Saint-Priest situées sous le panache n'accueilleront pas les élèves lundi matin.

« Les premières mesures ne montrent pas de concentration anormale de polluants, mais par précaution nous demandons aux habitants de rester chez eux fenêtres fermées », a déclaré Laurent Barthe, préfet délégué pour la défense et la sécurité, lors d'un point presse sur place. Des prélèvements ont été réalisés par l'observatoire Atmo Auvergne-Rhône-Alpes ; les résultats complets sont attendus dans la journée.

La maire de Saint-Priest, Nadia Ferhat, s'est rendue sur place vers 2 heures du matin. « Les habitants ont été réveillés par l'odeur, beaucoup ont eu peur. Ils ont besoin de réponses claires », a-t-elle déclaré. La mairie a ouvert une cellule d'information téléphonique.

L'entreprise Recyval, qui emploie 45 personnes sur le site, a indiqué dans un communiqué qu'elle « coopérera pleinement avec les enquêteurs ». Le parquet de Lyon a ouvert une enquête pour déterminer l'origine du sinistre. Le site avait déjà connu un départ de feu, rapidement maîtrisé, en 2022.
`,
    },
    {
      n: 2, kind: 'edited', variant: 'update', from: 1, source: 'echo-du-rhone',
      title: 'MISE À JOUR. Incendie à Saint-Priest : les consignes de confinement levées, le feu toujours en cours',
      published: '2025-09-15T09:35:00Z', seen: 5,
      note: 'Same-source update: an update paragraph on top, one sentence put in the past tense, the rest unchanged.',
      paras: [
        `Mise à jour à 11 h 30 : la préfecture du Rhône a levé en fin de matinée les consignes de confinement. Les analyses d'Atmo Auvergne-Rhône-Alpes n'ont pas révélé de concentration anormale de polluants dans l'air. Les trois écoles concernées rouvriront cet après-midi. Les pompiers restent mobilisés sur le site.`,
        0, 1, 2, 3, 4, 5, 6,
      ],
      replace: [["n'accueilleront pas les élèves lundi matin", "n'ont pas accueilli les élèves lundi matin"]],
    },
    {
      n: 3, kind: 'verbatim', from: 1, source: 'depeches-du-jour',
      published: '2025-09-15T04:45:00Z', firstSeen: '2025-09-15T05:31:00Z',
      note: 'Wrong feed clock: published 7 minutes before the original. Silent verbatim copy (no credit).',
    },
    {
      n: 4, kind: 'boilerplate', from: 1, source: 'actu-en-continu', credit: 'L\'Écho du Rhône',
      published: '2025-09-15T05:40:00Z', seen: 8,
      pad: { related: ['Pollution : ce que mesurent vraiment les capteurs de l\'air à Lyon'] },
    },
    {
      n: 5, kind: 'boilerplate', from: 1, source: 'info-regions-24', credit: 'L\'Écho du Rhône',
      published: '2025-09-15T06:15:00Z', seen: 10,
      pad: {
        photo: 'fumée au-dessus d\'une zone industrielle, image d\'archives',
        related: ['Incendie : les bons réflexes en cas de consigne de confinement', 'Lyon : la qualité de l\'air en nette amélioration depuis dix ans', 'Recyclage : la filière plastique en difficulté'],
        midAt: 4,
      },
      note: 'Padded copy whose CMS turns « » into straight double quotes, so French quote masking misses the quotes.',
    },
    {
      n: 6, kind: 'edited', variant: 'trimmed', from: 1, source: 'lyon-actu-direct',
      published: '2025-09-15T05:25:00Z', seen: 4,
      paras: [0, 1, 2],
    },
    {
      n: 7, kind: 'edited', from: 1, source: 'le-courrier-de-l-isere',
      title: "Incendie de Saint-Priest : le panache de fumée jusqu'aux portes du Nord-Isère",
      published: '2025-09-15T07:10:00Z', seen: 15,
      note: 'Neighbouring department\'s paper: new headline and lead, local paragraph, the lead and mayor paragraphs cut, one phrase changed.',
      paras: [
        `Le panache de fumée noire de l'incendie qui ravage depuis dimanche soir un entrepôt de recyclage à Saint-Priest, dans le Rhône, était visible lundi matin depuis plusieurs communes du Nord-Isère.`,
        `Poussé par un vent d'ouest, le nuage a dérivé vers Saint-Quentin-Fallavier et Villefontaine, où des habitants ont signalé une odeur de plastique brûlé au réveil. La préfecture de l'Isère n'a pas pris de mesure de confinement, mais recommande aux personnes fragiles de limiter leurs efforts en extérieur dans la journée.`,
        1, 2, 3, 4, 6,
      ],
      replace: [['Quelque 120 sapeurs-pompiers du SDMIS', 'Côté Rhône, quelque 120 sapeurs-pompiers du SDMIS']],
    },
    {
      n: 8, kind: 'rewrite', variant: 'light', from: 1, source: 'regard-actu',
      title: 'Saint-Priest : un entrepôt de recyclage en feu, les riverains invités à rester chez eux',
      published: '2025-09-15T06:50:00Z', seen: 12,
      note: 'Light rewrite: six of seventeen sentences reworded, quotes and the rest verbatim.',
      reword: [
        ["L'alerte a été donnée vers 23 h 40 par un agent de sécurité.", "C'est un agent de sécurité qui a donné l'alerte, vers 23 h 40."],
        ["Une partie de la toiture s'est effondrée dans la nuit.", "Dans la nuit, la toiture s'est en partie effondrée."],
        ["Un pompier, victime d'un coup de chaleur, a été transporté à l'hôpital dans un état sans gravité.", "Victime d'un coup de chaleur, un sapeur-pompier a été hospitalisé, mais ses jours ne sont pas en danger."],
        ["Trois écoles de Saint-Priest situées sous le panache n'accueilleront pas les élèves lundi matin.", "Lundi matin, trois écoles de Saint-Priest se trouvant sous le panache resteront fermées."],
        ["La mairie a ouvert une cellule d'information téléphonique.", "Une cellule d'information téléphonique a été mise en place par la mairie."],
        ["Le site avait déjà connu un départ de feu, rapidement maîtrisé, en 2022.", "Un premier départ de feu, vite maîtrisé, s'y était déjà produit en 2022."],
      ],
    },
    {
      n: 9, kind: 'rewrite', variant: 'heavy', from: 1, source: 'actufil-net',
      title: 'Incendie géant à Saint-Priest : un centre de recyclage en flammes, la population invitée à se confiner',
      published: '2025-09-15T07:45:00Z', seen: 20,
      note: 'Content-farm rewrite: every sentence reworded with synonyms, order kept, firefighter and prefect quotes verbatim, mayor quote made indirect.',
      text: `
Dans la nuit du dimanche 14 au lundi 15 septembre, un violent feu a pris dans un entrepôt de tri et de recyclage appartenant à l'entreprise Recyval, situé dans la zone industrielle Mi-Plaine de Saint-Priest (Rhône). Au petit matin, une importante colonne de fumée noire pouvait être aperçue depuis une large partie de la métropole lyonnaise.

C'est vers 23 h 40 qu'un vigile a alerté les secours. Lorsque les premiers pompiers sont arrivés, les flammes avaient déjà gagné une grande partie du bâtiment de 8 000 m², où étaient stockées des balles de carton et de plastique. Au cours de la nuit, la toiture a cédé en partie.

Au total, 35 engins et environ 120 sapeurs-pompiers du SDMIS ont été engagés. « Le feu est circonscrit mais il n'est pas éteint. Nous en avons encore pour plusieurs jours », a fait savoir au lever du jour le colonel Éric Mourgues, à la tête des opérations. Souffrant d'un coup de chaleur, un soldat du feu a été conduit à l'hôpital, mais son état n'inspire pas d'inquiétude. Aucun employé ne se trouvait dans les locaux.

La préfecture du Rhône a, par mesure de précaution, invité les riverains de Saint-Priest, Bron, Chassieu et Mions à ne pas sortir de chez eux, à garder portes et fenêtres closes et à renoncer à tout effort physique dehors. Trois établissements scolaires de Saint-Priest, placés sous le nuage de fumée, resteront portes closes lundi matin.

« Les premières mesures ne montrent pas de concentration anormale de polluants, mais par précaution nous demandons aux habitants de rester chez eux fenêtres fermées », a affirmé Laurent Barthe, le préfet délégué pour la défense et la sécurité, au cours d'un point presse organisé sur les lieux. L'observatoire Atmo Auvergne-Rhône-Alpes a procédé à des prélèvements, dont les résultats complets doivent être connus dans la journée.

Arrivée sur place aux alentours de 2 heures du matin, Nadia Ferhat, maire de Saint-Priest, a souligné que de nombreux habitants avaient été réveillés par l'odeur et avaient eu peur, et qu'ils attendaient des réponses claires. Une cellule d'information par téléphone a été ouverte par la municipalité.

Dans un communiqué, Recyval, dont le site compte 45 salariés, assure qu'elle apportera son entière coopération aux enquêteurs. Une enquête a été ouverte par le parquet de Lyon afin d'établir les causes de l'incendie. En 2022, un début d'incendie, vite éteint, s'était déjà produit sur ce site.
`,
    },
    {
      n: 10, kind: 'rewrite', variant: 'heavy', from: 1, source: 'le-fil-info-fr', credit: 'L\'Écho du Rhône',
      title: "Saint-Priest : ce que l'on sait de l'incendie de l'entrepôt Recyval",
      published: '2025-09-15T08:20:00Z', seen: 9,
      note: 'Aggregator rewrite in questions-and-answers form, crediting the paper; paragraphs merged and regrouped, every quote in indirect speech.',
      text: `
Un entrepôt de recyclage de 8 000 m² est parti en fumée dans la nuit de dimanche à lundi à Saint-Priest, dans l'est lyonnais, rapporte L'Écho du Rhône. Le feu, qui a pris vers 23 h 40 dans les locaux de la société Recyval, zone industrielle Mi-Plaine, a dégagé un épais panache noir visible dans une bonne partie de l'agglomération.

Que brûle-t-il ? Le bâtiment contenait des balles de plastique et de carton. Il était déjà largement en feu à l'arrivée des secours, alertés par un agent de sécurité, et sa toiture s'est en partie effondrée pendant la nuit.

Quels moyens ? 120 pompiers du SDMIS et 35 engins. Selon le colonel Éric Mourgues, qui dirige les opérations, l'incendie est circonscrit mais pas éteint, et il faudra encore plusieurs jours pour en venir à bout. Un pompier a été hospitalisé pour un coup de chaleur, sans gravité ; aucun salarié n'était sur place.

Faut-il s'inquiéter pour l'air ? D'après le préfet délégué pour la défense et la sécurité, Laurent Barthe, les premières mesures ne montrent pas de concentration anormale de polluants. Par précaution, les habitants de Saint-Priest, Bron, Chassieu et Mions sont néanmoins invités à rester chez eux, fenêtres fermées, et à éviter le sport en extérieur. Atmo Auvergne-Rhône-Alpes a effectué des prélèvements dont les résultats sont attendus dans la journée. Trois écoles de Saint-Priest n'ouvriront pas lundi matin.

Et ensuite ? Le parquet de Lyon a ouvert une enquête sur l'origine du feu. Recyval, qui emploie 45 personnes sur place et avait déjà connu un départ de feu en 2022, promet de coopérer pleinement. La maire, Nadia Ferhat, venue dans la nuit, réclame des réponses claires pour des habitants qui ont eu peur.
`,
    },
    {
      n: 11, kind: 'independent', source: 'afi-depeches', agency: 'Agence francophone d\'information (AFI)', style: 'fr',
      title: 'Rhône : incendie dans un entrepôt de recyclage à Saint-Priest, confinement recommandé',
      published: '2025-09-15T06:30:00Z', seen: 3,
      note: 'National agency from the same briefings: firefighter and prefect quotes word for word, same numbers and places, own angle (Lubrizol memory, traffic). Agency typography with no-break spaces.',
      text: `
SAINT-PRIEST (Rhône), 15 septembre 2025 (AFI) – Un incendie de grande ampleur ravageait lundi matin un entrepôt de recyclage de déchets plastiques à Saint-Priest, dans la banlieue est de Lyon, où la préfecture a recommandé aux habitants de quatre communes de rester chez eux.

Aucune victime n'est à déplorer, hormis un pompier légèrement blessé, selon la préfecture du Rhône. Le feu s'est déclaré peu avant minuit dimanche dans un bâtiment de 8 000 m² de la société Recyval, spécialisée dans le tri et le conditionnement des déchets plastiques et des cartons.

« Le feu est circonscrit mais il n'est pas éteint. Nous en avons encore pour plusieurs jours », a déclaré à l'AFI le colonel Éric Mourgues, du Service départemental-métropolitain d'incendie et de secours (SDMIS), qui a engagé 120 pompiers.

Le panache de fumée, poussé vers l'est par un léger vent, était visible jusqu'à Lyon et dans le Nord-Isère. Les habitants de Saint-Priest, Bron, Chassieu et Mions ont été invités à fermer leurs fenêtres et à limiter leurs déplacements.

« Les premières mesures ne montrent pas de concentration anormale de polluants, mais par précaution nous demandons aux habitants de rester chez eux fenêtres fermées », a indiqué le préfet délégué pour la défense et la sécurité, Laurent Barthe.

Des associations de riverains ont rappelé l'incendie de l'usine Lubrizol à Rouen en septembre 2019, dont le nuage de fumée avait durablement marqué les habitants. « On veut savoir exactement ce qui brûlait », a déclaré à l'AFI Gérard Moulin, président d'une association de quartier de Saint-Priest.

Le site n'est pas classé Seveso, a précisé la préfecture. Une enquête a été ouverte par le parquet de Lyon pour déterminer l'origine du sinistre.

La circulation était perturbée lundi matin sur la rocade est entre Chassieu et Saint-Priest en raison de la fumée.
`,
    },
    {
      n: 12, kind: 'independent', variant: 'brief', source: 'radio-rhone-fm', agency: 'Radio Rhône FM',
      title: 'Saint-Priest : un important incendie en cours dans la zone industrielle',
      published: '2025-09-15T04:30:00Z', seen: 5,
      note: 'Early radio brief, before the original: same place, same company type, same advice.',
      text: `
Un important incendie est en cours depuis la nuit dernière dans un entrepôt de la zone industrielle Mi-Plaine, à Saint-Priest. Selon le SDMIS, plus d'une centaine de sapeurs-pompiers sont mobilisés sur place.

Le bâtiment, qui appartient à une entreprise de recyclage, contient notamment des plastiques et du carton. Une épaisse fumée noire est visible depuis l'est lyonnais et la rocade est.

La préfecture du Rhône recommande aux habitants des communes situées sous le panache de garder leurs fenêtres fermées. Il n'y a pas de victime à ce stade. Les automobilistes sont invités à éviter le secteur.

Nous reviendrons sur cette information dans nos prochains journaux, à partir de 7 heures, avec nos correspondants sur place.
`,
    },
    {
      n: 13, kind: 'independent', variant: 'follow-up', source: 'echo-du-rhone', agency: 'L\'Écho du Rhône',
      title: "Incendie chez Recyval à Saint-Priest : le feu éteint, l'enquête s'oriente vers une piste accidentelle",
      published: '2025-09-16T05:00:00Z', seen: 6,
      note: 'Same paper, next day, new content; repeats the company background clause, the company\'s quoted phrase and the mayor quote (extended).',
      text: `
Près de quarante heures après le début de l'incendie, les sapeurs-pompiers du SDMIS ont annoncé mardi en fin de matinée que le feu de l'entrepôt Recyval, à Saint-Priest, était éteint. Une trentaine de pompiers restent sur place pour surveiller les points chauds et déblayer les décombres.

Selon une source proche de l'enquête, les premières constatations orientent les enquêteurs vers un départ de feu accidentel, peut-être lié à une batterie au lithium jetée parmi les déchets plastiques. « C'est malheureusement un scénario que l'on voit de plus en plus souvent dans les centres de tri », confie un spécialiste de la prévention. Le parquet de Lyon n'a pas souhaité commenter.

Les résultats définitifs des prélèvements d'Atmo Auvergne-Rhône-Alpes, publiés mardi, confirment l'absence de concentration anormale de polluants dans l'air. Des analyses de suie sur des végétaux, demandées par la préfecture, sont en cours ; leurs résultats sont attendus d'ici la fin de la semaine. En attendant, il est conseillé de laver les fruits et légumes des potagers situés sous le panache.

L'entreprise Recyval, qui emploie 45 personnes sur le site, a annoncé que ses salariés seraient placés en activité partielle. Son directeur, Thierry Vasseur, a assuré que l'entreprise « coopérera pleinement avec les enquêteurs » et qu'elle étudiait une reprise partielle de l'activité sur un autre site de l'agglomération.

À Saint-Priest, la cellule d'information ouverte par la mairie a reçu plus de 600 appels en deux jours. La maire, Nadia Ferhat, a demandé une réunion publique. « Les habitants ont été réveillés par l'odeur, beaucoup ont eu peur. Ils ont besoin de réponses claires, et ils les auront », a-t-elle répété mardi.
`,
    },
    {
      n: 14, kind: 'independent', variant: 'analysis', source: 'la-gazette-environnement', agency: 'La Gazette de l\'environnement',
      title: "Incendies dans les centres de tri : après Saint-Priest, un risque qui s'installe",
      published: '2025-09-16T08:30:00Z', seen: 30,
      note: 'Long analysis: the firefighter, prefect and mayor quotes word for word, the story\'s numbers and places, explanatory structure.',
      text: `
Il a fallu près de quarante heures aux sapeurs-pompiers du Rhône pour venir à bout de l'incendie de l'entrepôt Recyval, à Saint-Priest. Mais l'essentiel s'est joué dans les premières minutes : lorsque les secours sont arrivés, peu après 23 h 40 dimanche, le bâtiment de 8 000 m² était déjà largement embrasé. Des balles de plastique et de carton serrées sur des milliers de mètres carrés forment l'un des combustibles les plus redoutables qui soient.

L'incident n'a rien d'exceptionnel. Les centres de tri, de recyclage et de stockage de déchets figurent parmi les installations industrielles les plus souvent touchées par le feu, et les professionnels du secteur décrivent une tendance à la hausse depuis plusieurs années. Les causes se ressemblent : un échauffement spontané dans un stock mal ventilé, une étincelle pendant un broyage, et de plus en plus une batterie au lithium, jetée avec les emballages, qui s'enflamme lorsqu'elle est écrasée.

À Saint-Priest, 120 sapeurs-pompiers et 35 engins ont été engagés. « Le feu est circonscrit mais il n'est pas éteint. Nous en avons encore pour plusieurs jours », résumait lundi à l'aube le colonel Éric Mourgues. La phrase dit la difficulté propre à ces feux : une fois le bâtiment effondré, les matières continuent de se consumer en profondeur, et il faut déblayer tonne après tonne pour atteindre les foyers.

La seconde question est celle de la fumée. Chaque incendie de ce type déclenche le même dispositif : consignes de confinement, fermeture d'écoles, prélèvements d'air. La préfecture du Rhône a demandé aux habitants de Saint-Priest, Bron, Chassieu et Mions de rester chez eux. « Les premières mesures ne montrent pas de concentration anormale de polluants, mais par précaution nous demandons aux habitants de rester chez eux fenêtres fermées », a expliqué le préfet délégué Laurent Barthe.

Depuis l'incendie de Lubrizol à Rouen, en 2019, cette communication de crise est scrutée. Les habitants savent désormais qu'une absence de concentration anormale dans l'air ne dit rien des retombées de suie sur les jardins, ni des composés qui ne sont mesurés que plusieurs jours plus tard. Les autorités l'ont compris, et des analyses sur des végétaux ont été demandées dans le Rhône. La méfiance demeure pourtant. « Les habitants ont été réveillés par l'odeur, beaucoup ont eu peur. Ils ont besoin de réponses claires », a résumé la maire de Saint-Priest, Nadia Ferhat.

Reste la prévention. Les installations de ce type relèvent de la réglementation des installations classées pour la protection de l'environnement, qui impose notamment des limites de hauteur et de volume des stocks, des distances entre îlots et des dispositifs de détection. Les inspecteurs constatent pourtant régulièrement des stocks qui débordent, surtout lorsque les débouchés du recyclage se tassent et que les balles s'accumulent faute d'acheteurs.

Les professionnels plaident pour des mesures simples : caméras thermiques capables de repérer un point chaud avant qu'il ne s'enflamme, détection automatique couplée à des systèmes d'extinction, meilleure information du public sur le tri des piles et des batteries. Certaines collectivités ont déjà lancé des campagnes en ce sens.

Recyval, qui emploie 45 salariés sur le site et avait déjà connu un départ de feu en 2022, a promis de coopérer pleinement avec les enquêteurs du parquet de Lyon. L'enquête dira ce qui s'est passé dimanche soir. Elle ne dira pas pourquoi, d'un bout à l'autre du pays, ces entrepôts continuent de brûler.
`,
    },
  ],
};
