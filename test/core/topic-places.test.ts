import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A protest or statement about an act elsewhere does not happen at that act's place (src/core/topic-places.ts).
const coder = createCoder(loadKnowledge());
const byTrigger = (text: string, trigger: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .filter((e) => e.trigger.text.startsWith(trigger))
  .map((e) => ({ type: e.type, trigger: e.trigger.text, place: e.location?.span ? e.location.name : null, rules: e.rules }));

// Class: the place hangs on (or right after) the noun of the material act the protest or statement is about.
const TOPIC: Array<[string, string, string]> = [
  ['Thousands of people protested against the war in Ukraine on Saturday.', 'protested', 'Ukraine'],
  ['Protesters demonstrated over the killing of a teenager in Paris.', 'demonstrated', 'Paris'],
  ['Students protested against the arrest of activists in Hong Kong.', 'protested', 'Hong Kong'],
  ['Ankara condemned the attack on its embassy in Baghdad.', 'condemned', 'Baghdad'],
];
for (const [text, trigger, not] of TOPIC) {
  test(`topic places: "${trigger}" does not happen where its topic did — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = byTrigger(text, trigger);
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) assert.notEqual(e.place, not, JSON.stringify(e));
    assert.ok(found.some((e) => e.rules.includes('place:topic-act')), JSON.stringify(found));
  });
}

// Negatives: the protest's own venue, the act itself, a protest as the topic (held where the talks are), a meeting's venue.
const KEPT: Array<[string, string, string]> = [
  ['Demonstrators in London protested against the war in Gaza on Saturday.', 'protested', 'London'],
  ['Thousands rallied in Kyiv against the Russian invasion.', 'rallied', 'Kyiv'],
  ['Hundreds of students protested against the war in Gaza outside parliament.', 'protested', 'parliament'],
  ['Ankara condemned the attack on its embassy in Baghdad.', 'attack', 'Baghdad'],
  ['The government negotiated an end to a four-day protest in Islamabad.', 'negotiated', 'Islamabad'],
  ['Leaders met at a summit in Brussels on Thursday.', 'met', 'Brussels'],
];
for (const [text, trigger, place] of KEPT) {
  test(`topic places: kept — "${text.slice(0, 50)}" "${trigger}" → ${place}`, { timeout: 120_000 }, () => {
    const found = byTrigger(text, trigger);
    assert.ok(found.length > 0, 'the event is coded');
    assert.ok(found.some((e) => e.place === place), JSON.stringify(found));
  });
}
