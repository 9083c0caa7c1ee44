// Story 5 (en): British sprinter banned four years for ostarine (athletes, officials and quotes invented).
// Wire original (Northgate); another wire's full story and a third wire's brief quote the same decision
// and the same press conference; a long analysis; a same-agency follow-up recycling a background paragraph.
export default {
  story: 'sprinter-ban',
  title: 'Sprinter Tobias Wren banned four years after ostarine positive',
  language: 'en',
  articles: [
    {
      n: 1, kind: 'original', source: 'northgate-wire', agency: 'Northgate',
      title: 'Athletics-British sprinter Wren banned for four years over ostarine positive',
      published: '2025-07-08T10:41:00Z', seen: 4,
      text: `
LONDON, July 8 (Northgate) - British 200 metres runner Tobias Wren has been banned for four years after testing positive for the prohibited substance ostarine, the Athletics Integrity Unit (AIU) said on Tuesday, rejecting his argument that a contaminated supplement was to blame.

Wren, 27, a two-time national indoor champion, returned the positive test in an out-of-competition sample collected in Loughborough on Feb. 2. He was provisionally suspended on March 14, and the ban will run from that date until March 2029.

All of his results since Feb. 2 have been disqualified, including his victory at an indoor meeting in Birmingham later that month.

Ostarine is a selective androgen receptor modulator (SARM) that promotes muscle growth. It is not approved for human use but is sold online, and has been found in contaminated supplements in previous doping cases.

Wren's lawyers told the AIU's disciplinary tribunal that the substance came from a recovery powder he had bought online. But an independent laboratory found no ostarine in a sealed tub of the same product.

"The athlete was unable to establish, on the balance of probabilities, how the prohibited substance entered his system," the AIU said in its decision.

Wren's lawyer, Marcus Ellery, told a news conference in London: "Tobias has never knowingly taken a banned substance in his life, and we will be appealing to the Court of Arbitration for Sport."

In a statement on Instagram, Wren said: "I am heartbroken. I trusted the wrong product and I am paying for it with my career."

UK Athletics said: "We respect the decision of the AIU and will not be commenting further while an appeal is possible."

Wren has a personal best of 20.11 seconds and had been expected to compete for a place in Britain's team for the world championships in September.

(Reporting by Owen Fairley; Editing by Kate Mulvey)
`,
    },
    {
      n: 2, kind: 'verbatim', from: 1, source: 'sportsfeed-hub', credit: 'Northgate',
      published: '2025-07-08T10:33:00Z', firstSeen: '2025-07-08T11:02:00Z',
      note: 'Wrong feed clock: published 8 minutes before the original. Verbatim, dateline credit.',
    },
    {
      n: 3, kind: 'boilerplate', from: 1, source: 'dailyfeedhub', credit: 'Northgate',
      published: '2025-07-08T11:20:00Z', seen: 10,
      pad: { related: ['Athletics Integrity Unit: how the anti-doping process works'], tags: 'athletics, doping, sprint, AIU', stripDateline: true, midAt: 5 },
      note: 'Padded copy with the dateline stripped; credit only in the junk line.',
    },
    {
      n: 4, kind: 'edited', variant: 'trimmed', from: 1, source: 'headlinefeed-net',
      published: '2025-07-08T11:05:00Z', seen: 5,
      paras: [0, 1, 2],
      note: 'First three paragraphs, dateline kept, no quotes.',
    },
    {
      n: 5, kind: 'boilerplate', from: 4, source: 'worldnewsroom-live', credit: 'Northgate',
      published: '2025-07-08T11:40:00Z', seen: 8,
      pad: {
        photo: 'Tobias Wren at an indoor meeting, file image',
        related: ['Four-year bans: the athletes who came back', 'World championships: who is on Britain\'s team?', 'What is ostarine and why does it keep turning up in supplements?'],
        midAt: 2,
      },
      note: 'Copy of a copy: padded repost of the trimmed copy (via): the junk is longer than the three news paragraphs.',
    },
    {
      n: 6, kind: 'edited', from: 1, source: 'the-midlands-echo',
      title: 'Loughborough sprinter Tobias Wren handed four-year doping ban',
      published: '2025-07-08T13:00:00Z', seen: 20,
      note: 'Local-angle desk edit: new headline and lead, club paragraph, dateline gone, substance explainer and UK Athletics cut.',
      paras: [
        `Loughborough-based sprinter Tobias Wren has been banned from athletics for four years after testing positive for ostarine, the sport's anti-doping body announced on Tuesday.`,
        `Wren, who trains at Loughborough University and competes for Trentside Harriers, moved to the town from Nottingham in 2017. Club secretary Janet Holloway said the club was "shocked and saddened" by the news and would make no further comment until the appeal process was complete.`,
        1, 2, 4, 5, 6, 7, 9,
      ],
      replace: [['Wren, 27, a two-time national indoor champion, returned', 'The 27-year-old, a two-time national indoor champion, returned']],
    },
    {
      n: 7, kind: 'rewrite', variant: 'light', from: 1, source: 'athletics-insider-blog',
      title: 'Tobias Wren gets four-year ban as AIU rejects contaminated supplement defence',
      published: '2025-07-08T12:30:00Z', seen: 15,
      paras: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], stripDateline: true,
      note: 'Light rewrite: five of about fifteen sentences reworded, quotes and the rest verbatim.',
      reword: [
        ['He was provisionally suspended on March 14, and the ban will run from that date until March 2029.', 'The ban is backdated to his provisional suspension on March 14 and runs until March 2029.'],
        ['All of his results since Feb. 2 have been disqualified, including his victory at an indoor meeting in Birmingham later that month.', 'Every result he has recorded since Feb. 2 has been wiped out, among them his win at an indoor meeting in Birmingham later that month.'],
        ['It is not approved for human use but is sold online, and has been found in contaminated supplements in previous doping cases.', 'Although it has never been approved for human use, it is easy to buy online and has turned up in contaminated supplements in earlier doping cases.'],
        ['But an independent laboratory found no ostarine in a sealed tub of the same product.', 'However, when an independent laboratory tested a sealed tub of that product, it found no ostarine.'],
        ["Wren has a personal best of 20.11 seconds and had been expected to compete for a place in Britain's team for the world championships in September.", "Wren, whose best time is 20.11 seconds, had been in contention for a spot on Britain's team for September's world championships."],
      ],
    },
    {
      n: 8, kind: 'rewrite', variant: 'heavy', from: 1, source: 'trendpulse-news',
      title: 'British Sprinter Tobias Wren Hit With Four-Year Ban After Failing Drug Test For Ostarine',
      published: '2025-07-08T13:45:00Z', seen: 25,
      note: 'Content-farm rewrite: every sentence reworded, two paragraphs merged, four quotes kept verbatim, UK Athletics made indirect.',
      text: `
Tobias Wren, the British 200 metres sprinter, has received a four-year suspension after a test showed the presence of the banned substance ostarine, the Athletics Integrity Unit (AIU) announced on Tuesday. The body dismissed his claim that a tainted supplement was responsible.

The 27-year-old, who has won the national indoor title twice, gave the positive sample during out-of-competition testing in Loughborough on Feb. 2. He has been provisionally suspended since March 14, and his ban, which starts from that date, will last until March 2029. Every result he achieved from Feb. 2 onwards has been scrapped, among them the win he claimed at an indoor meet in Birmingham later in February.

Ostarine belongs to a class of drugs called selective androgen receptor modulators (SARMs), which help build muscle. Though never approved for human use, it can be bought online, and it has shown up in contaminated supplements in earlier doping cases.

Appearing before the AIU's disciplinary tribunal, Wren's legal team argued the drug had come from a recovery powder that he purchased online. However, tests at an independent laboratory on an unopened tub of the same product did not detect any ostarine.

"The athlete was unable to establish, on the balance of probabilities, how the prohibited substance entered his system," the AIU wrote in its ruling.

Speaking at a press conference in London, Wren's lawyer Marcus Ellery said: "Tobias has never knowingly taken a banned substance in his life, and we will be appealing to the Court of Arbitration for Sport."

Wren himself posted a statement on Instagram, writing: "I am heartbroken. I trusted the wrong product and I am paying for it with my career."

UK Athletics said it respected the AIU's decision and would make no further comment while an appeal remained possible.

Wren's personal best stands at 20.11 seconds, and he had been tipped to fight for a spot in Britain's squad for September's world championships.
`,
    },
    {
      n: 9, kind: 'rewrite', variant: 'heavy', from: 1, source: 'sportsbuzz-now',
      title: "'I trusted the wrong product': Tobias Wren banned four years, will fight ruling at CAS",
      published: '2025-07-08T12:05:00Z', seen: 12,
      note: 'Sports-site rewrite: opens with the athlete, reorders the story, every quote turned into indirect speech; all facts and numbers kept.',
      text: `
Tobias Wren says he is heartbroken. The British 200m runner was hit with a four-year ban on Tuesday after ostarine was found in his system, and his camp has already said it will go to the Court of Arbitration for Sport.

The Athletics Integrity Unit rejected the 27-year-old's explanation that a contaminated recovery powder he bought online was to blame. An independent lab tested a sealed tub of the same product and found no trace of the drug, and the AIU concluded that Wren could not show, on the balance of probabilities, how the substance got into his body.

The positive came from an out-of-competition test in Loughborough on February 2. Wren has been provisionally suspended since March 14, so the ban runs to March 2029, and every result since the test has been struck off, including his indoor win in Birmingham later in February.

Ostarine is a SARM (selective androgen receptor modulator), a muscle-building compound that is not approved for human use but is widely sold online and has cropped up in tainted supplements before.

At a news conference in London, lawyer Marcus Ellery insisted his client had never knowingly taken a banned substance and confirmed the appeal. Writing on Instagram, Wren said he had trusted the wrong product and was paying for it with his career. UK Athletics said only that it respected the decision and would not comment further while an appeal was possible.

The two-time national indoor champion, who has a best of 20.11 seconds, had been expected to push for a place on Britain's team for the world championships in September.
`,
    },
    {
      n: 10, kind: 'independent', source: 'harbourline-news', agency: 'Harbourline', style: 'curly',
      title: "Athletics: Britain's Wren banned four years after positive test for ostarine",
      published: '2025-07-08T10:52:00Z', seen: 5,
      note: 'Other wire from the same decision and press conference: AIU, lawyer, athlete and UK Athletics quotes all word for word; own structure and new details.',
      text: `
LONDON, July 8 (Harbourline) — British sprinter Tobias Wren was banned for four years on Tuesday after the Athletics Integrity Unit ruled he had failed to prove that a contaminated supplement caused his positive test for the muscle-building drug ostarine.

"The athlete was unable to establish, on the balance of probabilities, how the prohibited substance entered his system," the AIU said in a 38-page decision.

Wren, a two-time national indoor champion, tested positive in an out-of-competition sample taken on Feb. 2. The 27-year-old's results from that date are annulled, and the ban is backdated to March 14, when he was provisionally suspended.

His lawyer said they would go to sport's highest court. "Tobias has never knowingly taken a banned substance in his life, and we will be appealing to the Court of Arbitration for Sport," Marcus Ellery told reporters in London.

The tribunal heard evidence from a toxicologist called by Wren's team, who said the amount of ostarine in his sample was consistent with contamination. The AIU said that was not enough without proof of the source: a sealed tub of the recovery powder Wren blamed had tested negative.

Wren said on Instagram: "I am heartbroken. I trusted the wrong product and I am paying for it with my career."

Athletes have succeeded with contamination arguments in a small number of ostarine cases, but only when they could link the substance to a specific product.

"We respect the decision of the AIU and will not be commenting further while an appeal is possible," UK Athletics said.

Wren, whose best of 20.11 seconds puts him among Britain's fastest 200 metres runners of the decade, has 21 days to lodge an appeal.

(Reporting by Helen Carver; Editing by Tom Ashby)
`,
    },
    {
      n: 11, kind: 'independent', variant: 'brief', source: 'lantern-press', agency: 'Lantern Press Association (LPA)',
      title: "Britain's Wren banned for four years for ostarine",
      published: '2025-07-08T10:20:00Z', seen: 3,
      note: 'Third wire\'s brief, before the original: the AIU quote and the dates.',
      text: `
LONDON, July 8 (LPA) - British 200 metres runner Tobias Wren has been banned for four years for an anti-doping rule violation after testing positive for ostarine, the Athletics Integrity Unit said on Tuesday.

The ban runs from March 14, 2025, when Wren was provisionally suspended. His results since Feb. 2, when the sample was collected, are disqualified.

The AIU said Wren had argued that a contaminated supplement caused the positive test. "The athlete was unable to establish, on the balance of probabilities, how the prohibited substance entered his system," it said.

Ostarine is a muscle-building agent that is banned at all times. Wren, 27, can appeal to the Court of Arbitration for Sport. (Reporting by Owain Price)
`,
    },
    {
      n: 12, kind: 'independent', variant: 'analysis', source: 'the-running-review', agency: 'The Running Review',
      title: 'The supplement defence: why Tobias Wren lost, and why so few athletes win',
      published: '2025-07-09T08:00:00Z', seen: 45,
      note: 'Long analysis: AIU, lawyer and athlete quotes word for word, the same facts, explanatory structure.',
      text: `
Every anti-doping lawyer knows the sentence that ended Tobias Wren's case, because it has ended so many others. "The athlete was unable to establish, on the balance of probabilities, how the prohibited substance entered his system," the Athletics Integrity Unit wrote on Tuesday, and with that the British 200 metres runner was banned for four years.

Wren, 27, tested positive for ostarine in an out-of-competition sample collected in Loughborough on February 2. He told the AIU's disciplinary tribunal that the drug came from a recovery powder bought online. The tribunal was not persuaded: a sealed tub of the same product, tested by an independent laboratory, contained no ostarine.

To understand why that mattered so much, start with the rules. Under the World Anti-Doping Code, athletes are strictly liable for what is found in their samples, and intent does not have to be proven for a violation to be established. What intent changes is the sanction. For an anabolic agent such as ostarine, the standard ban is four years unless the athlete can show the violation was not intentional, in which case it drops to two years, and it can fall further if the athlete bears no significant fault.

There is a catch that trips up most athletes who blame a supplement. To show a violation was unintentional, they must in practice show how the substance got into their body. That means finding the source. A plausible story is not enough. Tribunals want a tested product, ideally from the same batch, with the drug in it at concentrations that match the sample.

That is why the sealed tub was decisive. Had Wren's team produced an opened container with ostarine in it, the AIU would have had to weigh the risk of tampering, but it would at least have had a candidate source. A clean sealed tub leaves the contamination story without its central piece of evidence. Wren's side could argue that batches vary, but the burden was on them.

Ostarine makes that burden unusually frustrating. The compound is a selective androgen receptor modulator that has never been approved for medical use, and it has turned up in products sold online as recovery or lean-muscle aids with no mention on the label. Laboratories can detect it at tiny concentrations, far below any level likely to improve performance. Some athletes have won reductions by tracing a contaminated product. Many more have lost because they could not.

Wren's lawyer, Marcus Ellery, says the fight is not over. "Tobias has never knowingly taken a banned substance in his life, and we will be appealing to the Court of Arbitration for Sport," he told reporters in London. An appeal to CAS is a full rehearing, so new evidence, including tests on other batches of the powder, could be heard. The legal test will be the same.

The athlete framed the case in one line on Instagram: "I am heartbroken. I trusted the wrong product and I am paying for it with my career." Whatever the appeal decides, that sentence repeats a warning sports scientists have given for years. Batch-tested supplements reduce the risk without removing it, and buying anything unverified online removes almost every protection an athlete has.

For British sprinting, the result is a gap in the 200 metres. Wren, a two-time national indoor champion with a best of 20.11 seconds, had been expected to contend for a place on the team for September's world championships. If the ban stands, he will not race again until March 2029.

The AIU's decision runs to dozens of pages. Its core is one sentence, and it is the one every athlete should read first.
`,
    },
    {
      n: 13, kind: 'independent', variant: 'follow-up', source: 'northgate-wire', agency: 'Northgate',
      title: 'Athletics-Sponsor drops banned sprinter Wren as lawyers prepare CAS appeal',
      published: '2025-07-09T15:20:00Z', seen: 4,
      note: 'Same agency, next day, new content; the substance background paragraph is copied word for word from the original (recycled background), plus the same sign-off.',
      text: `
LONDON, July 9 (Northgate) - Sportswear company Kestrel Athletic ended its sponsorship of British sprinter Tobias Wren on Wednesday, a day after he was banned for four years for testing positive for ostarine, as his lawyers said they would file an appeal with the Court of Arbitration for Sport within two weeks.

"We have a zero-tolerance policy on doping and have ended our partnership with Tobias Wren with immediate effect," the company said in a statement.

Wren's lawyer, Marcus Ellery, said the appeal would include test results from two further batches of the recovery powder the sprinter says caused his positive test. "We have located unopened tubs from the same production run, and they are being tested now," Ellery said.

The Athletics Integrity Unit ruled on Tuesday that Wren, 27, had failed to show how the banned substance entered his system. The ban runs until March 2029.

Ostarine is a selective androgen receptor modulator (SARM) that promotes muscle growth. It is not approved for human use but is sold online, and has been found in contaminated supplements in previous doping cases.

The online retailer that sold the powder did not respond to requests for comment. Its website no longer listed the product on Wednesday.

UK Athletics confirmed that Wren had been removed from its funded programme and said it would not comment further while an appeal was possible.

(Reporting by Owen Fairley; Editing by Kate Mulvey)
`,
    },
  ],
};
