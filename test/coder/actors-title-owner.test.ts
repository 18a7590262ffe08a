import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A name no actor list codes speaks for the group its title names: "TPLF spokesperson Getachew Reda denied" is the
// TPLF denying (participants.ts, `roles:tree-title-owner`, on the title the parser reads as the name's `nmod:desc`,
// or that tree-repair:title-read-as-oblique gives back to the name). A name with a code of its own keeps it.
// Sentences written for this test.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [sentence, expected actor code of the REJECT]
const CASES: Array<[string, string | null]> = [
  ['Speaking to reporters on Monday, TPLF spokesperson Tesfay Berhe denied the allegations.', 'tplf'],
  ['In a statement, Hamas spokesman Karim Haddad denied the allegations.', 'hamas'],
  ['Speaking by phone, Taliban spokesman Ahmad Wali denied the allegations.', 'taliban'],
  // a name with its own code keeps it; a title with no group names none
  ['U.S. President Joe Biden denied the allegations on Sunday.', 'USAGOV'],
  ['In a statement, opposition spokesman Karim Haddad denied the allegations.', null],
];

for (const [sentence, actor] of CASES) {
  test(`a title names whose side an uncoded name speaks for: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === 'REJECT');
    assert.deepEqual(events.map((e) => e.actor?.code ?? null), [actor]);
  });
}

// Class: the title with its owner before a name set off by commas ("Iran's foreign ministry spokesman, Nasser Kanaani,
// condemned"), read by the parser as an oblique of the verb: the title is the subject, the name its apposition.
const APPOSED: Array<[string, string, string]> = [
  ["Iran's foreign ministry spokesman, Reza Karimi, condemned the strike on the consulate.", 'ACCUSE', 'IRNGOV'],
  ["Ukraine's defense minister, Petro Danyliuk, accused Moscow of war crimes.", 'ACCUSE', 'UKRGOV'],
  ["Hezbollah's deputy leader, Ali Haidar, threatened Israel with retaliation.", 'THREATEN', 'hezbollah'],
];
for (const [sentence, type, actor] of APPOSED) {
  test(`a title and its name between commas: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.length > 0 && events.every((e) => e.actor?.code === actor), JSON.stringify(code(sentence).map((e) => [e.type, e.actor?.code])));
  });
}
