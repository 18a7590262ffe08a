import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "near the border with Afghanistan", "on the Chad border", "near the Iraqi border": the place is a border area on the
// story's or the participant's side, not the neighbour named (src/resolve/border-phrases.ts, place:border-area).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

// [text, trigger, side]: the event's place is the border area, in the side's country
const AREAS: Array<[string, string, string | null]> = [
  ['Pakistani troops clashed with militants near the border with Afghanistan on Monday, killing four.', 'clashed', 'PAK'],
  ['Sudanese forces attacked a rebel camp on the Chad border.', 'attacked', 'SDN'],
  ['Turkish jets struck Kurdish militant positions near the Iraqi border on Sunday.', 'struck', 'TUR'],
  ['Israeli troops killed two Palestinians along the border with Gaza on Friday.', 'killed', 'ISR'],
  ['Government troops clashed with Kachin rebels near the Burma-China border on Tuesday.', 'clashed', null],
];
for (const [text, trigger, side] of AREAS) {
  test(`a border area, not the neighbour: ${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.match(act.location?.text ?? '', /border/);
    assert.equal(act.location?.country, side);
    assert.ok(act.rules.includes('place:border-area'));
  });
}

// negatives: a town named beside the border is the place (a border with no neighbour named: places-classes-18)
const KEPT: Array<[string, string, string | null]> = [
  ['Gunmen killed five soldiers in the town of Mandera near the border with Somalia on Monday.', 'killed', 'Mandera'],
  ['Ukrainian drones struck an oil depot in the Bryansk region near the border with Ukraine, Russian officials said.', 'struck', 'Bryansk Oblast'],
];
for (const [text, trigger, place] of KEPT) {
  test(`kept: ${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name ?? null, place);
    assert.ok(!act.rules.includes('place:border-area'));
  });
}
