import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A city standing for its state ("Moscow rejected", "warned Manila") is no place of the act (src/core/state-metonym.ts).
const coder = createCoder(loadKnowledge());
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .map((e) => ({ type: e.type, trigger: e.trigger.text, place: e.location?.name ?? null, rules: e.rules }));

// Class 1: the city is the actor, its possessor, or the addressee of a verbal act or sanction.
const STATE: Array<[string, string, string[]]> = [
  ['Moscow rejected the proposal on Tuesday.', 'REJECT', ['Moscow']],
  ['Tehran rejected the accusation and warned of retaliation.', 'THREATEN', ['Tehran']],
  ['Beijing warned Manila against further provocations in the disputed waters.', 'THREATEN', ['Beijing', 'Manila']],
  ['Berlin pledged 500 million euros in aid to Kyiv.', 'AGREE', ['Berlin', 'Kyiv']],
  ['Moscow launched a wave of missile strikes on Ukrainian cities on Friday.', 'ASSAULT', ['Moscow']],
  ['Washington imposed sanctions on Moscow over the invasion.', 'SANCTION', ['Washington', 'Moscow', 'Washington, D.C.']],
];
for (const [text, type, not] of STATE) {
  test(`state metonym: no place from the state's city — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === type);
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) assert.ok(e.place === null || !not.includes(e.place), JSON.stringify(e));
  });
}

// Class 2: the city is the subject or possessor of a clause governing the act (the speaker), or the act's own actor.
const GOVERNING: Array<[string, string, string[]]> = [
  ['Russia accused Ukraine of shelling the plant. Moscow accused Kyiv of shelling the plant again.', 'ASSAULT', ['Moscow', 'Kyiv']],
  ['Kyiv said its forces shot down 20 drones.', 'ASSAULT', ['Kyiv']],
  ["Kyiv's claim that its forces shot down 20 drones could not be verified.", 'ASSAULT', ['Kyiv']],
  // (a charged act is coded only as a specific incident, with a count or a day, since session 41: plover-41)
  ['Washington accused Tehran of supplying 200 drones to Russia.', 'AID', ['Washington, D.C.', 'Tehran']],
  ['Paris accused Algiers of expelling 12 French diplomats.', 'SANCTION', ['Paris', 'Algiers']],
  ['Beijing said Manila had rammed a Chinese vessel.', 'ASSAULT', ['Beijing', 'Manila']],
];
for (const [text, type, not] of GOVERNING) {
  test(`state metonym: a governing clause's state city is no place — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === type);
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) assert.ok(e.place === null || !not.includes(e.place), JSON.stringify(e));
  });
}

// Negatives: the act lands on the city, the city is where the actors are, or it is named after "in".
const KEPT: Array<[string, string, string]> = [
  ['Russian missiles hit Kyiv on Thursday, killing three people.', 'ASSAULT', 'Kyiv'],
  ['Police in Tehran arrested 12 women on Monday.', 'COERCE', 'Tehran'],
  ['Kyiv said Russian forces shelled Kharkiv overnight.', 'ASSAULT', 'Kharkiv'],
  // taking a city is CAMEO 192 occupy territory, an ASSAULT (extra-verbs.tsv seize|conquer with a place)
  ['The Taliban seized Kabul on Sunday.', 'ASSAULT', 'Kabul'],
  ['Hundreds of people protested in Washington on Saturday.', 'PROTEST', 'Washington, D.C.'],
  ['Officials in Kyiv accused Moscow of shelling a hospital.', 'ACCUSE', 'Kyiv'],
];
for (const [text, type, place] of KEPT) {
  test(`state metonym: kept — "${text.slice(0, 50)}" → ${place}`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === type);
    assert.ok(found.length > 0, 'the event is coded');
    assert.ok(found.some((e) => e.place === place), JSON.stringify(found));
  });
}

// A later verbal act aimed at someone it introduces is a new act, not a restatement (coreference-compatible.ts).
const NEW_ADDRESSEE: Array<[string, number]> = [
  ['Pakistan accused India of killing two border guards. Islamabad summoned a senior Indian diplomat on Thursday.', 2],
  ['India accused Pakistan of shelling border posts. New Delhi summoned a senior Pakistani diplomat on Friday.', 2],
  ['Ethiopia accused Sudan of backing the rebels. Addis Ababa summoned a Sudanese envoy on Monday.', 2],
  ['Algeria accused Morocco of spying on its officials. Algiers summoned a Moroccan diplomat.', 2],
];
for (const [text, n] of NEW_ADDRESSEE) {
  test(`state metonym: a verbal act to a new addressee stays apart — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    assert.equal(events(text).filter((e) => e.type === 'ACCUSE').length, n);
  });
}
