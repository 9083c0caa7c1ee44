// Story 1 (en): E. coli found in a small Ontario town's water; boil-water advisory.
// The original is the town's own press release (press office). The local paper, a radio station
// and a national wire report the same news conference independently, with the same quotes.
export default {
  story: 'harwick-boil-water',
  title: 'E. coli found in Harwick water supply; boil-water advisory for 14,200 residents',
  language: 'en',
  articles: [
    {
      n: 1, kind: 'original', source: 'harwick-town-news', agency: 'Town of Harwick (Corporate Communications)',
      title: 'Boil-water advisory issued for north and central Harwick',
      published: '2025-06-10T15:42:00Z', seen: 6,
      note: 'Press-office original: a municipal press release, with a media-contact paragraph at the end.',
      text: `
HARWICK, ON – The Town of Harwick, in consultation with Grand Valley Public Health, has issued a precautionary boil-water advisory for all properties in the North and Central water pressure zones, effective immediately. The advisory affects about 14,200 residents and 310 businesses. Properties in the South zone, including the Harwick Industrial Park, are not affected.

The advisory was issued after routine samples taken on Monday, June 9, detected E. coli bacteria at the Cedar Street reservoir and at a sampling hydrant on Mill Road. Total coliform bacteria were also found in a third sample taken at Harwick Public School.

Staff believe the contamination is linked to a watermain break on Mill Road on Sunday, June 8, which caused a temporary loss of pressure in the system. The break was repaired on Sunday evening. Crews have since raised chlorine levels at the Cedar Street pumping station and begun flushing watermains in both zones.

"I know this is a real inconvenience for families, and I am sorry for it," said Mayor Denise Okafor-Lund. "But we will not take chances with people's health."

Residents in the affected zones should not drink tap water without boiling it first. "Bring water to a rolling boil for at least one minute before you drink it, cook with it, brush your teeth with it or make baby formula," said Dr. Priya Raman, Medical Officer of Health for Grand Valley Public Health. Tap water may be used for bathing and showering, but young children should be sponge-bathed to avoid swallowing water.

Free bottled water will be available at the Harwick Community Centre, 25 Lakeview Drive, from 2 p.m. to 8 p.m. today and from 9 a.m. to 8 p.m. for the rest of the week, up to four litres per person per day. Residents who cannot leave their homes can request a delivery by calling 519-555-0142.

"Our crews will be flushing hydrants through the night, so residents may see some discoloured water. That is expected," said Martin Gallant, the Town's Director of Public Works.

The advisory will stay in place until two consecutive sets of samples, taken at least 24 hours apart, show no bacteria. The Town expects that to take until Friday at the earliest. Updates will be posted at harwick.ca/water and on the Town's social media channels.

Media contact: Leah Brody, Communications Officer, Town of Harwick, 519-555-0100 ext. 221, media@harwick.ca
`,
    },
    {
      n: 2, kind: 'edited', variant: 'update', from: 1, source: 'harwick-town-news',
      title: 'UPDATED: Boil-water advisory for north and central Harwick – second water pickup site added',
      published: '2025-06-10T20:15:00Z', seen: 7,
      note: 'Same-source update: the press office re-issues its release with an update block on top and one changed line.',
      paras: [
        `UPDATE (4:10 p.m.): A second bottled water pickup site has opened at St. Brigid's Parish Hall, 140 Queen Street North, from 4 p.m. to 8 p.m. today. Grand Valley Public Health has also confirmed that restaurants and food premises in the affected zones may stay open if they use boiled or bottled water for drinking, cooking and ice.`,
        0, 1, 2, 3, 4, 5, 6, 7, 8,
      ],
      replace: [['from 2 p.m. to 8 p.m. today and from 9 a.m.', 'from 2 p.m. to 8 p.m. today (St. Brigid\'s Parish Hall from 4 p.m.) and from 9 a.m.']],
    },
    {
      n: 3, kind: 'verbatim', from: 1, source: 'ontario-headlines-net',
      published: '2025-06-10T16:20:00Z', seen: 9,
      note: 'Silent verbatim repost of the press release, media contact included.',
    },
    {
      n: 4, kind: 'boilerplate', from: 1, source: 'civicpost-network', credit: 'Town of Harwick',
      published: '2025-06-10T17:02:00Z', seen: 14,
      pad: { midAt: 4 },
    },
    {
      n: 5, kind: 'edited', variant: 'trimmed', from: 1, source: 'newsdrop-today',
      published: '2025-06-10T16:05:00Z', seen: 11,
      paras: [0, 1, 2], stripDateline: true,
      note: 'First three paragraphs, dateline stripped: no quotes left.',
    },
    {
      n: 6, kind: 'edited', from: 1, source: 'the-brantmoor-sentinel',
      title: 'Harwick under boil-water advisory after E. coli found; Brantmoor water unaffected',
      published: '2025-06-10T18:30:00Z', seen: 22,
      note: 'Neighbouring paper: new headline and lead, local-angle paragraph, mayor, Gallant and media contact cut, paragraphs reordered, a few words changed.',
      paras: [
        `Residents of north and central Harwick are being told to boil their tap water after routine tests found E. coli in the town's system, Harwick officials said Tuesday.`,
        `The advisory does not apply in Brantmoor Township, which draws its water from the Linden Creek wells and runs a separate distribution system. Brantmoor utilities manager Colin Avery said Tuesday the township's latest samples, taken Monday, were clean, and that Brantmoor has offered Harwick the use of its water trailer if needed.`,
        1, 4, 2, 5, 7,
      ],
      replace: [
        ['Staff believe the contamination', 'Harwick staff believe the contamination'],
        ['The Town expects that to take until Friday at the earliest. Updates will be posted at harwick.ca/water and on the Town\'s social media channels.', 'Harwick officials expect that to take until Friday at the earliest.'],
        ['Residents in the affected zones should not', 'Residents of the two zones should not'],
      ],
    },
    {
      n: 7, kind: 'rewrite', variant: 'light', from: 1, source: 'the-daily-digestor',
      title: 'Harwick residents told to boil water after E. coli detected',
      published: '2025-06-10T19:05:00Z', seen: 18,
      note: 'Light rewrite: dateline and media contact dropped, six sentences reworded, the rest word for word.',
      paras: [0, 1, 2, 3, 4, 5, 6, 7], stripDateline: true,
      reword: [
        ['The advisory affects about 14,200 residents and 310 businesses.', 'Roughly 14,200 residents and 310 businesses are covered by it.'],
        ['The break was repaired on Sunday evening.', 'Crews fixed the break the same evening.'],
        ['Residents in the affected zones should not drink tap water without boiling it first.', 'Anyone living in the two zones is being told to boil tap water before drinking it.'],
        ['Residents who cannot leave their homes can request a delivery by calling 519-555-0142.', 'People unable to leave home can have water dropped off by calling 519-555-0142.'],
        ['The Town expects that to take until Friday at the earliest.', 'Officials said that is unlikely to happen before Friday.'],
        ['Updates will be posted at harwick.ca/water and on the Town\'s social media channels.', 'The town is posting updates at harwick.ca/water.'],
      ],
    },
    {
      n: 8, kind: 'rewrite', variant: 'heavy', from: 1, source: 'trendpulse-news',
      title: 'E. Coli Discovered In Harwick Water System, Thousands Told To Boil Water Before Use',
      published: '2025-06-10T21:12:00Z', seen: 31,
      note: 'Content-farm rewrite: every sentence paraphrased, paragraph order kept, mayor quote kept verbatim, health officer and works director turned into indirect speech.',
      text: `
Around 14,200 residents together with 310 businesses in Harwick, Ontario, have been placed under a precautionary boil-water advisory covering the municipality's North and Central pressure zones, which took effect right away. The decision was made by the town jointly with Grand Valley Public Health, officials announced. The South zone, which includes the Harwick Industrial Park, is not part of the advisory.

E. coli bacteria turned up in routine testing carried out on Monday, June 9, both at the Cedar Street reservoir and at a Mill Road sampling hydrant, according to the town. A third sample, collected at Harwick Public School, also contained total coliform bacteria.

Town staff suspect that the contamination stems from a Mill Road watermain rupture on Sunday, June 8, that led the system to briefly lose pressure. That rupture was fixed the same evening. Since then, chlorine levels at the Cedar Street pumping station have been increased and workers have started flushing the mains across both zones.

Mayor Denise Okafor-Lund acknowledged the disruption. "I know this is a real inconvenience for families, and I am sorry for it," she said. "But we will not take chances with people's health."

Dr. Priya Raman, who serves as Medical Officer of Health for Grand Valley Public Health, advised people to bring their water to a rolling boil for a minimum of one minute before using it for drinking, cooking, brushing teeth or preparing infant formula. While showering and bathing with tap water is fine, small children ought to be sponge-bathed so they do not swallow any of it.

Bottled water is being handed out at no cost at the Harwick Community Centre at 25 Lakeview Drive, between 2 p.m. and 8 p.m. on Tuesday and between 9 a.m. and 8 p.m. for the remainder of the week. Each person can collect a maximum of four litres daily. Those unable to leave home may phone 519-555-0142 to arrange a delivery.

Martin Gallant, who heads public works for the town, warned that hydrant flushing would go on overnight and that discoloured water could show up in some homes, something he described as expected.

The advisory is to remain until two back-to-back rounds of sampling, taken no less than 24 hours apart, come back free of bacteria, which the town does not anticipate before Friday at the earliest. Residents can follow updates at harwick.ca/water.
`,
    },
    {
      n: 9, kind: 'rewrite', variant: 'heavy', from: 1, source: 'newsbeat247', credit: 'Town of Harwick',
      title: 'Ontario town issues boil-water notice after E. coli found in reservoir',
      published: '2025-06-10T22:40:00Z', seen: 12,
      note: 'Aggregator rewrite: attributes the town statement, merges and reorders paragraphs, all quotes turned into indirect speech; facts and numbers kept.',
      text: `
A boil-water advisory is now in effect for the North and Central zones of Harwick, Ontario, after tests found E. coli in the town's water, according to a statement from the Town of Harwick.

The bacteria were picked up in samples taken Monday at the Cedar Street reservoir and at a hydrant on Mill Road, the statement said, while a sample from Harwick Public School tested positive for total coliforms. Around 14,200 people and 310 businesses are in the affected area; the South zone and the Harwick Industrial Park are excluded.

Officials think a loss of pressure caused by Sunday's watermain break on Mill Road, which was repaired that night, let the bacteria in. More chlorine is being added at the Cedar Street pumping station and the mains in both zones are being flushed.

According to Grand Valley Public Health's Dr. Priya Raman, water should be brought to a rolling boil for at least a minute before it is used to drink, cook, brush teeth or mix baby formula. Mayor Denise Okafor-Lund apologised to families for the inconvenience but said the town would not take chances with public health.

Residents can pick up as much as four litres of free bottled water a day at the Harwick Community Centre (25 Lakeview Drive), from 2 to 8 p.m. on Tuesday and from 9 a.m. to 8 p.m. the rest of the week, or call 519-555-0142 for home delivery. Public works director Martin Gallant said overnight hydrant flushing may leave tap water discoloured.

The notice will be lifted only once two consecutive sets of samples at least 24 hours apart come back clean, which the town said would not happen before Friday.
`,
    },
    {
      n: 10, kind: 'independent', variant: 'brief', source: 'ckhr-radio', agency: 'CKHR 98.1 News',
      title: 'Boil-water advisory for much of Harwick',
      published: '2025-06-10T15:31:00Z', seen: 5,
      note: 'Radio brief posted eleven minutes before the press release, from the health unit\'s early notice; same numbers and places.',
      text: `
Harwick residents in the North and Central parts of town are being told to boil their water.

CKHR News has learned E. coli was found in samples taken Monday, including at the Cedar Street reservoir. Grand Valley Public Health says water should be boiled for at least one minute before drinking, cooking or brushing teeth.

The advisory covers about 14,200 people. The South zone and the industrial park are not affected.

The town says free bottled water will be handed out at the Harwick Community Centre on Lakeview Drive starting at 2 this afternoon. A news conference is set for 1 p.m. at town hall. We will have more on this story as it develops, on air and at ckhr.ca.
`,
    },
    {
      n: 11, kind: 'independent', source: 'the-harwick-herald', agency: 'The Harwick Herald',
      title: "'We will not take chances': Harwick boils water as E. coli found after Mill Road break",
      published: '2025-06-10T18:05:00Z', seen: 9,
      note: 'Local paper at the same news conference: same mayor, health officer and works director quotes word for word, same numbers; own scene, interviews and structure.',
      text: `
By the time the doors opened at the Harwick Community Centre on Tuesday afternoon, about 40 people were already waiting in the parking lot for bottled water.

"I've got a six-month-old at home, so I'm not taking any chances," said Amira Haddad, who loaded two cases into the back of her car. "I found out from a neighbour's Facebook post."

The Town of Harwick and Grand Valley Public Health issued a boil-water advisory shortly before noon for the North and Central pressure zones, home to about 14,200 people and 310 businesses, after routine tests found E. coli at the Cedar Street reservoir and at a sampling hydrant on Mill Road.

At a news conference at town hall, Mayor Denise Okafor-Lund said the town was acting out of caution. "I know this is a real inconvenience for families, and I am sorry for it," she said. "But we will not take chances with people's health."

Dr. Priya Raman, the medical officer of health, told reporters: "We have no reports of illness linked to the water at this point." She repeated the health unit's main instruction: "Bring water to a rolling boil for at least one minute before you drink it, cook with it, brush your teeth with it or make baby formula."

Asked why the advisory came a day after the samples were taken, public works director Martin Gallant said the results from an accredited lab only arrived at 9:30 a.m. Tuesday. He tied the problem to Sunday's watermain break on Mill Road, which drained pressure from part of the system for about three hours.

"Our crews will be flushing hydrants through the night, so residents may see some discoloured water. That is expected," Gallant said.

Several downtown restaurants had taped handwritten signs to their doors by mid-afternoon. At the Riverside Diner on Queen Street, owner Tom Kowalczyk said he had switched to bottled water for coffee and was boiling everything else. "It's a Tuesday, so we'll manage. If this goes into the weekend, that's a different story," he said.

The advisory will remain until two consecutive rounds of clean samples, taken at least 24 hours apart. Officials said that would be Friday at the earliest.
`,
    },
    {
      n: 12, kind: 'independent', source: 'northgate-wire', agency: 'Northgate',
      title: 'Ontario town of Harwick told to boil water after E. coli found',
      published: '2025-06-10T17:26:00Z', seen: 4,
      note: 'National wire at the same news conference: same quotes (one as a partial quote), same numbers, adds provincial background.',
      text: `
HARWICK, Ont., June 10 (Northgate) - About 14,200 people in the southwestern Ontario town of Harwick were told on Tuesday to boil their drinking water after routine tests found E. coli bacteria in the municipal system.

The town said the bacteria were detected in samples taken on Monday at the Cedar Street reservoir and at a hydrant on Mill Road. Officials suspect the contamination entered the network when a watermain break on Sunday caused a drop in pressure.

"I know this is a real inconvenience for families, and I am sorry for it," Mayor Denise Okafor-Lund said at a news conference. "But we will not take chances with people's health."

Dr. Priya Raman, medical officer of health for Grand Valley Public Health, said no illnesses had been reported. Residents should "bring water to a rolling boil for at least one minute before you drink it, cook with it, brush your teeth with it or make baby formula," she said.

The advisory covers the town's North and Central pressure zones, including 310 businesses. The town is handing out bottled water at its community centre.

Ontario tightened its drinking-water testing rules after the 2000 Walkerton tragedy, in which E. coli in a town's water supply killed seven people and sickened about 2,300. An advisory can be lifted only after two consecutive sets of samples, taken at least 24 hours apart, come back clean.

Harwick officials said that was unlikely before Friday. Public works crews were raising chlorine levels and flushing water mains, the town said, and residents might notice discoloured water overnight.

(Reporting by Dana Whitcombe; Editing by Paul Serrano)
`,
    },
    {
      n: 13, kind: 'independent', variant: 'follow-up', source: 'harwick-town-news', agency: 'Town of Harwick (Corporate Communications)',
      title: 'Boil-water advisory update: first round of samples clear; advisory remains in effect',
      published: '2025-06-11T19:30:00Z', seen: 8,
      note: 'Same press office, next day, new release with new content. Shares the dateline style, a repeated quote fragment and the identical media-contact paragraph.',
      text: `
HARWICK, ON – The first of two required rounds of water samples taken after Tuesday's boil-water advisory has come back clear of bacteria, the Town of Harwick said Wednesday. The advisory for the North and Central water pressure zones remains in effect.

Crews collected 18 samples across both zones on Tuesday evening, including at the Cedar Street reservoir and on Mill Road. A second round will be collected Wednesday evening. If those results are also clear, Grand Valley Public Health could lift the advisory on Friday.

"This is good news, but it is only half of what we need," said Martin Gallant, the Town's Director of Public Works. "Please keep boiling your water until you hear from us."

Since Tuesday, Town staff and volunteers have handed out more than 21,000 litres of bottled water and made 146 home deliveries. The pickup site at St. Brigid's Parish Hall will close Wednesday at 8 p.m. because of low demand; the Harwick Community Centre site remains open from 9 a.m. to 8 p.m.

Grand Valley Public Health said it has received no reports of illness linked to the water.

Once the advisory is lifted, residents should run cold taps for five minutes, empty and clean ice makers, and replace the filters in fridges and water jugs. Detailed instructions are posted at harwick.ca/water.

Mayor Denise Okafor-Lund thanked residents and businesses for their patience. "I know this is a real inconvenience for families, and I want to thank everyone who has checked on a neighbour," she said.

Media contact: Leah Brody, Communications Officer, Town of Harwick, 519-555-0100 ext. 221, media@harwick.ca
`,
    },
    {
      n: 14, kind: 'verbatim', from: 6, source: 'headlinefeed-net',
      published: '2025-06-10T19:48:00Z', seen: 16,
      note: 'Copy of a copy: silent verbatim repost of the Brantmoor Sentinel edit (via).',
    },
  ],
};
