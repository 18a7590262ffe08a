import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A dateline says where the reporter filed from. It places an act told as done only when nothing else does, and
// never when the story's opening sentences put the news in another country: "NAIROBI, Kenya (AP) — Militants
// attacked a base in southern Somalia" is filed from a desk abroad (resolve/story-place.ts `leadCountries`). Nor does
// that desk count towards the story's country. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

// [story, trigger of a later act that states no place]: not placed at the dateline nor in the desk's country
const ABROAD: Array<[string, string, string]> = [
  ['NAIROBI, Kenya (AP) — Al-Shabab militants attacked a military base in southern Somalia on Friday, killing 12 soldiers.\n\nThe militants also seized weapons.', 'seized', 'KEN'],
  ['CAIRO (AP) — Sudanese paramilitary fighters stormed the town of Tawila in North Darfur on Sunday.\n\nThe fighters also abducted 12 aid workers.', 'abducted', 'EGY'],
  ['BANGKOK (AP) — Myanmar\'s military bombed a village in Sagaing region on Tuesday, killing 20 people.\n\nSoldiers also arrested the village chief.', 'arrested', 'THA'],
];
for (const [text, trigger, desk] of ABROAD) {
  test(`a desk abroad places no act: ${text.slice(0, 40)}`, T, () => {
    const events = code(text);
    const act = events.find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}": ${events.map((e) => e.trigger.text).join(', ')}`);
    assert.notEqual(act.location?.country, desk, `placed at ${act.location?.name}`);
    assert.ok(!act.rules.includes('place:dateline'));
  });
}

// negatives: the dateline of the news' own country still places an act that states nothing else; a stated place wins
const HOME: Array<[string, string, string]> = [
  ['KABUL, Afghanistan (AP) — A suicide bomber killed 12 people at a mosque on Friday, officials said.', 'killed', 'Kabul'],
  ['KYIV, Ukraine (AP) — Russian drones struck the port of Odesa overnight, killing two people.', 'struck', 'Odessa'],
  ['KYIV, Ukraine (AP) — Russian drones struck a residential building overnight, killing two people.', 'struck', 'Kyiv'],
];
for (const [text, trigger, place] of HOME) {
  test(`kept: ${text.slice(0, 60)}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}
