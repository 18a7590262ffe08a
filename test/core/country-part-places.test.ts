import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

const coder = createCoder(loadKnowledge());
const placesOf = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null }).map((e) => e.location?.name ?? null);

// Class: a country's part named by its compass side after a locative word ("at northern Israel") is where an act happened, even when the
// country is the act's target; the bare country that is a participant is not (src/core/attach.ts).
const PARTS: Array<[string, string]> = [
  ['Hezbollah fired rockets at northern Israel on Monday, the Israeli military said.', 'Israel'],
  ['Russian drones slammed into western Ukraine overnight, the Ukrainian air force said.', 'Ukraine'],
  ['Ukrainian forces fired missiles at southern Russia on Sunday, Russian officials said.', 'Russia'],
  ['Iran launched drones at northern Iraq on Tuesday, Kurdish officials said.', 'Iraq'],
];
for (const [text, place] of PARTS) {
  test(`country part: "${text.slice(0, 50)}" → ${place}`, { timeout: 120_000 }, () => {
    assert.ok(placesOf(text).includes(place), JSON.stringify(placesOf(text)));
  });
}
test('country part: the bare country attacked is no place', { timeout: 120_000 }, () => {
  const places = placesOf('Hezbollah fired rockets at Israel on Monday.');
  assert.ok(places.length > 0 && places.every((p) => p === null), JSON.stringify(places));
});

// Class: "through" names where a march or a column went ("marched through Washington"): a city, not a metonym.
const THROUGH: Array<[string, string]> = [
  ['Anti-government protesters marched through Washington on Saturday.', 'Washington, D.C.'],
  ['Thousands of demonstrators marched through Nairobi on Tuesday to protest tax increases.', 'Nairobi'],
  ['Opposition supporters marched through Dhaka on Friday, police said.', 'Dhaka'],
];
for (const [text, place] of THROUGH) {
  test(`through: "${text.slice(0, 50)}" → ${place}`, { timeout: 120_000 }, () => {
    assert.ok(placesOf(text).includes(place), JSON.stringify(placesOf(text)));
  });
}
