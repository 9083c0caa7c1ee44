import { describe, expect, it } from 'vitest';
import { matchBoilerplateRule } from '../../src/dedup/boilerplate-rules.js';
import { creditKey, extractCredits, isCreditOnly } from '../../src/dedup/credits.js';
import { findQuoteSpans } from '../../src/dedup/quotes.js';

const words = (s: string) => s.split(/\s+/).length;

describe('rule boilerplate', () => {
  it.each([
    ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'cookie'],
    ['Nous utilisons des cookies pour améliorer votre expérience.', 'cookie'],
    ['Share this article on Facebook and X', 'share'],
    ['Follow Daily Sahel on Google News and never miss an update.', 'share'],
    ['Sign up for our newsletter to get the top stories every morning.', 'subscribe'],
    ['Abonnez-vous à notre lettre d’information', 'subscribe'],
    ['Support independent journalism: make a donation today.', 'donate'],
    ['READ ALSO: Ten towns that are changing', 'read-more'],
    ['Lire aussi : les chiffres de la semaine', 'read-more'],
    ['This article first appeared on Atlantic Wire.', 'first-appeared'],
    ['The post Kidal retaken appeared first on Mali Today.', 'first-appeared'],
    ['© 2024 Regional Media. All rights reserved.', 'copyright'],
    ['Photo: AFP / John Doe', 'photo-credit'],
    ['Advertisement', 'advert'],
    ['Disclaimer: The views expressed here do not necessarily reflect those of this site.', 'disclaimer'],
    ['Tags: Mali, Kidal, Army', 'tags'],
  ])('%j is %s', (text, why) => {
    expect(matchBoilerplateRule(text, words(text))).toBe(why);
  });

  it.each([
    'The army said it had taken control of the camp after a cookie-cutter operation described by officials as routine and carefully planned over several weeks by the general staff in Bamako.',
    'Donors have pledged to support the reconstruction of schools in the north.',
    'The minister said the results would be published next week.',
  ])('keeps news paragraphs: %j', (text) => {
    expect(matchBoilerplateRule(text, words(text))).toBeUndefined();
  });
});

describe('credits', () => {
  it.each([
    ['BAMAKO, Mali (AP) — Troops entered the town on Tuesday.', [['AP', 'dateline']]],
    ['NOUADHIBOU, March 4 (Atlantic Wire) — Mauritania has closed', [['Atlantic Wire', 'dateline']]],
    ['The army entered the town, officials said. — Reuters', [['Reuters', 'line']]],
    ['AFP', [['AFP', 'line']]],
    ['Source: Sahel Press Agency', [['Sahel Press Agency', 'line']]],
    ['Avec AFP', [['AFP', 'line']]],
    ['By Aminata Traoré', [['Aminata Traoré', 'byline']]],
    ['This article first appeared on Atlantic Wire.', [['Atlantic Wire', 'first-appeared']]],
    ['The soldiers told AFP that the town was calm.', []],
    ['KIDAL (Mali) — Calm returned to the town.', []],
  ])('%j credits %j', (text, expected) => {
    expect(extractCredits(text, 0).map((c) => [c.name, c.kind])).toEqual(expected);
  });

  it('gives offsets into the item text', () => {
    const [credit] = extractCredits('BAMAKO (AFP) — Calm returned.', 100);
    expect(credit.from).toBe(108);
    expect(credit.to).toBe(111);
  });

  it.each([
    ['Agence France-Presse', 'afp'],
    ['AFP', 'afp'],
    ['The Associated Press', 'ap'],
    ['Sahel Press Agency', 'sahel press agency'],
  ])('folds %j to %j', (name, key) => {
    expect(creditKey(name)).toBe(key);
  });

  it('treats credit-only paragraphs as evidence, not text', () => {
    expect(isCreditOnly('— Reuters')).toBe(true);
    expect(isCreditOnly('By Jane Doe')).toBe(true);
    expect(isCreditOnly('The army entered Kidal on Tuesday, the spokesman said.')).toBe(false);
  });
});

describe('quoted speech', () => {
  it.each([
    ['He said "we are home" and left.', ['"we are home"']],
    ['Il a dit « nous sommes chez nous » hier.', ['« nous sommes chez nous »']],
    ['“First part,” he said, “second part.”', ['“First part,”', '“second part.”']],
    ['„Wir sind da“, sagte er.', ['„Wir sind da“']],
    ['He said: ‘we won’ today', ['‘we won’']],
    ['The army’s view was clear.', []],
    ['"An open quote runs to the end\n\nof its paragraph only', ['"An open quote runs to the end']],
  ])('%j quotes %j', (text, spans) => {
    expect(findQuoteSpans(text).map((s) => text.slice(s.from, s.to))).toEqual(spans);
  });
});
