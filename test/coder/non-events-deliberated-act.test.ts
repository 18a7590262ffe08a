import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// An indefinite act noun that a verb of weighing, proposing or opposing takes as its object is an act under
// discussion, none done (src/core/deliberated-act.ts, clause-cues "deliberating"). Found by coding real web text
// never fitted (session 15 probe: "Rumsfeld initially rejected an attack on al-Qaeda bases"). Sentences written
// for this file.

describe('an act weighed, opposed or ruled out is no event', { timeout: 120_000 }, () => {
  table('no event', [
    ['The French president opposed an invasion of Iraq.', []],
    ['The Pentagon ruled out an attack on North Korea.', []],
    ['Biden favored a blockade of Cuba.', []],
    ['Senators debated a military intervention in Libya.', []],
  ]);
  table('the verbs that carry a type of their own stay', [
    ['The EU is considering new sanctions against Russia.', ['THREATEN EU>RUS']],
    ['Russia vetoed a resolution on Syria.', ['REJECT RUS']],
    ['Hamas rejected a ceasefire proposal from Egypt.', ['REJECT']],
  ]);
  table('acts done, and definite acts reacted to, stay', [
    ['Israeli troops launched an attack on Rafah on Monday.', ['ASSAULT ISR']],
    ['The army carried out an attack on a rebel camp in Darfur.', ['ASSAULT']],
  ]);
});
