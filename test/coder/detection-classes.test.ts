import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { participantsOf, type Role } from '../../src/core/participants.ts';
import type { Event } from '../../src/schema/event.ts';

// Classes of construction where the coder found an event that is not there, or missed one that is, each on
// sentences written for this file. An expected event is "TYPE actor>target" and must match exactly: names are
// the participants' codes (else names) joined by "+", "-" when the role is empty. Rows whose expectation holds
// before and after a class's fix guard what the fix must not change; non-political sentences give no event.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const names = (e: Event, role: Role) => participantsOf(e, role).map((p) => p.code ?? p.name).join('+') || '-';
const render = (e: Event) => `${e.type} ${names(e, 'actor')}>${names(e, 'target')}`;

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // a pattern ending on a preposition of place ("send * troop to|near|along") reads in the passive too, and the forces
  // moved are the mover's own: no target (the passive subject is the pattern's own object word)
  ['passive of a move to a place', 'More soldiers were sent to the region by Russia.', ['MOBILIZE RUS>-']],
  ['passive of a move to a place', 'Warships were deployed near the strait by Iran on Sunday.', ['MOBILIZE IRN>-']],
  ['passive of a move to a place', 'Tanks were moved along the frontier by the Armenian army.', ['MOBILIZE ARMMIL>-']],
  ['passive of a move to a place', 'Russia sent more troops to the border.', ['MOBILIZE RUS>-']],
  ['passive of a move to a place', 'Two Russian diplomats were expelled by Poland.', ['SANCTION POL>RUSGOV']],
  // an act noun after a timing preposition ("after the clash") times the clause: the clause's verb is not the
  // support verb that names its actor ("launched an attack")
  ['act noun that times the clause', 'Chad sent troops to the border after the attack on its base.', ['MOBILIZE TCD>-']],
  ['act noun that times the clause', 'Police stepped up patrols in the capital after the bombing.', ['MOBILIZE Police>-']],
  ['act noun that times the clause', 'The government began an investigation after the shooting.', ['ACCUSE government>-']],
  ['act noun that times the clause', 'Kenya deployed soldiers along the frontier following the raid.', ['MOBILIZE KEN>-']],
  ['act noun that times the clause', 'Hamas launched a rocket attack on Israel.', ['ASSAULT hamas>ISR']],
  ['act noun that times the clause', 'The army launched a counteroffensive after the ambush.', ['ASSAULT army>-']],
  // non-political controls
  ['non-political control', 'More nurses were sent to the hospital by the health board.', []],
  ['non-political control', 'The team moved its training camp near the coast after the match.', []],
];

for (const [name, text, expected] of CASES) {
  test(`${name}: ${text}`, { timeout: 60_000 }, () => {
    const got = code(text).map(render).sort();
    assert.deepEqual(got, [...expected].sort());
  });
}
