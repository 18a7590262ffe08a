import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "Officials in Kabul said gunmen attacked a checkpoint": the capital is where the officials speak from, not where the
// gunmen attacked (src/core/speakers-seat.ts). The act then takes the place its own clause states, else the story's,
// else none. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

const SEAT: Array<[string, string]> = [
  ['Officials in Kabul said gunmen attacked a checkpoint.', 'attacked'],
  ['Authorities in Baghdad said a car bomb killed nine people at a market.', 'killed'],
  ['Lawmakers in Islamabad said militants kidnapped two engineers on Monday.', 'kidnapped'],
  ['The foreign ministry in Moscow said Ukrainian drones hit an oil depot.', 'hit'],
];
for (const [text, trigger] of SEAT) {
  test(`the speakers' capital is not the act's place: ${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.ok(act.location === null || act.location.precision === 'country', `placed at ${act.location?.name}`);
    assert.ok(act.rules.includes('place:speakers-seat'));
  });
}

// [text, trigger, place]: the act's own place, a fronted setting, speakers on the scene or outside a capital, the speakers' own act
const KEPT: Array<[string, string, string]> = [
  ['Officials in Kabul said gunmen attacked a checkpoint in Kunduz.', 'attacked', 'Kunduz'],
  ['Officials in Baghdad said a suicide bomber killed 14 people at a market in the town of Tuz Khurmatu.', 'killed', 'Tozkhurmato'],
  ['In Kabul, officials said gunmen attacked a checkpoint.', 'attacked', 'Kabul'],
  ['Police in Lagos said gunmen kidnapped 12 students on Monday.', 'kidnapped', 'Lagos'],
  ['Officials in Kunduz said gunmen attacked a checkpoint.', 'attacked', 'Kunduz'],
  ['Officials in Kabul said they arrested 12 militants.', 'arrested', 'Kabul'],
];
for (const [text, trigger, place] of KEPT) {
  test(`kept: ${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}

test('a later paragraph\'s act whose speakers sit in the capital takes the story\'s place, not the capital', T, () => {
  const text = 'Taliban fighters stormed a police post in Kunduz province on Sunday, killing six officers.\n\nOfficials in Kabul said the militants also attacked a checkpoint.';
  const act = code(text).find((e) => e.trigger.text.startsWith('attacked'));
  assert.ok(act);
  assert.equal(act.location?.name, 'Kunduz');
  assert.ok(act.rules.includes('place:story-opening'));
});

test('where the speakers sit is not the story\'s place: "Officials in Baghdad said ..." in the lead', T, () => {
  const text = 'Officials in Baghdad said a car bomb killed nine people at a market on Sunday.\n\nGunmen also attacked a checkpoint, police said.';
  const act = code(text).find((e) => e.trigger.text.startsWith('attacked'));
  assert.ok(act);
  assert.notEqual(act.location?.name, 'Baghdad');
});
