import { describe, it, expect } from 'vitest';
import { createTopicMatcher, foldText, tokenize } from '../../src/topic/index.js';
import { loadConfig, BUNDLED_CONFIG_FILE } from '../../src/config/index.js';
import type { TopicConfig } from '../../src/model.js';

const simple: TopicConfig = {
  name: 'test',
  include: { en: ['Mali', 'Tuareg rebels'], fr: ["Coordination des mouvements de l'Azawad", 'Goïta'] },
  strong: [],
  exclude: ['football'],
  minMatches: 1,
};

describe('tokens', () => {
  it.each([
    ['Goïta', 'goita'],
    ['ÉTAT-MAJOR', 'etat-major'],
    ['Œuvre', 'oeuvre'],
    ['Anéfis', 'anefis'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it.each([
    ["l'Azawad", ['l', 'azawad']],
    ['d’Anéfis', ['d', 'anefis']],
    ["Mali's army", ['mali', 's', 'army']],
    ['CSP-PSD, à Kidal.', ['csp', 'psd', 'a', 'kidal']],
  ])('splits %s into words', (input, words) => {
    expect(tokenize(input)).toEqual(words);
  });
});

describe('createTopicMatcher: whole words, case and accents', () => {
  const match = createTopicMatcher(simple);
  it.each([
    ['Mali army enters town', '', true, ['Mali']],
    ['MALI: army enters town', '', true, ['Mali']],
    ['Somalia: al-Shabab attack', 'Somali forces', false, []],
    ['An act of malice', 'Animal rights', false, []],
    ['Rebels regroup', 'Tuareg rebels said on Tuesday they had withdrawn.', true, ['Tuareg rebels']],
    ['Rebels regroup', 'Tuareg-led rebels withdrew', false, []],
    ['Le colonel Goita parle', '', true, ['Goïta']],
    ['Le colonel GOÏTA parle', '', true, ['Goïta']],
    ['Communiqué', 'La Coordination des mouvements de l’Azawad a annoncé son retrait.', true, ["Coordination des mouvements de l'Azawad"]],
    ['Mali: les Aigles en football', '', false, ['Mali']],
  ])('%s | %s', (title, text, matched, terms) => {
    const result = match({ title, text });
    expect(result.matched).toBe(matched);
    expect(result.terms).toEqual(terms);
  });

  it('says which exclude term rejected an item', () => {
    expect(match({ title: 'Mali', text: 'Football: the Malian team won.' }).excludedBy).toBe('football');
  });

  it('puts every item on topic when there are no include or strong terms', () => {
    const all = createTopicMatcher({ name: 'all', include: {}, exclude: ['football'], minMatches: 1 });
    expect(all({ title: 'Anything', text: 'at all' })).toEqual({ matched: true, terms: [] });
    expect(all({ title: 'Football', text: '' }).matched).toBe(false);
  });
});

describe('createTopicMatcher: minMatches, strong terms and spellings', () => {
  const match = createTopicMatcher({
    name: 't',
    include: { en: ['Mali | Malian', 'Tuareg'], fr: ['malien | malienne', 'Gao', 'Mali'] },
    strong: ['Kidal'],
    exclude: [],
    minMatches: 2,
  });
  it.each([
    ['Kidal retaken', '', true, ['Kidal']],
    ['Mali news', 'The Malian government said...', false, ['Mali | Malian']],
    ['Mali news', 'Tuareg groups said...', true, ['Mali | Malian', 'Tuareg']],
    ['Gao', "L'armée malienne à Gao", true, ['malien | malienne', 'Gao']],
  ])('%s | %s', (title, text, matched, terms) => {
    const result = match({ title, text });
    expect(result.matched).toBe(matched);
    expect(result.terms).toEqual(terms);
  });
});

describe('the bundled Kidal topic', () => {
  const { topic } = loadConfig({ file: BUNDLED_CONFIG_FILE });
  const match = createTopicMatcher(topic);
  it.each([
    ['Malian army says it has taken control of Kidal', 'The army entered the northern town on Tuesday.', true],
    ["L'armée malienne reprend Kidal", 'Les FAMa sont entrées dans la ville.', true],
    ['Mali: Tuareg separatists withdraw from their stronghold', 'The CMA said it left the town.', true],
    ['Retrait de la Minusma: les séparatistes touareg quittent Anéfis', '', true],
    ['Coup d’État au Niger : la junte fixe un calendrier', 'Les militaires au pouvoir à Niamey.', false],
    ['Kenya: floods displace thousands', 'Heavy rains hit Nairobi.', false],
    ['Somalia: army retakes town from al-Shabab', 'Somali troops entered the town.', false],
    ['Mali: junta extends transition', 'Bamako, the capital.', true],
    ['CAN 2024 : les Aigles du Mali qualifiés', 'Le Mali a battu la Gambie à Bamako, Kidal en fête.', false],
    ['Africa Cup of Nations: Mali beat Burkina Faso', 'Malian fans celebrated.', false],
  ])('%s', (title, text, matched) => {
    expect(match({ title, text }).matched).toBe(matched);
  });
});
