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
