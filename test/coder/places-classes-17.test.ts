import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Place classes of session 17 (sentences written for this file): a proposer's city is no scene; a state's institution
// named in data/lexicon/national-bodies.tsv speaks from its seat.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const byTrigger = (events: Event[], word: string) => events.find((e) => e.trigger.text.startsWith(word));
const T = { timeout: 60_000 };

// "rejected an offer of talks from Washington": the city names who made the offer (a participant), not where
const PROPOSERS: Array<[string, string]> = [
  ['Iran rejected an offer of talks from Washington.', 'rejected'],
  ['The junta turned down a mediation offer from Abuja.', 'turned'],
  ['Armenia welcomed a peace proposal from Moscow on Tuesday.', 'welcomed'],
  ['The rebels accepted an invitation from Nairobi to attend talks.', 'accepted'],
];
for (const [text, trigger] of PROPOSERS) {
  test(`a proposer's city is no place of the act: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location, null);
    assert.ok(act.rules.includes('place:proposer'));
  });
}

// where something was done from, or a place of the sentence's own, stays
const NOT_PROPOSERS: Array<[string, string, string]> = [
  ['The Houthis fired missiles from Sanaa at a ship.', 'fired', 'Sanaa'],
  ['Protesters in Caracas rejected a proposal from Madrid.', 'rejected', 'Caracas'],
  ['The envoy arrived in Tehran with a letter from Washington.', 'arrived', 'Tehran'],
];
for (const [text, trigger, place] of NOT_PROPOSERS) {
  test(`a place of the act stays beside a proposer: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}

// a state's institution as a whole (data/lexicon/national-bodies.tsv) speaks from its seat, not the paragraph's town
const NATIONAL: Array<[string, string]> = [
  ['Gunmen killed 14 villagers in the town of Bokkos on Sunday, police said. The Nigerian government condemned the killings.', 'NGA'],
  ['Militants killed 12 soldiers in the town of Kidal on Friday. The Malian cabinet condemned the attack.', 'MLI'],
  ['Far-right rioters attacked a migrant shelter in the town of Bautzen on Saturday. The German chancellery condemned the attack.', 'DEU'],
];
for (const [text, country] of NATIONAL) {
  test(`a national body speaks from its seat: ${text.slice(-50)}`, T, () => {
    const act = byTrigger(code(text), 'condemned');
    assert.ok(act, 'an event on "condemned"');
    assert.ok(act.rules.includes('place:speaker-national'), act.rules.join(' '));
    assert.equal(act.location?.span ?? null, null);
    assert.equal(act.location?.country, country);
  });
}

test('a local official speaks at the scene: "The local government chairman condemned the killings"', T, () => {
  const act = byTrigger(code('Gunmen killed 14 villagers in the town of Bokkos on Sunday. The local government chairman condemned the killings.'), 'condemned');
  assert.ok(act);
  assert.equal(act.location?.name, 'Bokkos');
});
