import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Place classes of session 17 (sentences written for this file): a proposer's city is no scene; a state's institution
// named in data/lexicon/national-bodies.tsv speaks from its seat.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const byTrigger = (events: Event[], word: string) => events.find((e) => e.trigger.text.startsWith(word));
const T = { timeout: 60_000 };

// "rejected an offer of talks from Washington": the city names who made the offer (a participant), not where
const PROPOSERS: Array<[string, string]> = [
  ['Iran rejected an offer of talks from Washington.', 'rejected'],
  ['The junta turned down a mediation offer from Abuja.', 'turned'],
  ['Armenia welcomed a peace proposal from Moscow on Tuesday.', 'welcomed'],
  ['The rebels accepted an invitation from Nairobi to attend talks.', 'accepted'],
];
for (const [text, trigger] of PROPOSERS) {
  test(`a proposer's city is no place of the act: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location, null);
    assert.ok(act.rules.includes('place:proposer'));
  });
}

// where something was done from, or a place of the sentence's own, stays
const NOT_PROPOSERS: Array<[string, string, string]> = [
  ['The Houthis fired missiles from Sanaa at a ship.', 'fired', 'Sanaa'],
  ['Protesters in Caracas rejected a proposal from Madrid.', 'rejected', 'Caracas'],
  ['The envoy arrived in Tehran with a letter from Washington.', 'arrived', 'Tehran'],
];
for (const [text, trigger, place] of NOT_PROPOSERS) {
  test(`a place of the act stays beside a proposer: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}

// a state's institution as a whole (data/lexicon/national-bodies.tsv) speaks from its seat, not the paragraph's town
const NATIONAL: Array<[string, string]> = [
  ['Gunmen killed 14 villagers in the town of Bokkos on Sunday, police said. The Nigerian government condemned the killings.', 'NGA'],
  ['Militants killed 12 soldiers in the town of Kidal on Friday. The Malian cabinet condemned the attack.', 'MLI'],
  ['Far-right rioters attacked a migrant shelter in the town of Bautzen on Saturday. The German chancellery condemned the attack.', 'DEU'],
];
for (const [text, country] of NATIONAL) {
  test(`a national body speaks from its seat: ${text.slice(-50)}`, T, () => {
    const act = byTrigger(code(text), 'condemned');
    assert.ok(act, 'an event on "condemned"');
    assert.ok(act.rules.includes('place:speaker-national'), act.rules.join(' '));
    assert.equal(act.location?.span ?? null, null);
    assert.equal(act.location?.country, country);
  });
}

test('a local official speaks at the scene: "The local government chairman condemned the killings"', T, () => {
  const act = byTrigger(code('Gunmen killed 14 villagers in the town of Bokkos on Sunday. The local government chairman condemned the killings.'), 'condemned');
  assert.ok(act);
  assert.equal(act.location?.name, 'Bokkos');
});

// "about 50 kilometers north of Peshawar": the act is at a distance and side of the town, not in it (relative-places.ts)
const RELATIVE: Array<[string, string, string, string, number, number]> = [
  // [text, trigger, name, location text, lat shift sign (-1 south, 1 north, 0 none), lon shift sign]
  ['Militants attacked an army post about 50 kilometers north of Peshawar on Sunday.', 'attacked', 'Peshawar', 'about 50 kilometers north of Peshawar', 1, 0],
  ['Gunmen kidnapped 20 students from a school 40km south of the capital, Abuja.', 'kidnapped', 'Abuja', '40km south of the capital, Abuja', -1, 0],
  ['Fighters seized a town 100 km east of Bamako.', 'seized', 'Bamako', '100 km east of Bamako', 0, 1],
  ['Jihadists ambushed a convoy 15 miles (24 km) northwest of the town of Djibo on Friday.', 'ambushed', 'Djibo', '15 miles (24 km) northwest of the town of Djibo', 1, -1],
  ['Gunmen killed seven people in a village some 30 km from Maiduguri.', 'killed', 'Maiduguri', 'some 30 km from Maiduguri', 0, 0],
  ['Troops clashed with rebels west of Goma.', 'clashed', 'Goma', 'west of Goma', 0, 0],
];
const bare = (text: string) => code(text.replace(/(?:about |some )?\d+ ?(?:km|kilometers|miles)(?: \(\d+ km\))? |(?:north|south|east|west)\w* of (?:the town of |the capital, )?/g, 'in '));
for (const [text, trigger, name, phrase, dLat, dLon] of RELATIVE) {
  test(`a place at a distance or side of a town: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act?.location, `a placed event on "${trigger}"`);
    assert.equal(act.location.name, name);
    assert.equal(act.location.text, phrase);
    assert.ok(act.rules.includes('place:relative-to'), act.rules.join(' '));
    // no country of the reference town is the target: "a town 100 km east of Bamako" was seized, not Mali
    assert.notEqual(act.target?.text, name);
    const own = byTrigger(bare(text), trigger)?.location;
    assert.ok(own?.lat != null && act.location.lat != null && own.lon != null && act.location.lon != null, 'points');
    const sign = (x: number) => (Math.abs(x) < 0.01 ? 0 : Math.sign(x));
    assert.equal(sign(act.location.lat - own.lat), dLat);
    assert.equal(sign(act.location.lon - own.lon), dLon);
  });
}

// not a side or distance: "near Lagos", "the north of Mali" (a part of it), "fired missiles from Sanaa"
const NOT_RELATIVE: Array<[string, string, string]> = [
  ['Police arrested 12 protesters near Lagos.', 'arrested', 'Lagos'],
  ['Soldiers killed five militants in the north of Mali.', 'killed', 'Mali'],
  ['The Houthis fired missiles from Sanaa at a ship.', 'fired', 'Sanaa'],
];
for (const [text, trigger, name] of NOT_RELATIVE) {
  test(`no distance or side, the place as named: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.equal(act?.location?.text, name);
    assert.ok(!act.rules.includes('place:relative-to'));
  });
}

// "the town", "the city", "the village", "the province" refer back to the place of that kind named before
// (resolve/place-anaphors.ts, data/lexicon/place-anaphors.tsv)
const ANAPHORS: Array<[string, string, string, string]> = [
  ['Rebels advanced on Goma on Sunday. Residents said fighters looted shops across the city overnight.', 'looted', 'Goma', 'the city'],
  ['Thousands marched through Tbilisi on Saturday. Police detained dozens of demonstrators in the city.', 'detained', 'Tbilisi', 'the city'],
  ['Militants attacked the village of Kara in northern Mali. Troops arrived in the village two days later and arrested 10 suspects.', 'arrested', 'Kara', 'the village'],
  ['Militants attacked Kara, a village in northern Mali, on Sunday. Troops arrived in the village two days later.', 'arrived', 'Kara', 'the village'],
  ['Taliban fighters overran Kunduz province last week. Afghan forces launched airstrikes across the province on Monday.', 'launched', 'Kunduz', 'the province'],
  ['Israeli troops raided the Jenin refugee camp on Monday. On Wednesday, soldiers shot dead three militants in the camp.', 'shot', 'Jenin refugee camp', 'the camp'],
  ['US troops at Camp Taji came under rocket fire on Monday. On Wednesday, militants fired two more rockets at the base.', 'fired', 'Camp Taji', 'the base'],
];
for (const [text, trigger, name, phrase] of ANAPHORS) {
  test(`a definite place noun refers back to the place named: ${text.slice(-60)}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, name);
    assert.equal(act.location?.text, phrase);
    assert.ok(act.rules.includes('place:anaphor'), act.rules.join(' '));
  });
}

// no antecedent: an unnamed village told in between, no place named before, a noun that modifies another ("the city council")
const NO_ANAPHOR: Array<[string, string]> = [
  ['Gunmen attacked a village near Maiduguri on Sunday. Soldiers arrested 12 suspects in the village.', 'arrested'],
  ['Police fired tear gas at protesters. Soldiers arrested 5 men in the town.', 'arrested'],
  ['Police arrested 12 protesters in Lagos on Monday. The city council condemned the arrests.', 'condemned'],
];
for (const [text, trigger] of NO_ANAPHOR) {
  test(`no place referred back to: ${text.slice(-60)}`, T, () => {
    for (const e of code(text)) assert.ok(!e.rules.includes('place:anaphor'), `${e.trigger.text}: ${e.rules.join(' ')}`);
    assert.ok(byTrigger(code(text), trigger) !== undefined || trigger === 'condemned');
  });
}

// a place on the act or its object before its subject's origin ("Rebels from Darfur attacked a town in Kordofan")
const ACT_PLACE: Array<[string, string, string]> = [
  ['Rebels from Darfur attacked a town in Kordofan.', 'attacked', 'Kordofan'],
  ['Fighters from Idlib shelled villages in Latakia province on Monday.', 'shelled', 'Latakia'],
  ['Gunmen from Zamfara state kidnapped 30 farmers in Katsina state.', 'kidnapped', 'Katsina'],
];
for (const [text, trigger, name] of ACT_PLACE) {
  test(`the act's place, not its subject's: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act?.location, `a placed event on "${trigger}"`);
    assert.match(act.location.name, new RegExp(name));
  });
}
// the subject's place stays where the act names none, and where it is no origin ("Police in Nairobi arrested ...")
const SUBJECT_PLACE: Array<[string, string, string]> = [
  ['Protesters in Kinshasa attacked the embassies of Rwanda and France.', 'attacked', 'Kinshasa'],
  ['Police in Nairobi arrested 30 people after protests spread to Mombasa and Kisumu.', 'arrested', 'Nairobi'],
];
for (const [text, trigger, name] of SUBJECT_PLACE) {
  test(`the subject's place stays: ${text}`, T, () => {
    assert.equal(byTrigger(code(text), trigger)?.location?.name, name);
  });
}

// a border area has a point on its side (data/places/border-points.tsv); a border named by both sides, on the line
const BORDERS: Array<[string, string, string | null]> = [
  ['Al-Shabab militants attacked a base in southwestern Somalia, near the border with Kenya.', 'attacked', 'SOM'],
  ['Pakistani troops clashed with militants near the border with Afghanistan on Sunday.', 'clashed', 'PAK'],
  ['Israeli troops clashed with Hezbollah fighters near the Lebanese border.', 'clashed', 'ISR'],
  ['Government troops shelled rebel positions near the Burma-China border.', 'shelled', null],
];
for (const [text, trigger, country] of BORDERS) {
  test(`a border area has a point: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act?.location, `a placed event on "${trigger}"`);
    assert.ok(act.rules.includes('place:border-area'));
    assert.equal(act.location.country, country);
    assert.equal(typeof act.location.lat, 'number');
    assert.equal(typeof act.location.lon, 'number');
  });
}
// a border area at a distance: "10 km from the Syrian border"
for (const text of ['Militants stormed a checkpoint 10 km from the Syrian border.', 'An explosion killed three soldiers about 5 kilometres from the border with Afghanistan.']) {
  test(`a place at a distance from a border: ${text}`, T, () => {
    const act = code(text)[0];
    assert.ok(act?.location, 'a placed event');
    assert.match(act.location.text, /^(?:about )?\d+ \w+ from the .*border/);
    assert.ok(act.rules.includes('place:relative-to'));
  });
}
test('a border with no neighbour named has no point: "near the border"', T, () => {
  const act = byTrigger(code('Police clashed with smugglers near the border.'), 'clashed');
  assert.equal(act?.location ?? null, null);
});

// a river's stretch in the story's country, at a town on its bank (data/places/rivers.tsv)
const RIVERS: Array<[string, string, string, string]> = [
  ['Ukrainian marines attacked Russian positions on the east bank of the Dnipro River.', 'attacked', 'UKR', 'Dnipro River'],
  ['Soldiers shelled positions along the Tigris river in Iraq.', 'shelled', 'IRQ', 'Tigris'],
  ['Syrian rebels clashed with Kurdish fighters along the Euphrates in Syria.', 'clashed', 'SYR', 'Euphrates'],
];
for (const [text, trigger, country, name] of RIVERS) {
  test(`a river's stretch has a point: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act?.location, `a placed event on "${trigger}"`);
    assert.equal(act.location.name, name);
    assert.equal(act.location.country, country);
    assert.equal(typeof act.location.lat, 'number');
    assert.ok(act.rules.includes('place:river-stretch'));
  });
}
// a region named with the river says which stretch; a country in a river's name is no actor ("the Niger River")
test('the region named beside a river is the place: "along the Euphrates in Deir ez-Zor province"', T, () => {
  const act = byTrigger(code('Syrian Democratic Forces clashed with government troops along the Euphrates in Deir ez-Zor province.'), 'clashed');
  assert.match(act?.location?.name ?? '', /Deir/);
});
test('"the Niger River" names no country: the fishermen are the target', T, () => {
  const act = byTrigger(code('Gunmen attacked fishermen on the Niger River near Mopti.'), 'attacked');
  assert.equal(act?.target?.text, 'fishermen');
  assert.equal(act?.location?.name, 'Mopti');
});

// a route named by the two towns it joins: the act is on it, halfway as best we know (relative-places.ts withRoutes)
const ROUTES: Array<[string, string, string]> = [
  ['Gunmen kidnapped 30 passengers on a highway between Abuja and Kaduna.', 'kidnapped', 'between Abuja and Kaduna'],
  ['Bandits attacked travellers on the road between Zaria and Kano.', 'attacked', 'between Zaria and Kano'],
  ['Militants attacked a convoy on the road from Gao to Ansongo.', 'attacked', 'Gao to Ansongo'],
];
for (const [text, trigger, phrase] of ROUTES) {
  test(`a route between two towns: ${text}`, T, () => {
    const act = byTrigger(code(text), trigger);
    assert.ok(act?.location, `a placed event on "${trigger}"`);
    assert.equal(act.location.text, phrase);
    assert.equal(act.location.precision, 'region');
    assert.ok(act.rules.includes('place:route-between'));
  });
}
for (const text of ['Police arrested protesters in Lagos and Abuja.', 'Protesters marched from Lagos to Ikeja on Monday.']) {
  test(`two towns with no road between them are no route: ${text}`, T, () => {
    for (const e of code(text)) assert.ok(!e.rules.includes('place:route-between'), e.rules.join(' '));
  });
}
