import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRef, EventDate, EventLocation } from '../../src/schema/event.ts';
import { certaintiesFit, datesFit, marksAnotherOccasion, participantFit, placesFit } from '../../src/core/coreference-compatible.ts';
import { mergeCoreferent } from '../../src/core/coreference.ts';
import { makeEvent } from '../eval/make-event.ts';

// The tests of when two mentions may be one event, field by field.
const ref = (text: string, code: string | null): ActorRef => ({ text, name: text, code, span: [0, text.length], basis: 'stated' });
const day = (value: string, precision: EventDate['precision'] = 'day', basis: 'stated' | 'inferred' = 'stated'): EventDate => ({ value, precision, text: value, span: basis === 'stated' ? [0, 1] : null, basis });
const place = (name: string, precision: EventLocation['precision'], country: string, stated = true): EventLocation =>
  ({ text: stated ? name : '', name, country, lat: null, lon: null, span: stated ? [0, 1] : null, precision, basis: stated ? 'stated' : 'inferred' });

test('participants: a code that extends the other is the same actor; different codes conflict; a missing one is open', () => {
  const rows: Array<[ActorRef | null, ActorRef | null, string]> = [
    [ref('Iraq', 'IRQ'), ref('Iraqi forces', 'IRQMIL'), 'same'],
    [ref('Hamas', 'hamas'), ref('the group', 'hamas'), 'same'],
    [ref('Russia', 'RUS'), ref('Ukraine', 'UKR'), 'conflict'],
    [ref('gunmen', null), ref('the gunmen', null), 'same'],
    [ref('gunmen', null), ref('soldiers', null), 'conflict'],
    [null, ref('Taliban', 'taliban'), 'open'],
  ];
  for (const [a, b, fit] of rows) assert.equal(participantFit(a, b), fit, `${a?.text} / ${b?.text}`);
});

test('dates: a month fits its days, two stated days do not, a publication-date stand-in fits anything', () => {
  assert.equal(datesFit(day('2024-03'), day('2024-03-11')), true);
  assert.equal(datesFit(day('2024-03-11'), day('2024-03-13')), false);
  assert.equal(datesFit(day('2024-03-11'), day('2024-03-14', 'reported', 'inferred')), true);
  assert.equal(datesFit(day('2024-03-11', 'week'), day('2024-03-14')), true);
  assert.equal(datesFit(day('2024-03-11', 'week'), day('2024-03-19')), false);
  assert.equal(datesFit(null, day('2024-03-11')), true);
});

test('places: two towns conflict, a town fits its region or country, an inferred place fits anything', () => {
  assert.equal(placesFit(place('Lagos', 'city', 'NGA'), place('Abuja', 'city', 'NGA')), false);
  assert.equal(placesFit(place('Borno', 'region', 'NGA'), place('Maiduguri', 'city', 'NGA')), true);
  assert.equal(placesFit(place('Somalia', 'country', 'SOM'), place('Kismayo', 'city', 'SOM')), true);
  assert.equal(placesFit(place('Kenya', 'country', 'KEN'), place('Kismayo', 'city', 'SOM')), false);
  assert.equal(placesFit(place('Iraq', 'country', 'IRQ', false), place('Kabul', 'city', 'AFG')), true);
});

test('certainty: outlet and source accounts fit; an accusation, a plan or a denial stays apart', () => {
  assert.equal(certaintiesFit('asserted', 'claimed'), true);
  assert.equal(certaintiesFit('asserted', 'alleged'), false);
  assert.equal(certaintiesFit('planned', 'asserted'), false);
  assert.equal(certaintiesFit('denied', 'denied'), true);
});

test('another occasion: "another", "again", "also", "a second" near the trigger; "New Delhi" is no cue', () => {
  const rows: Array<[string, string, boolean]> = [
    ['Militants launched another attack on the base.', 'attack', true],
    ['The jets struck the town again.', 'struck', true],
    ['The group also attacked a convoy.', 'attacked', true],
    ['A second strike hit the market.', 'strike', true],
    ['In New Delhi, police detained the protesters.', 'detained', false],
    ['The militants stormed the base at dawn.', 'stormed', false],
  ];
  for (const [text, trigger, expected] of rows) {
    const e = makeEvent(text, { type: 'ASSAULT', evidence: text, trigger });
    assert.equal(marksAnotherOccasion(e, text), expected, text);
  }
});

test('merge: the most specific mention speaks; dates and places take the finest stated value, with its span', () => {
  const text = 'Rebels attacked the town in March. Rebels attacked the town of Kidal on 11 March, killing nine people.';
  const a = { ...makeEvent(text, { type: 'ASSAULT', evidence: 'Rebels attacked the town in March.', trigger: 'attacked', actor: ref('Rebels', 'MLIREB') }), date: day('2024-03', 'month') };
  const b = { ...makeEvent(text, { type: 'ASSAULT', evidence: 'Rebels attacked the town of Kidal on 11 March, killing nine people.', trigger: 'attacked', actor: ref('Rebels', 'MLIREB') }), date: { ...day('2024-03-11'), span: [72, 80] as [number, number] }, location: place('Kidal', 'city', 'MLI') };
  const [merged, ...rest] = mergeCoreferent([a, b], text);
  assert.equal(rest.length, 0);
  assert.equal(merged.date?.value, '2024-03-11');
  assert.deepEqual(merged.date?.span, [72, 80]);
  assert.equal(merged.location?.name, 'Kidal');
  assert.deepEqual(merged.evidence, b.evidence, 'the mention with a date and a town speaks for the event');
  assert.deepEqual(merged.mentions?.map((m) => m.sentence), [a.evidence.sentence, b.evidence.sentence]);
});

test('merge: an agentless report is not joined to a later act that names an agent (two acts, or an unproven tie)', () => {
  const text = 'Two soldiers were killed in an ambush. Troops exchanged fire with militants.';
  const a = makeEvent(text, { type: 'ASSAULT', evidence: 'Two soldiers were killed in an ambush.', trigger: 'killed', target: ref('militants', 'SOMREB') });
  const b = makeEvent(text, { type: 'ASSAULT', evidence: 'Troops exchanged fire with militants.', trigger: 'exchanged', actor: ref('Troops', 'SOMMIL'), target: ref('militants', 'SOMREB') });
  assert.equal(mergeCoreferent([a, b], text).length, 2);
});

test('participants: a description is read by its head noun, also through the pronoun that refers to it', { timeout: 60_000 }, async () => {
  const { loadKnowledge } = await import('../../src/knowledge/load.ts');
  const { armedActors } = await import('../../src/core/armed-actors.ts');
  const armed = armedActors(loadKnowledge());
  const described = (text: string, name: string): ActorRef => ({ text, name, code: null, span: [0, text.length], basis: 'inferred' });
  const rows: Array<[ActorRef, ActorRef, string]> = [
    // "heavily armed insurgents ... and they overran": a description (by its head noun) of the group named elsewhere
    [described('the attackers', 'heavily armed insurgents'), ref('Taliban', 'taliban'), 'open'],
    [ref('heavily armed militants', null), ref('al-Shabab', 'al-shabaab'), 'open'],
    [ref('heavily armed militants', null), ref('Nigerian soldiers', 'NGAMIL'), 'conflict'],
    // a pronoun stays open (the restated act keeps its fit), a description of civilians is no armed group
    [described('they', 'they'), ref('protesters', null), 'open'],
    [ref('angry villagers', null), ref('al-Shabab', 'al-shabaab'), 'conflict'],
  ];
  for (const [a, b, fit] of rows) assert.equal(participantFit(a, b, armed), fit, `${a.text}{${a.name}} / ${b.text}`);
});

test('participants: two people named in full with different surnames are two participants, whatever their code', () => {
  const person = (text: string, name: string, code: string | null): ActorRef => ({ text, name, code, span: [0, text.length], basis: 'stated' });
  const rows: Array<[ActorRef, ActorRef, string]> = [
    [person('Foreign Minister Dmytro Kuleba', 'Dmytro Kuleba', 'UKRGOV'), person('his side', 'Volodymyr Zelensky', 'UKRGOV'), 'conflict'],
    [person('Secretary Antony Blinken', 'Antony Blinken', 'USAGOV'), person('President Joe Biden', 'Joe Biden', 'USAGOV'), 'conflict'],
    [person('President Joe Biden', 'Joe Biden', 'USAGOV'), person('Biden', 'Joe Biden', 'USAGOV'), 'same'],
    [person('the government', 'government', 'UKRGOV'), person('his side', 'Volodymyr Zelensky', 'UKRGOV'), 'same'],
  ];
  for (const [a, b, fit] of rows) assert.equal(participantFit(a, b), fit, `${a.name} / ${b.name}`);
});
