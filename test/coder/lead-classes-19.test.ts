import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Session 19's lead classes, each on sentences written for this file, with negatives that must not change.
const coder = createCoder(loadKnowledge());
const code = (text: string, published = '2025-04-12') => coder.code({ id: 'x', text, published, title: null });
const find = (events: Event[], trigger: string) => {
  const e = events.find((x) => x.trigger.text.startsWith(trigger));
  assert.ok(e, `no event on "${trigger}" in ${events.map((x) => x.trigger.text).join(' / ')}`);
  return e;
};
const T = { timeout: 60_000 };

// An addressee whose first words are nouns modifying it is still the verb's object: "called on the election
// authorities to ..." (an act noun is never part of an actor's words, so the phrase starts after it).
const NOUN_MODIFIED_OBJECT: Array<[string, string, string]> = [
  ['The European Union called on the election authorities to investigate the irregularities.', 'called on', 'authorities'],
  ['The UN urged the aid agencies to return to northern Gaza.', 'urged', 'aid agencies'],
  ['Washington called on the peace envoys to resume their work.', 'called on', 'envoys'],
  ['The African Union called on the election officials to announce the results.', 'called on', 'officials'],
];
for (const [text, trigger, target] of NOUN_MODIFIED_OBJECT) {
  test(`an object after noun modifiers: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.type, 'REQUEST');
    assert.ok(e.target?.text.includes(target), `target ${e.target?.text}`);
  });
}

// A joined clause with its own auxiliary or copula puts its act at its own time: its date and its names are not the
// first act's ("congratulated the winner and is due to visit Tbilisi on Monday"). 12 April 2025 is a Saturday.
const TENSED_CONJUNCT: Array<[string, string, string, string | null]> = [
  ['Hungary’s prime minister congratulated the ruling party on its victory and is due to visit Tbilisi on Monday.', 'congratulated', '2025-04-12', 'the ruling party'],
  ['The German chancellor praised the agreement and is due to travel to Kyiv on Tuesday.', 'praised', '2025-04-12', null],
  ['The French president condemned the attack and is expected to visit Beirut on Friday.', 'condemned', '2025-04-12', null],
  ['The prime minister welcomed the ceasefire and will travel to Cairo next week.', 'welcomed', '2025-04-12', null],
];
for (const [text, trigger, date, target] of TENSED_CONJUNCT) {
  test(`a tensed conjunct keeps its date and names: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.date?.value, date);
    assert.equal(e.target?.text ?? null, target);
  });
}
// ... while a conjunct in the same time shares them
const SAME_TIME: Array<[string, string, string]> = [
  ['The foreign minister arrived in Kyiv and met President Zelensky on Tuesday.', 'met', '2025-04-08'],
  ['Rebels attacked the town of Goma on Monday and burned the market.', 'attacked', '2025-04-07'],
  ['The envoy visited Damascus on Thursday and held talks with the new authorities.', 'visited', '2025-04-10'],
];
for (const [text, trigger, date] of SAME_TIME) {
  test(`a conjunct in the same time shares the date: ${text}`, T, () => assert.equal(find(code(text), trigger).date?.value, date));
}
test('the conjunct\'s own visit keeps its place and date', T, () => {
  const e = find(code('The German chancellor praised the agreement and is due to travel to Kyiv on Tuesday.'), 'travel');
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.target?.code, 'UKR');
  assert.equal(e.date?.value, '2025-04-15');
  assert.equal(e.provenance.certainty, 'planned');
});

// "is expected to visit/meet": a meeting on a schedule is a plan, as "is due to" is; an expected attack stays a forecast
const SCHEDULED: Array<[string, string, string]> = [
  ['The French president is expected to visit Beirut on Friday.', 'visit', '2025-04-18'],
  ['The two foreign ministers are expected to meet in Doha next week.', 'meet', ''],
  ['Lavrov is expected to hold talks with Chinese officials on Monday.', 'hold talks', '2025-04-14'],
];
for (const [text, trigger, date] of SCHEDULED) {
  test(`a scheduled meeting is planned: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.type, 'CONSULT');
    assert.equal(e.provenance.certainty, 'planned');
    if (date) assert.equal(e.date?.value, date);
  });
}
const FORECAST = [
  'Russia is expected to launch a new offensive in the spring.',
  'The army is expected to attack the city within days.',
  'Analysts expect the rebels to storm the capital.',
];
for (const text of FORECAST) {
  test(`an expected hostile act stays a forecast: ${text}`, T, () => assert.deepEqual(code(text).map((e) => e.type), []));
}

// An act a preventing verb kept from happening is no event: its "from" -ing clause ("blocked the administration from
// deporting the men") or the act noun a foiling verb takes ("police foiled an attack"); clause-cues.tsv
// preventing/foiling, tree-clauses/prevented-act.ts. The preventing verb's own act stays.
const PREVENTED: Array<[string, string[]]> = [
  ['A federal judge on Monday blocked the administration from deporting a group of Venezuelan migrants.', []],
  ['Police prevented the protesters from marching to parliament.', []],
  ['The army stopped the rebels from attacking the town.', []],
  ['The court barred the government from arresting the opposition leader.', ['COERCE barred']],
  ['Police foiled an attack on the embassy.', []],
  ['The bombing plot was foiled by police.', []],
  ['Security forces thwarted an attack on a police station in the capital.', []],
];
for (const [text, kept] of PREVENTED) {
  test(`a prevented act is no event: ${text}`, T, () => assert.deepEqual(code(text).map((e) => `${e.type} ${e.trigger.text.split(' ')[0]}`), kept));
}
const NOT_PREVENTED: Array<[string, string]> = [
  ['Rebels withdrew from the town after attacking it.', 'attacking'],
  ['Police stopped the march and arrested 20 protesters.', 'arrested'],
  ['Protesters marched from the university to parliament.', 'marched'],
];
for (const [text, trigger] of NOT_PREVENTED) {
  test(`an act beside a "from" or a stopping verb stays: ${text}`, T, () => assert.equal(find(code(text), trigger).provenance.certainty, 'asserted'));
}
