// Story 2 (en): bird flu outbreak on a layer farm in Barneveld, Netherlands.
// TWO independent wire originals (Harbourline and Northgate) with the same ministry and union quotes,
// each with its own copies, plus independent reports by a brief wire, a local site and a trade analysis.
export default {
  story: 'gelderland-bird-flu',
  title: 'Bird flu at a Barneveld layer farm: about 212,000 birds culled in Gelderland',
  language: 'en',
  articles: [
    {
      n: 1, kind: 'original', source: 'harbourline-news', agency: 'Harbourline', style: 'curly',
      title: 'Dutch cull 212,000 birds after bird flu hits Barneveld layer farm',
      published: '2025-11-04T10:14:00Z', seen: 5,
      note: 'Wire A. Same ministry and union quotes as wire B (-2), written independently.',
      text: `
BARNEVELD, Netherlands, Nov 4 (Harbourline) — Dutch authorities began culling 96,000 laying hens at a farm in Barneveld on Tuesday after tests confirmed a highly pathogenic strain of bird flu, the agriculture ministry said, the country's third outbreak at a commercial farm since early October.

The H5N1 virus was confirmed late on Monday at the farm near the village of Kootwijkerbroek, in the heart of the Gelder Valley, the most densely farmed poultry area in the Netherlands. Three other poultry farms within one kilometre are also being cleared as a precaution, bringing the total number of birds to be culled to around 212,000.

"Culling is never a decision we take lightly, but it is the only way to stop the spread," ministry spokeswoman Femke de Roos said. The culls are being carried out by the Netherlands Food and Consumer Product Safety Authority (NVWA).

A 10-kilometre zone has been set up around the farm, in which the transport of poultry, eggs, manure and litter is banned. The zone contains 41 other poultry farms, which will be tested in the coming days.

"The virus is circulating in wild birds across the country, and the risk of further outbreaks this winter is very high," De Roos said. She said poultry farmers across the country must keep their birds indoors under a housing order in force since Oct. 20, and that a ban on poultry shows and markets would be extended until further notice.

The Dutch poultry farmers' union NVP said the outbreak was a heavy blow for an area that was hit hard in recent seasons. "For these families it is a disaster. Some of them had only just restocked after last year," NVP chairman Henk Willemsen said.

Farmers are compensated by the state for culled animals, but not for the income they lose while their sheds stand empty, which can take months.

The Netherlands is one of the world's largest egg exporters. Bird flu is not a food safety risk, according to the NVWA, and eggs and poultry meat can be eaten safely.

(Reporting by Marieke Jansen; Editing by Tom Ashby)
`,
    },
    {
      n: 2, kind: 'original', source: 'northgate-wire', agency: 'Northgate',
      title: 'Bird flu: Netherlands orders cull of 212,000 poultry in Gelderland',
      published: '2025-11-04T09:52:00Z', seen: 4,
      note: 'Wire B, first on the wire. Different structure and background from wire A; the four quotes are identical.',
      text: `
AMSTERDAM, Nov 4 (Northgate) - The Netherlands will cull around 212,000 chickens on four farms in the central province of Gelderland after a highly contagious strain of bird flu was detected in Barneveld, the agriculture ministry said on Tuesday.

It is the third outbreak of avian influenza on a Dutch commercial farm this autumn, as infections among wild birds rise across northern Europe during the autumn migration.

The H5N1 strain was found at a farm holding 96,000 laying hens. As a precaution, the authorities are also clearing three neighbouring farms within a radius of one kilometre, a ministry statement said.

"The virus is circulating in wild birds across the country, and the risk of further outbreaks this winter is very high," ministry spokeswoman Femke de Roos told reporters. "Culling is never a decision we take lightly, but it is the only way to stop the spread."

Transport of poultry, eggs and manure is banned in a 10-kilometre radius, an area with 41 poultry farms. Dutch poultry have been kept indoors since Oct. 20 under a nationwide housing order.

The Barneveld area, east of Utrecht, is home to one of the highest concentrations of poultry farms in Europe. Past outbreaks there have led to the culling of millions of birds; in 2003 around 30 million birds were culled across the country.

Henk Willemsen, chairman of the farmers' union NVP, said the cull would hit families who were still recovering from earlier outbreaks. "For these families it is a disaster. Some of them had only just restocked after last year," he said.

Exports of eggs and poultry from the restricted zone are suspended. Some importing countries may apply wider, regional bans, the ministry said.

The NVWA food safety authority said eating poultry meat and eggs poses no risk.

(Reporting by Pieter Smit; Editing by Ana Roldán)
`,
    },
    // ---- copies of wire A (Harbourline)
    {
      n: 3, kind: 'verbatim', from: 1, source: 'headlinefeed-net',
      published: '2025-11-04T10:31:00Z', seen: 6,
      note: 'Silent verbatim copy of wire A (the dateline is the only credit).',
    },
    {
      n: 4, kind: 'boilerplate', from: 1, source: 'dailyfeedhub', credit: 'Harbourline',
      published: '2025-11-04T10:02:00Z', firstSeen: '2025-11-04T10:49:00Z',
      note: 'Wrong feed clock: published 12 minutes before wire A, first seen 30 minutes after it. Padded copy of A, dated even before wire B.',
      pad: {
        related: ['Egg prices climb as avian flu cuts European flocks'],
        tags: 'bird flu, Netherlands, agriculture, H5N1',
      },
    },
    {
      n: 5, kind: 'edited', variant: 'trimmed', from: 1, source: 'agrinews-daily',
      published: '2025-11-04T11:20:00Z', seen: 15,
      paras: [0, 1, 2, 3], stripDateline: true,
      note: 'First four paragraphs of wire A, dateline stripped.',
    },
    {
      n: 6, kind: 'rewrite', variant: 'heavy', from: 1, source: 'trendpulse-news',
      title: 'Netherlands To Slaughter 212,000 Birds As Deadly Bird Flu Strikes Barneveld Farm',
      published: '2025-11-04T12:40:00Z', seen: 20,
      note: 'Content-farm rewrite of wire A: every sentence reworded, one paragraph split, quotes kept verbatim (they are also in wire B).',
      text: `
Authorities in the Netherlands started killing 96,000 egg-laying hens on a Barneveld farm on Tuesday once testing had confirmed a highly pathogenic form of avian influenza, according to the country's agriculture ministry. The outbreak is the third to hit a Dutch commercial farm since the start of October.

Confirmation of the H5N1 virus came late Monday at the site close to Kootwijkerbroek village. The farm lies at the centre of the Gelder Valley, which has the densest concentration of poultry farming anywhere in the Netherlands.

As a precautionary step, three additional poultry farms located within a kilometre are being emptied too, which pushes the overall number of birds set to be destroyed to roughly 212,000. The Netherlands Food and Consumer Product Safety Authority (NVWA) is in charge of carrying out the culls.

"Culling is never a decision we take lightly, but it is the only way to stop the spread," stated ministry spokeswoman Femke de Roos.

Officials have put in place a 10-kilometre zone surrounding the farm, inside which moving poultry, eggs, manure or litter is prohibited. Some 41 other poultry farms sit inside the zone and will undergo testing over the coming days.

"The virus is circulating in wild birds across the country, and the risk of further outbreaks this winter is very high," De Roos added. Poultry farmers nationwide are required to keep birds indoors under a housing order that has applied since Oct. 20, she noted, adding that the ban on poultry shows and markets will be extended until further notice.

For the NVP, the union representing Dutch poultry farmers, the outbreak represents a severe setback for a region that suffered badly in previous seasons. "For these families it is a disaster. Some of them had only just restocked after last year," said NVP chairman Henk Willemsen.

While the state compensates farmers for culled animals, it does not cover the income lost while sheds sit empty, a period that can stretch over months.

The Netherlands ranks among the largest egg exporters in the world. According to the NVWA, bird flu does not pose a food safety risk, meaning eggs and poultry meat remain safe to eat.
`,
    },
    // ---- copies of wire B (Northgate)
    {
      n: 7, kind: 'verbatim', from: 2, source: 'newsdrop-today', credit: 'Northgate',
      published: '2025-11-04T10:05:00Z', seen: 4,
      note: 'Verbatim copy of wire B; the dateline "(Northgate)" is the credit. Seen before wire A was published.',
    },
    {
      n: 8, kind: 'boilerplate', from: 2, source: 'worldnewsroom-live', credit: 'Northgate',
      published: '2025-11-04T10:40:00Z', seen: 12,
      pad: {
        photo: 'Laying hens in a Dutch barn, file image',
        related: ['Poland reports bird flu at turkey farm near Poznan', 'What the H5N1 wave means for your Christmas turkey', 'EU ministers discuss poultry vaccination rules'],
      },
      note: 'Padded copy of wire B; the site credits no one in the text beyond the dateline.',
    },
    {
      n: 9, kind: 'edited', from: 2, source: 'farmers-ledger', credit: 'Northgate',
      title: 'Dutch bird flu cull: UK keepers urged to step up biosecurity',
      published: '2025-11-04T13:30:00Z', seen: 25,
      note: 'Trade-paper desk edit of wire B: new headline and lead, dateline dropped, UK angle with a new quote, background and safety paragraphs cut, "With reporting by Northgate" sign-off.',
      paras: [
        `Poultry keepers in Britain have been urged to review their biosecurity after the Netherlands ordered the cull of around 212,000 chickens on four farms in Gelderland following an outbreak of highly pathogenic bird flu.`,
        1, 2, 3, 4, 6,
        `Norfolk egg producer Graham Tillett, who keeps 60,000 free-range hens near Swaffham, said the Dutch outbreak was a reminder that the migration season had arrived. "Wild birds don't stop at the North Sea. We've got footbaths and netting ready, and we'll be housing the birds the moment we're told to," he said.`,
        7,
        `With reporting by Northgate.`,
      ],
      replace: [['Henk Willemsen, chairman of the farmers\' union NVP,', 'Henk Willemsen, chairman of the Dutch farmers\' union NVP,']],
    },
    {
      n: 10, kind: 'rewrite', variant: 'heavy', from: 2, source: 'newsbeat247', credit: 'Northgate',
      title: 'Bird flu outbreak: 212,000 chickens to be killed on four Dutch farms',
      published: '2025-11-04T11:50:00Z', seen: 9,
      note: 'Aggregator rewrite of wire B: credits Northgate, merges paragraphs, the ministry quotes turned into indirect speech, the union quote kept verbatim.',
      text: `
Around 212,000 chickens on four farms in Gelderland, in the central Netherlands, are to be culled after a highly contagious bird flu strain turned up in Barneveld, Northgate reported on Tuesday, citing the Dutch agriculture ministry.

This marks the third avian influenza outbreak at a Dutch commercial farm so far this autumn, coming as more and more wild birds across northern Europe become infected during their seasonal migration. The H5N1 virus was identified on a farm with 96,000 laying hens, and according to the ministry three nearby farms inside a one-kilometre radius are being cleared as well as a precaution.

Speaking to reporters, ministry spokeswoman Femke de Roos warned that the virus was circulating among wild birds nationwide and that the chance of more outbreaks over the winter was very high. Culling, she said, was never taken lightly but remained the only way to halt the spread.

Within 10 kilometres of the farm, an area containing 41 poultry farms, poultry, eggs and manure may not be transported. A nationwide housing order has kept Dutch birds indoors since Oct. 20.

Barneveld, which lies east of Utrecht, has one of Europe's densest clusters of poultry farms, and earlier outbreaks in the area have seen millions of birds destroyed. In 2003, roughly 30 million birds were culled across the Netherlands.

"For these families it is a disaster. Some of them had only just restocked after last year," said Henk Willemsen, who chairs the NVP farmers' union, adding that the cull would hurt families still recovering from previous outbreaks.

Egg and poultry exports from inside the restricted zone have been halted, and the ministry cautioned that some buyer countries might introduce broader regional bans. Eating poultry meat and eggs carries no risk, the NVWA food safety authority said.
`,
    },
    {
      n: 11, kind: 'rewrite', variant: 'light', from: 2, source: 'the-daily-digestor',
      title: 'Netherlands to cull 212,000 chickens after bird flu found in Barneveld',
      published: '2025-11-04T12:15:00Z', seen: 18,
      paras: [0, 1, 2, 3, 4, 5, 6, 7, 8], stripDateline: true,
      note: 'Light rewrite of wire B: six sentences reworded, the rest word for word, sign-off dropped.',
      reword: [
        ['It is the third outbreak of avian influenza on a Dutch commercial farm this autumn, as infections among wild birds rise across northern Europe during the autumn migration.', 'This is the third time this autumn that avian influenza has been found on a Dutch commercial farm, with infections in wild birds climbing across northern Europe as they migrate.'],
        ['As a precaution, the authorities are also clearing three neighbouring farms within a radius of one kilometre, a ministry statement said.', 'Three neighbouring farms within one kilometre are also being cleared as a precaution, according to a ministry statement.'],
        ['Transport of poultry, eggs and manure is banned in a 10-kilometre radius, an area with 41 poultry farms.', 'A ban on moving poultry, eggs and manure applies within 10 kilometres, an area that includes 41 poultry farms.'],
        ['Past outbreaks there have led to the culling of millions of birds; in 2003 around 30 million birds were culled across the country.', 'Millions of birds have been culled there in earlier outbreaks, and about 30 million were destroyed nationwide in 2003.'],
        ['Some importing countries may apply wider, regional bans, the ministry said.', 'The ministry warned that some importing countries could impose wider regional bans.'],
        ['The NVWA food safety authority said eating poultry meat and eggs poses no risk.', 'According to the NVWA food safety authority, poultry meat and eggs are safe to eat.'],
      ],
    },
    // ---- independents
    {
      n: 12, kind: 'independent', variant: 'brief', source: 'europress-bulletin', agency: 'EuroPress Bulletin (EPB)',
      title: 'Netherlands confirms bird flu at Barneveld farm, 212,000 birds to be culled',
      published: '2025-11-04T09:40:00Z', seen: 3,
      note: 'Third wire\'s brief, first of all: same numbers, one of the same quotes.',
      text: `
THE HAGUE, Nov 4 (EPB) - Dutch authorities have confirmed an outbreak of H5N1 bird flu at a laying-hen farm in Barneveld, in Gelderland province, and will cull its 96,000 hens, the agriculture ministry said on Tuesday.

Three neighbouring farms within one kilometre will also be cleared, bringing the total to about 212,000 birds. A 10-km transport ban is in place around the farm.

"The virus is circulating in wild birds across the country, and the risk of further outbreaks this winter is very high," ministry spokeswoman Femke de Roos said.

It is the third outbreak on a Dutch commercial farm this season. Poultry across the country have been kept indoors since Oct. 20. (EPB)
`,
    },
    {
      n: 13, kind: 'independent', source: 'lowlands-post', agency: 'Lowlands Post',
      title: 'Bird flu at Kootwijkerbroek farm: 212,000 birds to be culled, transport ban around Barneveld',
      published: '2025-11-04T13:10:00Z', seen: 14,
      note: 'Local English-language site: own reporting at the farm, the same three quotes word for word, same numbers, different order.',
      text: `
Bird flu has been confirmed at a laying-hen farm in Kootwijkerbroek, in the municipality of Barneveld, the agriculture ministry said on Tuesday morning. All 96,000 hens on the farm will be killed, and three other farms within a kilometre are being cleared as a precaution.

In total, around 212,000 birds will be culled. Teams from the food safety authority NVWA arrived at the farm early on Tuesday, with lorries carrying gas containers lined up along the narrow road to the sheds.

Residents watched from behind police tape. "You hear the trucks and you know what it means," said one neighbour, who did not want to be named. "Everyone here has a cousin or a brother in poultry."

It is the third outbreak at a Dutch commercial farm this season. Ministry spokeswoman Femke de Roos said: "The virus is circulating in wild birds across the country, and the risk of further outbreaks this winter is very high."

A transport ban is in force in a 10-kilometre zone around the farm, covering 41 other poultry farms. Those farms will be tested in the coming days. Poultry have had to be kept indoors across the country since 20 October.

Barneveld alderman Gerrit van Dijk said the municipality was in contact with the affected families and had opened a helpline for farmers. "These are people we know by name," he said. "The mental strain of a cull is enormous, and it does not end when the trucks leave."

The poultry farmers' union NVP said several farms in the area had only recently restocked after last winter's outbreaks. "For these families it is a disaster. Some of them had only just restocked after last year," chairman Henk Willemsen said.

The ministry repeated that culling was unavoidable. "Culling is never a decision we take lightly, but it is the only way to stop the spread," De Roos said.

Eating eggs and chicken remains safe, the NVWA says.
`,
    },
    {
      n: 14, kind: 'independent', variant: 'analysis', source: 'the-farming-review', agency: 'The Farming Review',
      title: 'Analysis: Why the Gelder Valley keeps catching bird flu, and why culling alone will not end it',
      published: '2025-11-05T07:00:00Z', seen: 35,
      note: 'Long analysis the next morning: all three key quotes and all the numbers of both wires, in a different structure.',
      text: `
When the lorries rolled into Kootwijkerbroek on Tuesday, the scene was grimly familiar to anyone who has followed Dutch poultry farming over the past two decades. A layer farm with 96,000 hens, a positive H5N1 test, three neighbours cleared within a kilometre, a 10-kilometre transport ban: by the time the Dutch agriculture ministry had finished its announcement, around 212,000 birds were scheduled to die.

It is the third outbreak at a Dutch commercial farm this autumn, and it is unlikely to be the last. "The virus is circulating in wild birds across the country, and the risk of further outbreaks this winter is very high," ministry spokeswoman Femke de Roos said on Tuesday. That is not alarmism. It is the pattern of the past five seasons.

Geography is the first part of the explanation. The Gelder Valley, the strip of low, wet land between the Veluwe and the Utrecht Hill Ridge, holds one of the densest concentrations of poultry in Europe. Within the 10-kilometre zone drawn around Tuesday's farm sit 41 other poultry businesses. Farms are close together, they share feed suppliers, egg collectors and vets, and the lorries that link them use the same narrow roads.

The second part is ecology. The valley is criss-crossed with ditches and wet meadows that draw wild ducks and geese every autumn. Since the H5N1 lineage known as clade 2.3.4.4b became entrenched in wild birds, the virus no longer simply fades out in summer and returns with the migrants; it lingers. Housing orders, like the one in force across the Netherlands since Oct. 20, reduce contact with wild birds, but they cannot seal a shed against dust, rodents and muddy boots.

The policy response has barely changed. A confirmed infection triggers a cull of the farm, preventive culls of its neighbours, movement restrictions and testing. "Culling is never a decision we take lightly, but it is the only way to stop the spread," De Roos said, repeating a line Dutch officials have used in one form or another for years.

Farmers increasingly question the second half of that sentence. Compensation covers the animals but not the months of lost income while sheds stand empty and are cleaned, disinfected and inspected before restocking is allowed. For some families in the valley, Tuesday's cull will be the second or the third. "For these families it is a disaster. Some of them had only just restocked after last year," NVP chairman Henk Willemsen said.

The obvious alternative is vaccination, and the Netherlands has moved further towards it than most of its neighbours. Field trials on layer farms have tested whether vaccinated hens can be monitored closely enough to prove they are not silently spreading the virus. France, which has vaccinated its ducks since the autumn of 2023, offers a large-scale example, although its dealings with trading partners show the cost: some importing countries restricted French poultry after the campaign began.

That trade question matters more to the Netherlands than to almost anyone. The country is one of the world's largest egg exporters, and export certificates depend on disease-free status. Vaccination complicates that status. Repeated culls protect it, at the price of the farms that are culled.

There are smaller levers too. Lower farm densities in new permits, compensation for the empty months, stricter hygiene rules for shared transport and support for farmers who move outdoor flocks to less exposed land all appear in policy papers. None of them will work quickly.

In the meantime, the calendar is the enemy. Wild-bird migration peaks in November, and last winter's outbreaks ran into February. Until then, the answer to an outbreak in the Gelder Valley will look the way it looked on Tuesday: a test, a cull and a ring of roadblocks.
`,
    },
  ],
};
