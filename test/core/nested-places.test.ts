import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: "P's Q district": a place named as the possessor of another as precise holds it; the possessed one says
// where (src/core/attach.ts), and the name before a place noun hangs on the event as the noun's phrase does
// (src/resolve/place-attachment.ts). Also regions the news names that GeoNames has no division for (regions.json).
const coder = createCoder(loadKnowledge());
const placeOf = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null }).map((e) => e.location?.name ?? null);

const CASES: Array<[string, string]> = [
  ["Militants attacked a police station in Balochistan's Turbat district, killing four officers.", 'Turbat'],
  ["Gunmen stormed a clinic in Helmand's Zorbak district on Friday, killing two nurses.", 'Zorbak'],
  ["Troops killed four militants in an operation in Kenya's Lamu county, the army said.", 'Lamu'],
  ['Soldiers killed six suspected rebels in Mindanao, the Philippine military said on Friday.', 'Mindanao'],
  ['Militants attacked a checkpoint in North Waziristan on Sunday, killing three soldiers.', 'North Waziristan'],
];
for (const [text, place] of CASES) {
  test(`nested place: "${text.slice(0, 50)}" → ${place}`, { timeout: 120_000 }, () => {
    const places = placeOf(text);
    assert.ok(places.length > 0, 'an event is coded');
    assert.ok(places.includes(place), JSON.stringify(places));
  });
}

// Negatives: a list of places and a possessor that is a country keep their readings.
test('nested place: a country possessor leaves the division the place', { timeout: 120_000 }, () => {
  assert.deepEqual([...new Set(placeOf("Armed men attacked a village in Niger's Tillaberi region, killing 20 civilians."))], ['Tillabéri Region']);
});
test('nested place: "in Kandahar and Helmand" is no possession', { timeout: 120_000 }, () => {
  const places = placeOf('Taliban fighters attacked police posts in Helmand and Uruzgan provinces on Sunday.');
  assert.ok(places.length > 0 && places.every((p) => p !== null), JSON.stringify(places));
});
test('nested place: "the West Bank city of Jenin" is Jenin, the West Bank only its locator', { timeout: 120_000 }, () => {
  const texts = coder.code({ id: 't', text: 'Israeli troops shot dead two men in the West Bank city of Jenin on Monday.', published: '2024-05-01', title: null }).map((e) => e.location?.text ?? null);
  assert.ok(texts.length > 0 && texts.every((p) => p === 'Jenin'), JSON.stringify(texts));
});
