import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { createCoder } from '../../src/core/index.ts';

// Two classes of participant the gazetteer lookup used to drop: a dotted abbreviation used as a modifier
// before a lower-case noun ("U.S. airstrikes"), and organisations news names by a short form with "the"
// ("the Red Cross").
const kb = loadKnowledge();
const coder = createCoder(kb);
const phrases = (text: string) => {
  const doc = analyze(text);
  return findActorPhrases(doc, normalizeWithMap(text), kb, '2024-05-01').filter((p) => p.code).map((p) => `${p.text}=${p.code}`);
};
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null }).map((e) => `${e.type} ${e.actor?.code ?? null}`);

// the phrase takes the abbreviation's final dot, so the word after it is read as what follows the country
const ABBREVIATION_MODIFIER: Array<[string, string[], string]> = [
  ['Residents said U.S. airstrikes killed nine fighters near the border.', ['U.S.=USAMIL'], 'ASSAULT USAMIL'],
  ['Suspected U.S. drone strikes killed four insurgents overnight.', ['U.S.=USAMIL'], 'ASSAULT USAMIL'],
  ['Witnesses said U.K. warplanes bombed a depot on Friday.', ['U.K. warplanes=GBRMIL'], 'ASSAULT GBRMIL'],
  ['The U.N. envoy urged the rival factions to return to talks.', ['U.N. envoy=IGOUNO'], 'REQUEST IGOUNO'],
];
for (const [text, expected, event] of ABBREVIATION_MODIFIER) {
  test(`abbreviation before a lower-case noun: ${text}`, () => {
    assert.deepEqual(phrases(text).filter((p) => expected.some((e) => e.split('=')[0] === p.split('=')[0])), expected);
    assert.ok(events(text).includes(event), `${event} in ${JSON.stringify(events(text))}`);
  });
}

test('a dotted abbreviation before a lower-case word ends no sentence', () => {
  for (const text of ['Residents said U.S. airstrikes killed nine fighters.', 'The U.N. envoy urged calm.', 'Witnesses said U.K. warplanes bombed a depot.']) {
    assert.equal(analyze(text).sentences.length, 1, text);
  }
});

const SHORT_ORGANISATION_NAME: Array<[string, string]> = [
  ['The Red Cross delivered medicine to the besieged town.', 'AID NGOHLHIRC'],
  ['Officials said the Red Cross visited 60 detainees in the jail.', 'CONSULT NGOHLHIRC'],
  ['A Red Cross delegation met rebel commanders on Tuesday.', 'CONSULT NGOHLHIRC'],
];
for (const [text, event] of SHORT_ORGANISATION_NAME) {
  test(`organisation by its short name: ${text}`, () => {
    assert.ok(phrases(text).includes('Red Cross=NGOHLHIRC'), JSON.stringify(phrases(text)));
    assert.ok(events(text).includes(event), `${event} in ${JSON.stringify(events(text))}`);
  });
}

test('well-known NGOs with their full names stay found', () => {
  assert.ok(events('Human Rights Watch accused the police of torturing prisoners.').some((e) => e.endsWith('NGOHRI')));
  assert.ok(events('Amnesty International urged the authorities to free the students.').includes('REQUEST NGOHRIAMN'));
  assert.ok(phrases('Doctors Without Borders closed its clinic in the city.').includes('Doctors Without Borders=NGOHLHMSF'));
});
