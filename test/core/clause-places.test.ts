import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A place belongs to the clause it is stated in (src/core/clause-places.ts).
const coder = createCoder(loadKnowledge());
const byTrigger = (text: string, trigger: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .filter((e) => e.trigger.text.startsWith(trigger))
  .map((e) => ({ type: e.type, trigger: e.trigger.text, place: e.location?.span ? e.location.name : null, rules: e.rules }));

// Class 1: a clause below the trigger's with its own subject tells another act ("..., while thousands marched in Abuja").
const OTHER_ACT: Array<[string, string, string]> = [
  ['Police arrested 12 activists on Tuesday, while thousands marched in Abuja.', 'arrested', 'Abuja'],
  ['The army shelled rebel positions overnight, after militants attacked a checkpoint in Kunduz.', 'shelled', 'Kunduz'],
  ['Russian troops captured two villages, and Ukrainian drones hit an oil depot in Belgorod.', 'captured', 'Belgorod'],
  ['Government forces killed three militants on Sunday while rebels ambushed a convoy near Goma.', 'killed', 'Goma'],
  ['Police arrested 12 activists who had protested in Lagos.', 'arrested', 'Lagos'],
];
// Class 2: a statement does not take the place of the act it speaks of ("accused Israel of an attack in Isfahan").
const SPOKEN_OF: Array<[string, string, string]> = [
  ['Iran accused Israel of carrying out a drone attack in Isfahan.', 'accused', 'Isfahan'],
  ['Kyiv accused Moscow of shelling a hospital in Kharkiv.', 'accused', 'Kharkiv'],
  ['Washington accused Tehran of supplying drones to Russia.', 'accused', 'Russia'],
];
for (const [text, trigger, not] of [...OTHER_ACT, ...SPOKEN_OF]) {
  test(`clause places: "${trigger}" takes no place of another clause — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = byTrigger(text, trigger);
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) assert.notEqual(e.place, not, JSON.stringify(e));
  });
}

// Negatives: a participle, a shared subject, a report's setting, the setting of the clause a subordinate hangs on,
// and a clause in a statement's subject all give their place.
const KEPT: Array<[string, string, string]> = [
  ['A car bomb exploded in a market in Kabul, killing 12 people.', 'exploded', 'Kabul'], // (the toll merges into the bomb's act)
  ['Gunmen stormed a hotel and killed 12 people in Mogadishu.', 'stormed', 'Mogadishu'],
  ['In Kabul, police said gunmen killed three guards.', 'killed', 'Kabul'],
  ['Fighting has intensified in northern Burma as government troops continue a weeklong offensive against Kachin rebels.', 'continue', 'Myanmar'],
  ['Ministers meeting in Brussels agreed to impose new sanctions on Russia.', 'agreed', 'Brussels'],
  ['The president, speaking in Nairobi, condemned the attack.', 'condemned', 'Nairobi'],
  ['Police arrested 12 activists in Lagos on Tuesday, while thousands marched in Abuja.', 'arrested', 'Lagos'],
  ['Police arrested 12 activists on Tuesday, while thousands marched in Abuja.', 'marched', 'Abuja'],
  ['Iran accused Israel of carrying out a drone attack in Isfahan.', 'carrying out', 'Isfahan'],
  // an absolute "with" clause tells the act's own circumstances
  ['The air force said its air defenses shot down 20 drones overnight, with most of them falling over Kyiv.', 'shot down', 'Kyiv'],
  ['Troops shelled rebel positions on Monday, with the heaviest fighting reported near Goma.', 'shelled', 'Goma'],
  ['Gunmen killed 12 people on Monday, with most of the victims shot in Maiduguri.', 'killed', 'Maiduguri'],
];
for (const [text, trigger, place] of KEPT) {
  test(`clause places: kept — "${text.slice(0, 50)}" "${trigger}" → ${place}`, { timeout: 120_000 }, () => {
    const found = byTrigger(text, trigger);
    assert.ok(found.length > 0, 'the event is coded');
    assert.ok(found.some((e) => e.place === place), JSON.stringify(found));
  });
}

test('clause places: the rule is named only where it changed the place', { timeout: 120_000 }, () => {
  const [dropped] = byTrigger('Police arrested 12 activists on Tuesday, while thousands marched in Abuja.', 'arrested');
  assert.ok(dropped.rules.includes('place:other-clause'), JSON.stringify(dropped));
  const [kept] = byTrigger('Ministers meeting in Brussels agreed to impose new sanctions on Russia.', 'agreed');
  assert.ok(!kept.rules.includes('place:other-clause'), JSON.stringify(kept));
});
