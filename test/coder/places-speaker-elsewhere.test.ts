import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A statement is made where its speaker is (src/core/speaker-place.ts): a verbal act by a party of another state, or
// of a body of many states, takes neither the paragraph's setting nor the story's country; only a place its own
// sentence states ("Speaking in Brussels, ...") or the dateline of a desk in its own country. Speakers of the story's
// country, and speakers we cannot place, keep the story's place. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const byTrigger = (events: Event[], word: string) => events.find((e) => e.trigger.text.startsWith(word));
const T = { timeout: 60_000 };

// [story, trigger of the verbal act]: the verbal act is placed nowhere
const UNPLACED: Array<[string, string]> = [
  ['BEIRUT, Lebanon (AP) — Israeli troops clashed with Hezbollah fighters near the town of Bint Jbeil on Monday, killing three.\n\nThe United States has urged restraint.', 'urged'],
  ['Israeli airstrikes killed 12 people in the city of Khan Younis on Tuesday, health officials said. Egypt called on both sides to halt the fighting.', 'called'],
  ['Gunmen killed 14 villagers in Zamfara state, police said. The United Nations condemned the killings.', 'condemned'],
  ['Sudanese paramilitaries shelled the city of El Fasher on Sunday. The African Union appealed for an immediate truce.', 'appealed'],
];

for (const [text, trigger] of UNPLACED) {
  test(`a far speaker's statement takes no story place: ${text.slice(-60)}`, T, () => {
    const events = code(text);
    const act = byTrigger(events, trigger);
    assert.ok(act, `an event on "${trigger}": ${events.map((e) => e.trigger.text).join(', ')}`);
    assert.equal(act.location, null, `placed at ${act.location?.name}`);
    // the material act keeps its own place
    assert.ok(events.some((e) => e.type === 'ASSAULT' && e.location !== null));
  });
}

// [story, trigger, place]: the text says where it was said
const PLACED: Array<[string, string, string]> = [
  ['Russian forces shelled the city of Kharkiv on Friday, killing five civilians. Speaking in Brussels, NATO Secretary-General Jens Stoltenberg condemned the attack.', 'condemned', 'Brussels'],
  ['Russian forces shelled the city of Kharkiv on Friday. Addressing reporters in Ankara, Turkish President Recep Tayyip Erdogan urged Moscow to halt the attacks.', 'urged', 'Ankara'],
  ['WASHINGTON (AP) — The United States on Tuesday urged Israel to halt its offensive in Rafah.', 'urged', 'Washington, D.C.'],
  ['KYIV, Ukraine (AP) — Russian drones struck a residential building in Odesa overnight. Ukraine\'s foreign ministry condemned the attack.', 'condemned', 'Kyiv'],
];

for (const [text, trigger, place] of PLACED) {
  test(`a statement is placed where the text says it was said: ${text.slice(-60)}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}

// negatives: a speaker of the story's country, or one we cannot place, keeps the story's place
const KEPT: Array<[string, string, string]> = [
  ['Tigrayan forces attacked the town of Dessie on Monday, residents said. The Ethiopian government accused the Tigrayan forces of killing civilians.', 'accused', 'ETH'],
  ['Gunmen killed 14 villagers in Zamfara state, police said. Nigerian President Bola Tinubu condemned the killings.', 'condemned', 'NGA'],
  ['Protesters marched in the city of Dhaka on Saturday. The protesters demanded that the prime minister resign.', 'demanded', 'BGD'],
];

for (const [text, trigger, country] of KEPT) {
  test(`a speaker of the story's country keeps its place: ${text.slice(-60)}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.country, country);
    assert.ok(!act.rules.includes('place:speaker-elsewhere'));
  });
}

test('a material act of a foreign state keeps the story\'s place: "Israeli jets struck ... The jets also hit a school."', T, () => {
  const events = code('Israeli jets struck a camp in Rafah on Sunday. Israeli jets also bombed a school, killing six.');
  const bombed = byTrigger(events, 'bombed');
  assert.ok(bombed);
  assert.notEqual(bombed.location, null);
});

// a state speaking as a whole (its government, a ministry, a known national leader) speaks from its seat: not from the
// town of the paragraph's scene; local speakers (residents) keep it
const NATIONAL: Array<[string, string]> = [
  ['Gunmen killed 14 villagers in the town of Bokkos on Sunday, police said. The Nigerian government condemned the killings.', 'condemned'],
  ['Gunmen killed 14 villagers in the town of Bokkos on Sunday, police said. Nigeria\'s foreign ministry condemned the killings.', 'condemned'],
  ['Gunmen killed 14 villagers in the town of Bokkos on Sunday, police said. Nigerian President Bola Tinubu condemned the killings.', 'condemned'],
];
for (const [text, trigger] of NATIONAL) {
  test(`a state speaking as a whole is not at the scene's town: ${text.slice(-50)}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.notEqual(act.location?.name, 'Bokkos');
    assert.ok(act.rules.includes('place:speaker-national'));
  });
}

test('residents accusing the army speak at the scene: the paragraph\'s town stays', T, () => {
  const act = byTrigger(code('Gunmen killed 14 villagers in the town of Bokkos on Sunday, police said. Residents accused the army of failing to protect them.'), 'accused');
  assert.ok(act);
  assert.equal(act.location?.name, 'Bokkos');
});
