// Story 3 (en): a Scottish start-up's rocket fails 74 seconds after launch from Shetland.
// Wire original (LPA) with a same-source update and a next-day follow-up by the same agency.
export default {
  story: 'vireo-launch',
  title: 'Skarra Vireo-2 rocket destroyed 74 seconds after lift-off from SaxaVord, Shetland',
  language: 'en',
  articles: [
    {
      n: 1, kind: 'original', source: 'lantern-press', agency: 'Lantern Press Association (LPA)',
      title: "Skarra's Vireo-2 rocket fails 74 seconds into first orbital attempt from Shetland",
      published: '2025-08-21T12:58:00Z', seen: 4,
      text: `
UNST, Shetland, Aug 21 (LPA) - A rocket built by Scottish start-up Skarra Launch Systems was destroyed 74 seconds after lifting off from the SaxaVord Spaceport on Thursday, ending the company's attempt at the first vertical orbital launch from British soil.

The 21-metre Vireo-2 lifted off at 1:12 p.m. (1212 GMT) from the spaceport on the island of Unst, the northernmost inhabited island in the United Kingdom. Its flight termination system was triggered at an altitude of about 19 kilometres after an engine problem, and debris fell into the sea inside a pre-declared hazard area roughly 30 kilometres north-east of the island, the company said.

No one was injured. HM Coastguard said it had been informed and that a vessel was monitoring the area.

"This is not the day we wanted, but it is the day we trained for," chief executive Alasdair Menzies told reporters at the spaceport. "We got a huge amount of data in 74 seconds, and we will be back on the pad."

Chief engineer Ingrid Solberg said early telemetry pointed to the first stage. "Everything looked nominal until roughly T-plus 70 seconds, when we saw a drop in chamber pressure on two of the nine engines," she said.

The rocket was carrying two small satellites: an ocean-monitoring demonstrator for Norwegian firm Havblikk AS and a cubesat built by a student team in Aberdeen. Both were lost.

Skarra, founded in 2019 in Forres, Moray, has raised about 48 million pounds from investors. It holds a launch licence from the Civil Aviation Authority, which regulates UK spaceflight. The company did not say when it would try again.

"Setbacks are part of developing any new launch vehicle," a UK Space Agency spokesperson said. "We will support Skarra and the regulator as they review what happened."

Several hundred people watched the launch from viewing areas on Unst, some of whom had travelled from mainland Scotland and Norway.

(Reporting by Callum Reid; Editing by Sara Okonjo)
`,
    },
    {
      n: 2, kind: 'edited', variant: 'update', from: 1, source: 'lantern-press',
      title: 'UPDATE 1-Skarra rocket fails 74 seconds into flight; UK regulator to review',
      published: '2025-08-21T15:20:00Z', seen: 4,
      note: 'Same-source update: new lead, "(Adds ...)" line, two new paragraphs, coastguard paragraph replaced, the rest unchanged.',
      paras: [
        '(Adds regulator statement, coastguard details on debris)',
        `UNST, Shetland, Aug 21 (LPA) - Britain's Civil Aviation Authority said on Thursday it would review the failure of Skarra Launch Systems' Vireo-2 rocket, which was destroyed 74 seconds after lifting off from the SaxaVord Spaceport on what the company hoped would be the first vertical orbital launch from British soil.`,
        1,
        `The CAA said in a statement that the rocket's flight termination system had "operated as designed" and that it would work with Skarra to establish the cause before any further launch was licensed.`,
        `HM Coastguard said debris had fallen within the hazard area and that no vessels or aircraft had been affected. A fishery protection vessel was monitoring the zone, and Skarra said it would try to recover parts of the first stage. No one was injured.`,
        3, 4, 5, 6, 7, 8, 9,
      ],
    },
    {
      n: 3, kind: 'verbatim', from: 1, source: 'headlinefeed-net',
      published: '2025-08-21T13:10:00Z', seen: 6,
    },
    {
      n: 4, kind: 'boilerplate', from: 1, source: 'dailyfeedhub', credit: 'Lantern Press',
      published: '2025-08-21T13:34:00Z', seen: 9,
      pad: { related: ['UK spaceports: where Britain hopes to launch from next'], tags: 'space, Scotland, Shetland, rockets', midAt: 4 },
    },
    {
      n: 5, kind: 'edited', variant: 'trimmed', from: 1, source: 'newsdrop-today', credit: 'LPA',
      published: '2025-08-21T13:25:00Z', seen: 5,
      paras: [0, 1, 2, 3],
      note: 'First four paragraphs, dateline kept.',
    },
    {
      n: 6, kind: 'edited', from: 1, source: 'northeast-clarion',
      title: "Aberdeen students' satellite lost as Shetland rocket fails",
      published: '2025-08-21T16:45:00Z', seen: 20,
      note: 'Local-angle desk edit: new headline and lead, new local paragraph with new quotes, paragraphs reordered, payload, government and spectator paragraphs cut, GMT time removed.',
      paras: [
        `A satellite built by students in Aberdeen was one of two payloads lost on Thursday when a Scottish rocket was destroyed 74 seconds after lifting off from Shetland.`,
        `The shoebox-sized cubesat, named Brochan-1, took a team of 14 engineering students almost two years to build. Team leader Kirsty Leask, 22, watched the launch on a livestream in the university library with around 60 classmates. "There was a huge cheer at lift-off and then just silence," she said. "We're gutted, but we'll build another one."`,
        1, 3, 4, 2, 6,
      ],
      replace: [
        ['lifted off at 1:12 p.m. (1212 GMT) from', 'lifted off at 1:12 p.m. from'],
        ['Skarra, founded in 2019 in Forres, Moray, has raised', 'Skarra, which was founded in 2019 in Forres, Moray, has raised'],
      ],
    },
    {
      n: 7, kind: 'verbatim', from: 6, source: 'scotnews-feed',
      published: '2025-08-21T17:30:00Z', seen: 12,
      note: 'Copy of a copy: verbatim repost of the Northeast Clarion edit (via).',
    },
    {
      n: 8, kind: 'rewrite', variant: 'heavy', from: 1, source: 'trendpulse-news',
      title: 'Scottish Rocket Vireo-2 Explodes Just 74 Seconds After Launch From Shetland Spaceport',
      published: '2025-08-21T15:05:00Z', seen: 25,
      note: 'Content-farm rewrite: each sentence reworded, paragraph order kept, CEO and engineer quotes verbatim, government quote made indirect.',
      text: `
A rocket developed by the Scottish startup Skarra Launch Systems was lost 74 seconds into its flight after it took off from SaxaVord Spaceport on Thursday, bringing an end to the firm's bid to achieve the first vertical orbital launch from UK soil.

The Vireo-2, which stands 21 metres tall, left the pad at 1:12 p.m. from the spaceport on Unst, the most northerly inhabited island in Britain. After an engine issue, the vehicle's flight termination system was activated at a height of around 19 kilometres. According to the company, the debris came down in the sea within a hazard area, declared in advance, located some 30 kilometres to the north-east of the island.

Nobody was hurt. HM Coastguard confirmed it had been notified and that a vessel was keeping watch over the area.

Speaking to reporters at the spaceport, chief executive Alasdair Menzies said: "This is not the day we wanted, but it is the day we trained for." He added: "We got a huge amount of data in 74 seconds, and we will be back on the pad."

Initial telemetry indicated a problem with the first stage, according to chief engineer Ingrid Solberg. "Everything looked nominal until roughly T-plus 70 seconds, when we saw a drop in chamber pressure on two of the nine engines," she explained.

On board were two small satellites, both of which were destroyed: a demonstrator designed to monitor the ocean for the Norwegian company Havblikk AS, and a cubesat that a team of students in Aberdeen had built.

Founded in Forres, Moray, in 2019, Skarra has so far secured roughly 48 million pounds in investment. The Civil Aviation Authority, which oversees spaceflight in the UK, granted the company its launch licence. No date has been given for a second attempt.

A spokesperson for the UK Space Agency said setbacks were part of the development of any new launch vehicle and that the agency would support Skarra and the regulator while they reviewed what had happened.

Several hundred spectators, including some who had made the trip from mainland Scotland and from Norway, followed the launch from viewing areas across Unst.
`,
    },
    {
      n: 9, kind: 'rewrite', variant: 'heavy', from: 1, source: 'techwave-daily', credit: 'LPA',
      title: "Vireo-2 lost at T+74s: what we know about Skarra's failed orbital debut",
      published: '2025-08-21T14:10:00Z', seen: 15,
      note: 'Tech-blog rewrite crediting LPA: restructured around a question, paragraphs merged and reordered, engineer quote made indirect, one CEO sentence kept verbatim.',
      text: `
Skarra Launch Systems' first shot at orbit ended barely a minute after it began. The Scottish startup's Vireo-2 lifted off from SaxaVord Spaceport on Unst, Shetland, at 1:12 p.m. on Thursday and was destroyed 74 seconds later, LPA reported, ending hopes of the first vertical orbital launch from the UK.

What went wrong? Early telemetry points at the first stage. According to chief engineer Ingrid Solberg, everything looked nominal until around T+70 seconds, when chamber pressure dropped on two of the vehicle's nine engines. The flight termination system was then triggered at roughly 19 km altitude.

The debris came down inside a hazard area declared before launch, about 30 km north-east of Unst. No one was hurt, and HM Coastguard had a vessel watching the area. Two payloads were lost with the 21-metre rocket: an ocean-monitoring demonstrator built for Norway's Havblikk AS and a student cubesat from Aberdeen.

CEO Alasdair Menzies struck a defiant tone at the spaceport. "This is not the day we wanted, but it is the day we trained for," he told reporters, adding that the team had collected a huge amount of data in those 74 seconds and would be back on the pad.

Skarra, set up in Forres in 2019, has raised about £48 million and flies under a Civil Aviation Authority launch licence. It has not set a date for a second attempt. The UK Space Agency said setbacks come with developing any new launch vehicle and pledged support for both Skarra and the regulator during the review.

Several hundred people watched from viewing spots on the island, some having travelled from mainland Scotland and Norway.
`,
    },
    {
      n: 10, kind: 'independent', source: 'shetland-mercury', agency: 'Shetland Mercury',
      title: "'Everybody went quiet at once': Unst watches Vireo-2 fall",
      published: '2025-08-21T14:30:00Z', seen: 18,
      note: 'Local paper at the same briefing: both CEO sentences and the engineer quote word for word, same numbers, own scene and interviews.',
      text: `
For a little over a minute on Thursday afternoon, the hillside above Lamba Ness was the loudest place in Shetland.

Several hundred people, some of whom had been in position since breakfast, cheered as Skarra Launch Systems' Vireo-2 rocket climbed away from SaxaVord Spaceport at 1.12pm. Then the flame flickered, the rocket tipped, and a spray of debris fell towards the sea north-east of the isle.

"Everybody went quiet at once," said Baltasound resident Morag Jamieson, who had brought her two grandchildren. "The bairns thought it was part of the show."

The rocket was destroyed 74 seconds into the flight when its flight termination system was triggered at about 19 kilometres. No one was injured, and the debris fell inside the hazard area at sea that had been declared before the launch.

At a briefing at the spaceport half an hour later, Skarra chief executive Alasdair Menzies said: "This is not the day we wanted, but it is the day we trained for. We got a huge amount of data in 74 seconds, and we will be back on the pad."

Chief engineer Ingrid Solberg told reporters: "Everything looked nominal until roughly T-plus 70 seconds, when we saw a drop in chamber pressure on two of the nine engines."

For Unst, the launch was supposed to be a milestone. The island's guesthouses were fully booked and the Baltasound shop had ordered in extra rolls and soup. Local fishermen had been asked to keep clear of the hazard zone from 8am.

Councillor Ewan Sandison, who represents the North Isles, said the island remained behind the spaceport. "One bad day doesn't change what this means for Unst. There are young folk working up there who would otherwise have had to leave," he said.

Skarra has not said when it will try again.
`,
    },
    {
      n: 11, kind: 'independent', variant: 'analysis', source: 'orbital-ledger', agency: 'Orbital Ledger',
      title: "Analysis: Vireo-2's 74 seconds and the hard arithmetic of British launch",
      published: '2025-08-22T06:30:00Z', seen: 40,
      note: 'Long analysis: the CEO, engineer (indirect) and government quotes, every number of the wire story, none of its sentences.',
      text: `
Skarra Launch Systems got further on Thursday than its critics expected and less far than its investors hoped. The Vireo-2 cleared the tower at SaxaVord Spaceport on Unst, climbed cleanly through the lower atmosphere and flew for 74 seconds before its flight termination system ended the mission at about 19 kilometres. Two payloads, a Havblikk AS ocean-monitoring demonstrator and a student cubesat from Aberdeen, went into the sea with it.

By the standards of maiden orbital flights, that is not unusual. First launches of new rockets fail often enough that insurers price them accordingly, and a failure in the first two minutes, when aerodynamic loads peak and engines run at full throttle, is one of the most common outcomes. SpaceX's first three Falcon 1 flights failed, and Rocket Lab's Electron did not reach orbit on its first attempt.

"This is not the day we wanted, but it is the day we trained for," chief executive Alasdair Menzies said after the flight. The company's early reading points at propulsion: chief engineer Ingrid Solberg said everything looked nominal until about T-plus 70 seconds, when chamber pressure dropped on two of the nine first-stage engines. Losing two engines at once suggests a shared cause, such as a feed-system problem, rather than two independent failures, though Skarra has not said so.

The harder question is money. Skarra has raised about 48 million pounds since it was founded in Forres in 2019. That is a modest sum for an orbital launch company, and a second vehicle, a fix and a review will consume a large share of whatever is left. The British small-launch market is crowded for its size. Several companies are competing for a limited number of pads, licences and institutional contracts, and the customers they court can also book rideshare slots on much larger American rockets at prices that are hard to match.

Menzies insisted the company would return. "We got a huge amount of data in 74 seconds, and we will be back on the pad," he said. Investors will want to know how soon. A return within six to nine months would signal that the fault is understood and contained. A long gap would raise doubts about the engine design itself.

The regulator will shape that timeline. The Civil Aviation Authority, which licensed the flight, must be satisfied before any further launch is approved. Its review is not a formality, but Thursday's failure also showed the safety system working as intended: the rocket was destroyed inside its pre-declared hazard area roughly 30 kilometres north-east of Unst, and nobody was hurt.

The government's line was supportive. "Setbacks are part of developing any new launch vehicle," a UK Space Agency spokesperson said. Ministers have spent years promoting the idea of launching satellites from British soil, and spaceports in Shetland, Sutherland and Cornwall have absorbed public and private money on the strength of it. The loss of Virgin Orbit's rocket after its air launch from Cornwall in January 2023 still hangs over that story.

For Unst, the stakes are local and concrete: jobs at the spaceport, full guesthouses on launch days, and a population that has long struggled to keep young people on the island. Several hundred spectators watched Thursday's flight, some of them from mainland Scotland and Norway.

What Skarra does next matters beyond one company. If a second Vireo-2 flies successfully within a year, Thursday will be remembered as the usual price of a first flight. If it does not, the question will shift from whether Britain can launch to orbit to whether there is a business in doing so.
`,
    },
    {
      n: 12, kind: 'independent', variant: 'brief', source: 'harbourline-news', agency: 'Harbourline', style: 'curly',
      title: "Scottish start-up's rocket destroyed shortly after launch from Shetland",
      published: '2025-08-21T12:52:00Z', seen: 4,
      note: 'Another wire\'s brief, six minutes before the LPA original: same CEO quote, same numbers.',
      text: `
UNST, Shetland, Aug 21 (Harbourline) — A Vireo-2 rocket built by Scottish start-up Skarra Launch Systems was destroyed shortly after lifting off from the SaxaVord Spaceport in Shetland on Thursday, the company said.

The 21-metre rocket, carrying two small satellites, lifted off at 1:12 p.m. (1212 GMT). Its flight termination system was activated after about 74 seconds and debris fell into the sea inside a designated hazard area, the company said. No one was hurt.

"This is not the day we wanted, but it is the day we trained for," chief executive Alasdair Menzies said.

It was Skarra's first attempt to reach orbit and the first orbital attempt from the spaceport on Unst, Britain's northernmost inhabited island. (Reporting by Fiona Marr)
`,
    },
    {
      n: 13, kind: 'independent', variant: 'follow-up', source: 'lantern-press', agency: 'Lantern Press Association (LPA)',
      title: 'Skarra says valve fault likely behind Vireo-2 failure, targets return in 2026',
      published: '2025-08-22T11:15:00Z', seen: 5,
      note: 'Same agency, next day, new content. Repeats two background sentences of the original word for word and the same sign-off.',
      text: `
UNST, Shetland, Aug 22 (LPA) - Skarra Launch Systems said on Friday that a faulty valve in the fuel feed system was the most likely cause of the failure of its Vireo-2 rocket, which was destroyed 74 seconds after lifting off from the SaxaVord Spaceport on Thursday.

In a preliminary update published on its website, the company said data showed that a valve supplying two of the first stage's nine engines had begun to close about 68 seconds into the flight, starving both engines of fuel. The remaining seven engines could not keep the rocket on course, and the flight termination system was triggered.

"We have a clear leading theory and we are testing it on the ground in Forres this week," chief engineer Ingrid Solberg said in a video posted with the update. "If it holds up, the fix is a redesign of one component, not of the engine."

The company said it would aim to fly its second Vireo-2 in the first half of 2026, subject to the outcome of the review by the Civil Aviation Authority. A CAA spokesperson said the regulator had received the company's initial report and would "take the time needed".

HM Coastguard said on Friday that a fishing vessel had recovered a section of the rocket's fairing about 28 kilometres north-east of Unst and handed it over to the company.

Norwegian firm Havblikk AS, whose ocean-monitoring demonstrator was lost in the failure, said it intended to fly a replacement on Skarra's next launch. "We believe in the team," chief executive Sigrid Aas said.

Skarra, founded in 2019 in Forres, Moray, has raised about 48 million pounds from investors. It holds a launch licence from the Civil Aviation Authority, which regulates UK spaceflight.

(Reporting by Callum Reid; Editing by Sara Okonjo)
`,
    },
  ],
};
