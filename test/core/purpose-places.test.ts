import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// The place of an event is where it happened, not where its aim lies (src/core/purpose-place.ts).
const coder = createCoder(loadKnowledge());
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .map((e) => ({ type: e.type, trigger: e.trigger.text, place: e.location?.name ?? null, rules: e.rules }));

// Class 1: an act that is another's aim happens where that act does ("rallied in Paris to demand a ceasefire in Gaza").
const GOVERNOR: Array<[string, string, string]> = [
  ['Protesters rallied in Paris on Saturday to demand a ceasefire in Gaza.', 'REQUEST', 'Paris'],
  ['Thousands of farmers drove tractors into Brussels on Thursday to protest cheap imports from Ukraine.', 'PROTEST', 'Brussels'],
  ['Protesters marched in Kabul on Sunday to demand the reopening of schools in Kandahar.', 'REQUEST', 'Kabul'],
];
for (const [text, type, place] of GOVERNOR) {
  test(`purpose place: the aim "${type}" happens where its governor does — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === type);
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) assert.equal(e.place, place, JSON.stringify(e));
  });
}

// Class 2: a protest takes no place from its topic ("a sit-in to protest the war in Gaza"), nor an act done to the protesters.
const TOPIC: string[] = [
  'Hundreds of students staged a sit-in on Monday to protest the war in Gaza.',
  'Police arrested 40 students who staged a sit-in to protest the war in Gaza.',
  'Dozens of activists staged a protest on Friday to mourn the victims of the bombing in Peshawar.',
  'Dozens of activists rallied on Friday to condemn the killing of a journalist in Peshawar.',
];
for (const text of TOPIC) {
  test(`purpose place: a topic is no place — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = events(text);
    assert.ok(found.length > 0, 'an event is coded');
    // (the protest's own place; "the killing of a journalist in Peshawar" is an incident of its own, placed there, since
    // recall-39's agentless act nouns)
    for (const e of found.filter((f) => f.type !== 'ASSAULT')) assert.ok(e.place !== 'Gaza' && e.place !== 'Peshawar', JSON.stringify(e));
  });
}

// Negatives: a material act's own aim, and the goal of an operation, name where it went; a venue stays the venue.
const KEPT: Array<[string, string, string]> = [
  ['Government troops launched an offensive to retake the town of Bakhmut on Tuesday.', 'ASSAULT', 'Bakhmut'],
  ['At least 11 people were killed in a failed raid to rescue two hostages in Somalia on Saturday.', 'ASSAULT', 'Somalia'],
  ['Activists gathered outside the embassy in Berlin to denounce the killings in Darfur.', 'PROTEST', 'Berlin'],
];
for (const [text, type, place] of KEPT) {
  test(`purpose place: kept — "${text.slice(0, 50)}" → ${place}`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === type);
    assert.ok(found.length > 0, 'the event is coded');
    assert.ok(found.some((e) => e.place === place), JSON.stringify(found));
  });
}
