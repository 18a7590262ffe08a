import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Classes of participants on sentences written for this test:
//  - a relational agent noun after a possessive ("their captors", "his kidnappers") names the agents by what they
//    did to the possessor: the agents act, the possessor is not their side;
//  - a counted toll in the passive ("at least one policeman was killed") is one occasion even with no date or place
//    in its sentence; an uncounted plural or a place stays a generalisation or a metaphor;
//  - a person named only in the article as the patient of an agentless act (below).
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, expected "TYPE actor → target" of the event on the relational agent]
const RELATIONAL: Array<[string, string]> = [
  ['The two aid workers were shot by their captors during the raid on Monday.', 'ASSAULT their captors'],
  ['The hostages said their kidnappers beat them every day.', 'ASSAULT their kidnappers'],
  ['The journalist was released by her abductors in Mali on Friday.', 'RETREAT her abductors'],
];

for (const [text, expected] of RELATIONAL) {
  test(`relational agent after a possessive — "${text}"`, () => {
    const events = code(text).map((e) => ({ e, label: `${e.type} ${e.actor?.text ?? '—'}` }));
    const hit = events.find((x) => x.label === expected);
    assert.ok(hit, events.map((x) => x.label).join(' | '));
    // the possessor is not taken as the agents' owner: no code of the victims' side on the agents
    assert.ok(hit.e.rules.every((r) => r !== 'anaphor:possessive-role'));
  });
}

test('relational agent: a possessive before an own role still points to the owner ("its fighters")', () => {
  const events = code('Hamas said on Monday that its fighters attacked an Israeli patrol near Gaza.');
  assert.ok(events.some((e) => e.type === 'ASSAULT' && e.actor?.text === 'its fighters' && e.actor.name === 'Hamas'), JSON.stringify(events.map((e) => e.actor)));
});

// [class, sentence, expected "TYPE target" of the agentless events]
const TOLLS: Array<[string, string, string[]]> = [
  ['a counted toll', 'Police said at least one officer from the riot unit was killed.', ['ASSAULT officer']],
  ['a counted toll', 'Their lawyer said two opposition activists were detained.', ['COERCE opposition activists']],
  ['a counted toll', 'Officials said three policemen were shot dead.', ['ASSAULT policemen']],
  ['an uncounted plural is no occasion', 'Journalists have been jailed.', []],
  ['an uncounted plural is no occasion', 'Activists were often detained under the old regime.', []],
  ['a place hit is no toll', 'Brazil has been hit hardest.', []],
];

for (const [name, text, expected] of TOLLS) {
  test(`passive toll: ${name} — "${text}"`, () => {
    const got = code(text).filter((e) => e.actor === null).map((e) => `${e.type} ${e.target?.text ?? null}`);
    assert.deepEqual(got.map((g) => g.split(' ')[0]), expected.map((x) => x.split(' ')[0]));
    for (let i = 0; i < expected.length; i++) assert.ok(got[i].includes(expected[i].split(' ').at(-1)!), got[i]);
  });
}

// A person named only in the article as what an agentless act befalls: an event when the sentence asserts the act,
// not when a temporal clause only recalls it as a landmark for another statement.
const NAMED_PATIENTS: Array<[string, string, string[]]> = [
  ['asserted', 'Ahmed Musa Bello was arrested in Kano on Monday.', ['COERCE Ahmed Musa Bello']],
  ['asserted', 'Maria Lopez Vega was abducted on Friday, her family said.', ['ASSAULT Maria Lopez Vega']],
  ['asserted', 'After a long trial, Chidi Obi Nwosu was jailed on Monday.', ['COERCE Chidi Obi Nwosu']],
  ['recalled as a landmark', 'The unrest began when the dictator Omar Haddad Nasser was toppled in 2011.', []],
  ['recalled as a landmark', 'The old flag was restored in 1990 after dictator Lena Brandt Okoro was forced to flee the country.', []],
  ['recalled as a landmark', 'The party has been banned since Kenneth Oduya Mwangi was ousted in 2009.', []],
];

for (const [name, text, expected] of NAMED_PATIENTS) {
  test(`named patient of an agentless act: ${name} — "${text}"`, () => {
    const got = code(text).filter((e) => e.actor === null).map((e) => `${e.type} ${e.target?.text ?? null}`);
    assert.deepEqual(got, expected);
  });
}
