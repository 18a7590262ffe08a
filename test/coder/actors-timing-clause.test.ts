import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { participantsOf } from '../../src/core/participants.ts';

// Classes of actors, on sentences written for this test:
//  - a meeting noun that times a clause ("Following talks with X, Y agreed", "Y told reporters after meeting X")
//    is the clause subject's own meeting when nothing else names who met (src/extract/timing-clause.ts: the
//    noun's obl/advcl marked after/following/during/before → the verb it times → that verb's subject);
//  - a phrase after "in <place>," starts a new clause: it is a participant, not a place continuing a list
//    ("in Beijing, the Brazilian president signed"); "in Iraq, Syria and Lebanon" stays a list of places.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, expected "actor → target" of the CONSULT event]
const TIMING: Array<[string, string]> = [
  ['Following two days of talks with Kenyan officials, the Somali president agreed to reopen the border.', 'Somali president → Kenyan officials'],
  ['The French foreign minister told reporters on Monday after meeting his Egyptian counterpart that the truce would hold.', 'French foreign minister → Egyptian counterpart'],
  ['After a meeting with Chinese leaders in Beijing, the Brazilian president signed a trade deal.', 'Brazilian president → Chinese leaders'],
  ['During talks with Iranian negotiators in Vienna, the EU envoy raised the issue of inspections.', 'EU envoy → Iranian negotiators'],
  // on the tree: "following" read as a modifier of the noun (`amod`), "after meeting X" read as a clause (`advcl`)
  ['Officials said that, following intense negotiation in Doha, the Afghan government agreed to free prisoners.', 'Afghan government → —'],
  ['The Chadian president flew home on Sunday after meeting his Sudanese counterpart in Khartoum.', 'Chadian president → Sudanese counterpart'],
  ['After three rounds of talks with Iranian diplomats, the French foreign minister announced a new plan.', 'French foreign minister → Iranian diplomats'],
];

for (const [text, expected] of TIMING) {
  test(`a meeting that times a clause is its subject's — "${text}"`, () => {
    const labels = code(text).filter((e) => e.type === 'CONSULT').map((e) => `${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`);
    assert.ok(labels.includes(expected), labels.join(' | '));
  });
}

// "the Sudanese army (SAF) and the Rapid Support Forces (RSF) agreed": after a parenthesis the parser may hang the
// second conjunct as a second subject; one opening with "and" is a conjunct (tree-roles/participants.ts)
const SIBLING_SUBJECTS: Array<[string, string, string[]]> = [
  ["The Kenyan envoy said the Ethiopian army (ENDF) and the Tigray People's Liberation Front (TPLF) had agreed to a truce.", 'AGREE', ['ETHMIL', 'tplf']],
  ['After a week of talks in Geneva, the Yemeni government (YG) and the Houthis agreed to a prisoner swap.', 'AGREE', ['YEMGOV', 'houthis']],
  ['The Sudanese army (SAF) and the Rapid Support Forces (RSF) signed a truce in Jeddah on Saturday.', 'AGREE', ['SDNMIL', 'rapid-support-forces']],
];
for (const [text, type, codes] of SIBLING_SUBJECTS) {
  test(`a second subject opening with "and" is a conjunct — "${text}"`, () => {
    const events = code(text).filter((e) => e.type === type);
    const got = events.map((e) => participantsOf(e, 'actor').map((a) => a.code).join('+'));
    assert.ok(got.some((g) => codes.every((c) => g.split('+').includes(c))), got.join(' | '));
  });
}

test('an attack that times a clause is not given to the clause subject ("After the attack on the base, the army ...")', () => {
  const events = code('After the attack on the base, the army deployed troops to the border on Monday.');
  assert.ok(events.filter((e) => e.type === 'ASSAULT').every((e) => e.actor?.text !== 'army'), events.map((e) => `${e.type} ${e.actor?.text}`).join(' | '));
});

// [sentence, expected "TYPE actor" that must be found]
const AFTER_PLACE: Array<[string, string]> = [
  ['In Kabul, the Afghan president met the Pakistani envoy on Monday.', 'CONSULT Afghan president'],
  ['At a summit in Nairobi, Kenyan police arrested 12 protesters on Friday.', 'COERCE Kenyan police'],
  ['In the northern city of Kirkuk, Iraqi troops arrested 12 suspected militants on Sunday.', 'COERCE Iraqi troops'],
];

for (const [text, expected] of AFTER_PLACE) {
  test(`a phrase after "in <place>," is a participant — "${text}"`, () => {
    const labels = code(text).map((e) => `${e.type} ${e.actor?.text ?? '—'}`);
    assert.ok(labels.includes(expected), labels.join(' | '));
  });
}

test('"in Iraq, Syria and Lebanon": a list of places stays places, no actor', () => {
  const events = code('Protesters marched in Iraq, Syria and Lebanon on Friday.');
  assert.ok(events.every((e) => !['IRQ', 'SYR', 'LBN'].includes(e.actor?.code ?? '')), events.map((e) => `${e.type} ${e.actor?.code}`).join(' | '));
});
