import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Regions the city lists lack (data/places/sites.json kind "region": the West Bank, the Gaza Strip, Crimea, Darfur)
// are read at region precision: a town named in them says more precisely where an act happened, as a base or camp
// (a site) still does. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

const CASES: Array<[string, string, string]> = [
  // [text, trigger, place name]
  ['Israeli troops raided the West Bank city of Jenin on Wednesday, killing three Palestinians.', 'raided', 'Janīn'],
  ['Ukrainian drones struck the port of Sevastopol in Crimea overnight.', 'struck', 'Sevastopol'],
  ['Paramilitary fighters stormed the town of Mellit in Darfur on Sunday, killing 15 civilians.', 'stormed', 'Mellit'],
  // the region alone, and a site within one
  ['Israeli troops raided a refugee camp in the West Bank on Monday.', 'raided', 'West Bank'],
  ['Azerbaijani forces shelled positions in Nagorno-Karabakh on Tuesday.', 'shelled', 'Nagorno-Karabakh'],
  ['Paramilitary fighters attacked the Zamzam camp in Darfur on Friday.', 'attacked', 'Zamzam camp'],
];
for (const [text, trigger, place] of CASES) {
  test(`${place}: ${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}

test('the regions are region precision, districts of a city stay sites', T, () => {
  const kb = loadKnowledge();
  assert.ok(kb.places.lookup('west bank').some((p) => p.id === 'west-bank' && p.precision === 'region'));
  assert.ok(kb.places.lookup('crimea').some((p) => p.id === 'crimea' && p.precision === 'region'));
  assert.ok(kb.places.lookup('sadr city').some((p) => p.id === 'sadr-city' && p.precision === 'site'));
});
