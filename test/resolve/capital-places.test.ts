import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

const kb = loadKnowledge();
const coder = createCoder(kb);
const placesOf = (text: string) => coder.code({ id: 't', text, published: '2021-05-04', title: null }).map((e) => ({ name: e.location?.name ?? null, rules: e.rules }));

// Class: a capital named by its country ("the nation's capital", "the Afghan capital", "Haiti's capital", "the capital of X").
const CAPITAL_BY_COUNTRY: Array<[string, string]> = [
  ["Pakistan's coalition government on Thursday negotiated an end to a four-day protest in the nation's capital led by a cleric.", 'Islamabad'],
  ['Police clashed with protesters in the Afghan capital on Monday.', 'Kabul'],
  ["Rebels shelled the outskirts of Haiti's capital on Friday.", 'Port-au-Prince'],
  ['Troops opposed to the government attacked the capital of Somalia on Tuesday.', 'Mogadishu'],
];
for (const [text, city] of CAPITAL_BY_COUNTRY) {
  test(`capital place: "${text.slice(0, 50)}" → ${city}`, () => {
    const events = placesOf(text);
    assert.ok(events.length > 0, 'an event is coded');
    assert.ok(events.some((e) => e.name === city && e.rules.includes('place:capital-of-country')), JSON.stringify(events));
  });
}

// Class: the capital's own name follows, or "capital" is no city: the rule does not fire.
const NOT_READ: string[] = [
  'Protesters marched in the capital, Kabul, on Friday.',
  'Lawmakers in Iran protested against capital punishment on Monday.',
  "Police in Belarus detained dozens of marchers in the country's capital Minsk on Sunday.",
];
for (const text of NOT_READ) {
  test(`capital place: no capital rule in "${text.slice(0, 50)}"`, () => {
    for (const e of placesOf(text)) assert.ok(!e.rules.includes('place:capital-of-country'), JSON.stringify(e));
  });
}
