// Story 4 (en): payday outage at an Irish retail bank.
// Wire original (Harbourline) mid-outage, its same-source update after restoration, its Monday follow-up,
// and independent reports by another wire (first on the wire), a local paper and a radio brief.
export default {
  story: 'carrick-bank-outage',
  title: 'Carrick Bank cards, app and ATMs down for nine hours on payday',
  language: 'en',
  articles: [
    {
      n: 1, kind: 'original', source: 'harbourline-news', agency: 'Harbourline', style: 'curly',
      title: 'Carrick Bank customers unable to pay as payday outage hits cards, app and ATMs',
      published: '2025-03-14T12:20:00Z', seen: 5,
      text: `
DUBLIN, March 14 (Harbourline) — Customers of Ireland's Carrick Bank were unable to use their cards, mobile app or cash machines for much of Friday after what the bank said was a failed software update to its core systems, leaving shoppers stranded at tills on one of the busiest paydays of the month.

The disruption began at about 7:40 a.m. and was still affecting card payments and online banking shortly after midday, the bank said. Carrick, which has about 1.3 million personal and business customers, said salaries and other incoming payments would not be lost but might appear in accounts late.

"This should not have happened, and I want to apologise to every customer who was left unable to pay for their shopping or fill their car today," chief executive Ruairí Delaney said in a video posted on the bank's social media accounts.

"I want to be absolutely clear: this was not a cyberattack, and no customer data has been compromised," he said.

The bank said a routine update to the system that processes card transactions had been applied overnight and had failed when morning volumes began to build. Engineers were rolling back the change, it said.

The Central Bank of Ireland said it was in contact with the lender. "We are engaging intensively with Carrick Bank to understand the cause of the disruption and the steps being taken to prevent a recurrence," a spokesperson said.

Retailers reported queues and abandoned shopping baskets. Some petrol stations in Dublin and Cork put up signs asking for cash only.

Opposition finance spokesperson Sinéad Corrigan said it was the third significant outage at an Irish bank in 12 months. "Payday outages are becoming a pattern, and the regulator needs to start issuing fines, not statements," she said.

Carrick Bank said branches would stay open until 6 p.m. to help customers who needed cash and that it would refund any charges caused by the outage.

(Reporting by Niamh Cullen; Editing by Jonathan Hale)
`,
    },
    {
      n: 2, kind: 'edited', variant: 'update', from: 1, source: 'harbourline-news', style: 'curly',
      title: 'UPDATE 2-Carrick Bank restores services after nine-hour payday outage',
      published: '2025-03-14T17:52:00Z', seen: 4,
      note: 'Same-source update: new lead and restoration paragraph, outdated and retail paragraphs cut, one sentence changed.',
      paras: [
        '(Updates with services restored, fee waiver)',
        `DUBLIN, March 14 (Harbourline) — Carrick Bank said on Friday evening it had restored card payments, its mobile app and cash machines after an outage of more than nine hours that left many of its 1.3 million customers unable to pay for goods on payday.`,
        `All services were working normally from about 5:10 p.m., the bank said, adding that a backlog of incoming payments would be cleared overnight and that customers would not be charged account fees for March.`,
        2, 3, 4, 5, 7, 8, 9,
      ],
      replace: [['Engineers were rolling back the change, it said.', 'Engineers rolled back the change during the afternoon, it said.']],
    },
    {
      n: 3, kind: 'verbatim', from: 1, source: 'newsdrop-today', credit: 'Harbourline',
      published: '2025-03-14T11:58:00Z', firstSeen: '2025-03-14T12:41:00Z',
      note: 'Wrong feed clock: published 22 minutes before the original. Verbatim, dateline is the credit.',
    },
    {
      n: 4, kind: 'verbatim', from: 1, source: 'headlinefeed-net',
      published: null, firstSeen: '2025-03-14T13:15:00Z',
      note: 'Feed gives no date: only firstSeen orders it after the original.',
    },
    {
      n: 5, kind: 'boilerplate', from: 1, source: 'worldnewsroom-live', credit: 'Harbourline',
      published: '2025-03-14T12:55:00Z', seen: 10,
      pad: {
        photo: 'A card terminal in a Dublin shop, file image',
        related: ['How to claim a refund after a bank outage', 'UK bank apologises for app failure on pay day', 'Card payments: what shops can do when the system goes down'],
      },
      note: 'Padded copy; the CMS has turned the wire\'s curly quotes and apostrophes into straight ones.',
    },
    {
      n: 6, kind: 'edited', variant: 'trimmed', from: 1, source: 'moneywatch-feed',
      published: '2025-03-14T12:48:00Z', seen: 7,
      paras: [0, 1, 2, 3], stripDateline: true,
    },
    {
      n: 7, kind: 'edited', from: 1, source: 'munster-observer',
      title: 'Cork shoppers left stranded as Carrick Bank outage hits tills',
      published: '2025-03-14T14:30:00Z', seen: 15,
      note: 'Local-angle desk edit: new headline and lead, Cork paragraph with new quotes, retail and opposition paragraphs cut.',
      paras: [
        `Shoppers and traders in Cork were among thousands of Carrick Bank customers left unable to pay by card on Friday after a failed software update knocked out the bank's cards, app and cash machines on payday.`,
        `At the English Market, fishmonger Declan Hurley said takings were down by half by lunchtime. "People came in with a full basket and walked out with nothing. On a Friday, that hurts," he said. A petrol station on the Douglas Road had a cash-only sign up before 9 a.m.`,
        1, 2, 3, 4, 5, 8,
      ],
    },
    {
      n: 8, kind: 'rewrite', variant: 'light', from: 1, source: 'the-daily-digestor',
      title: 'Carrick Bank outage leaves customers unable to pay on payday',
      published: '2025-03-14T13:40:00Z', seen: 18,
      paras: [0, 1, 2, 3, 4, 5, 6, 7, 8], stripDateline: true,
      note: 'Light rewrite: five sentences reworded (in plain quotes, inside curly-quoted wire text), the rest verbatim.',
      reword: [
        ['The disruption began at about 7:40 a.m. and was still affecting card payments and online banking shortly after midday, the bank said.', "According to the bank, the problems started at around 7:40 a.m. and were still hitting card payments and online banking just after noon."],
        ['Engineers were rolling back the change, it said.', 'The bank said its engineers were reversing the change.'],
        ['The Central Bank of Ireland said it was in contact with the lender.', "Ireland's central bank said it had been in touch with Carrick."],
        ['Retailers reported queues and abandoned shopping baskets.', 'Shops reported long queues and customers leaving full baskets behind.'],
        ['Opposition finance spokesperson Sinéad Corrigan said it was the third significant outage at an Irish bank in 12 months.', "Sinéad Corrigan, the opposition's finance spokesperson, said this was the third major outage at an Irish bank within a year."],
      ],
    },
    {
      n: 9, kind: 'rewrite', variant: 'heavy', from: 1, source: 'trendpulse-news',
      title: 'Carrick Bank Outage: Customers Left Unable To Pay On Payday As Cards, App And ATMs Go Down',
      published: '2025-03-14T14:55:00Z', seen: 22,
      note: 'Content-farm rewrite: every sentence reworded, order kept, all four quotes verbatim.',
      text: `
Carrick Bank customers across Ireland found themselves unable to use their cards, the mobile app or ATMs for a large part of Friday, after what the lender described as an unsuccessful software update to its core systems. The problem left shoppers stuck at checkouts on one of the month's busiest paydays.

According to the bank, the issues began at approximately 7:40 a.m. and continued to disrupt card payments and online banking just after midday. Carrick, which serves around 1.3 million personal and business customers, stated that wages and other incoming payments would not go missing, though they could show up in accounts later than usual.

In a video shared on the bank's social media channels, chief executive Ruairí Delaney said: "This should not have happened, and I want to apologise to every customer who was left unable to pay for their shopping or fill their car today."

He also stressed: "I want to be absolutely clear: this was not a cyberattack, and no customer data has been compromised."

The lender explained that a routine update to the system handling card transactions was installed overnight but broke down as morning volumes started to rise. It said its engineers were working to reverse the change.

The Central Bank of Ireland confirmed it was in touch with Carrick. "We are engaging intensively with Carrick Bank to understand the cause of the disruption and the steps being taken to prevent a recurrence," a spokesperson for the regulator said.

Queues and abandoned shopping baskets were reported by retailers, while a number of petrol stations in Dublin and Cork displayed signs requesting cash only.

Sinéad Corrigan, the opposition's finance spokesperson, noted that this was the third serious outage to hit an Irish bank within 12 months. "Payday outages are becoming a pattern, and the regulator needs to start issuing fines, not statements," she said.

Carrick Bank said its branches would remain open until 6 p.m. for customers needing cash, and promised to refund any charges resulting from the outage.
`,
    },
    {
      n: 10, kind: 'rewrite', variant: 'heavy', from: 1, source: 'financepulse-blog',
      title: 'Carrick Bank blames failed update for payday card outage, rules out cyberattack',
      published: '2025-03-14T16:20:00Z', seen: 30,
      note: 'Blog rewrite: leads with the cause, merges and reorders paragraphs, CEO and Central Bank quotes made indirect, one quote kept.',
      text: `
A botched software update, not a cyberattack, was behind the outage that left Carrick Bank customers unable to pay by card, use the app or withdraw cash on Friday, the Irish lender has said.

Chief executive Ruairí Delaney apologised in a video on social media to every customer who couldn't pay for shopping or fuel, and insisted that no customer data had been compromised. The bank said the routine update to its card-processing system went in overnight and failed once morning volumes picked up, and that engineers were rolling it back.

Problems started at around 7:40 a.m. and were still affecting payments after midday. Carrick has about 1.3 million personal and business customers; it said salaries and other incoming payments would arrive late but would not be lost. Branches were to stay open until 6 p.m. for customers who needed cash, and any charges caused by the outage will be refunded.

Retailers described queues and abandoned baskets, and some petrol stations in Dublin and Cork went cash-only.

The Central Bank of Ireland said it was engaging intensively with Carrick to understand what went wrong and what is being done to prevent it happening again. That did not satisfy opposition finance spokesperson Sinéad Corrigan, who pointed out it was the third significant outage at an Irish bank in a year. "Payday outages are becoming a pattern, and the regulator needs to start issuing fines, not statements," she said.
`,
    },
    {
      n: 11, kind: 'independent', source: 'northgate-wire', agency: 'Northgate',
      title: "Ireland's Carrick Bank hit by nationwide payments outage, says not a cyberattack",
      published: '2025-03-14T12:02:00Z', seen: 4,
      note: 'Other wire, 18 minutes before the original: all four quotes word for word, same numbers, different order and background.',
      text: `
DUBLIN, March 14 (Northgate) - Irish lender Carrick Bank suffered a nationwide outage on Friday that knocked out card payments, cash machines and its mobile banking app, with its chief executive apologising to customers and ruling out a cyberattack.

"I want to be absolutely clear: this was not a cyberattack, and no customer data has been compromised," Ruairí Delaney said in a video message. "This should not have happened, and I want to apologise to every customer who was left unable to pay for their shopping or fill their car today."

The bank, one of Ireland's smaller retail lenders with about 1.3 million customers, said the problem was caused by a failed software update and began at around 7:40 a.m.

Social media users posted pictures of queues at supermarket tills and of handwritten "cash only" signs, although many of the bank's ATMs were also out of service.

The outage fell on a Friday that is payday for many public and private sector workers. The bank said incoming salary payments were safe but could be delayed.

The Central Bank of Ireland said in a statement: "We are engaging intensively with Carrick Bank to understand the cause of the disruption and the steps being taken to prevent a recurrence."

Banks must report major IT incidents to the Central Bank, which can impose sanctions on firms that fail to manage operational risks. An EU regulation on digital operational resilience, which applies from January 2025, has tightened those requirements.

Opposition finance spokesperson Sinéad Corrigan said: "Payday outages are becoming a pattern, and the regulator needs to start issuing fines, not statements."

(Reporting by Conor Walsh; Editing by Ana Roldán)
`,
    },
    {
      n: 12, kind: 'independent', source: 'the-dublin-courier', agency: 'The Dublin Courier',
      title: "'I had to leave the trolley': payday chaos as Carrick Bank goes down",
      published: '2025-03-14T14:10:00Z', seen: 12,
      note: 'Local paper: street reporting, the CEO and opposition quotes word for word, Central Bank as a partial quote.',
      text: `
Ciara Nolan had a full trolley at the checkout of a supermarket in Phibsborough when her card was declined for the third time.

"I had to leave the trolley there and walk out with nothing," said the 34-year-old nurse, who had come off a night shift. "I went to the ATM across the road and that was down too."

She was one of hundreds of thousands of Carrick Bank customers who could not pay by card, withdraw cash or log in to the bank's app for most of Friday, after what the bank described as a failed software update. The problems started at about 7:40 a.m.

By lunchtime there were queues outside Carrick branches on Dorset Street and in Rathmines, where staff were handing out cash over the counter. The bank said branches would stay open until 6 p.m.

Chief executive Ruairí Delaney posted a video apology. "This should not have happened, and I want to apologise to every customer who was left unable to pay for their shopping or fill their car today," he said. "I want to be absolutely clear: this was not a cyberattack, and no customer data has been compromised."

Small businesses counted the cost. Tomasz Zieliński, who runs a café near Smithfield, said card payments make up nine in ten of his sales. "Half my customers bank with Carrick. I'm giving coffees on trust and hoping they come back," he said.

The Central Bank said it was "engaging intensively" with the lender. Opposition finance spokesperson Sinéad Corrigan went further: "Payday outages are becoming a pattern, and the regulator needs to start issuing fines, not statements."

Carrick, which has about 1.3 million customers, said salaries would not be lost but could arrive late, and that it would refund any charges caused by the outage.
`,
    },
    {
      n: 13, kind: 'independent', variant: 'brief', source: 'radio-liffey-fm', agency: 'Radio Liffey News',
      title: 'Carrick Bank customers report card, app and ATM problems',
      published: '2025-03-14T10:15:00Z', seen: 6,
      note: 'Early radio brief, two hours before the original, quoting the bank\'s first post.',
      text: `
Customers of Carrick Bank are reporting problems with card payments, cash machines and the bank's mobile app this morning.

Listeners have been in touch since before 8 o'clock to say their cards are being declined in shops and at petrol stations, and that they cannot log in to the app.

In a post on X, Carrick Bank said: "We're aware some customers are having difficulty using their cards and our app this morning. Our teams are working to fix this as quickly as possible and we're sorry for the inconvenience."

The bank has not said what caused the problem or when services will be back. It has about 1.3 million customers.

Many workers are due to be paid today. We'll bring you more as we get it on Radio Liffey News.
`,
    },
    {
      n: 14, kind: 'independent', variant: 'follow-up', source: 'harbourline-news', agency: 'Harbourline', style: 'curly',
      title: 'Carrick Bank outage caused by faulty update to card switch; board orders independent review',
      published: '2025-03-17T10:30:00Z', seen: 5,
      note: 'Same agency, three days later, new content; repeats a fragment of the CEO quote, the customer-count background and the sign-off.',
      text: `
DUBLIN, March 17 (Harbourline) — Friday's nine-hour outage at Carrick Bank was caused by a faulty update to the switch that routes card transactions, which had not been fully tested against payday volumes, the bank said on Monday, as its board ordered an independent review.

In a letter to customers, chief executive Ruairí Delaney said the update had been approved under the bank's change process but that a "load test was run on a smaller data set than the one the live system faced on Friday morning".

The review will be carried out by outside consultants and will report to the board by the end of May, the bank said.

Carrick said it had received about 41,000 complaints and compensation requests by Monday morning and would pay 25 euros to every customer who had a card payment declined on Friday, on top of refunding charges. It expects the cost to run to several million euros.

The Central Bank of Ireland said it had received the bank's initial incident report and that its supervisory engagement was continuing. It declined to say whether it would open an enforcement investigation.

"This should not have happened," Delaney repeated in the letter. "We owe our customers more than an apology, and this review is the start of that."

Opposition finance spokesperson Sinéad Corrigan said she would ask the Oireachtas finance committee to call Carrick executives and the Central Bank to appear before it.

Carrick Bank, which has about 1.3 million personal and business customers, said all services had been working normally since Friday evening.

(Reporting by Niamh Cullen; Editing by Jonathan Hale)
`,
    },
  ],
};
