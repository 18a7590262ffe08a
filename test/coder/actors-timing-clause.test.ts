import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Classes of actors, on sentences written for this test:
//  - a meeting noun that times a clause ("Following talks with X, Y agreed", "Y told reporters after meeting X")
//    is the clause subject's own meeting when nothing else names who met (src/extract/timing-clause.ts);
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
];

for (const [text, expected] of TIMING) {
  test(`a meeting that times a clause is its subject's — "${text}"`, () => {
    const labels = code(text).filter((e) => e.type === 'CONSULT').map((e) => `${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`);
    assert.ok(labels.includes(expected), labels.join(' | '));
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
