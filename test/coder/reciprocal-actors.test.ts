import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { participantCodes as names } from '../core/event-spec.ts';

// Reciprocal acts by coordinated sides ("X and Y clashed", "exchanged fire", "swapped prisoners", "met") are one
// event with every side as actor and no recipient (PLOVER manual, compound and reciprocal actors), not one event
// each way. An act with a named other side ("clashed with protesters") keeps its recipient.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const shown = (events: readonly Event[]) => events.map((e) => `${e.type} ${names(e, 'actor')}>${names(e, 'target')}`);

const CASES: Array<[string, string[]]> = [
  ['Armenian and Azerbaijani troops clashed on the border overnight.', ['ASSAULT ARMMIL+AZEMIL>-']],
  ['Indian and Chinese soldiers exchanged gunfire in the Galwan valley on Monday.', ['ASSAULT INDMIL+CHNMIL>-']],
  ['Israel and Hamas swapped prisoners on Thursday.', ['RETREAT ISR+hamas>-']],
  // a named other side is the recipient
  ['Police clashed with protesters in Nairobi on Tuesday.', ['ASSAULT KENCOP>KENOPP']],
  ['Ukraine exchanged prisoners with Russia on Friday.', ['RETREAT UKR>RUS']],
];

for (const [sentence, expected] of CASES) {
  test(`reciprocal sides — ${sentence}`, { timeout: 60_000 }, () => {
    assert.deepEqual(shown(code(sentence)), expected);
  });
}
