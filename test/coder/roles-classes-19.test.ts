import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';
import type { Event } from '../../src/schema/event.ts';

// Session 19's role classes (who did it to whom), each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-05-17');

// A site noun the dictionaries read as a body ("church", "hospital") coordinated with a thing that has no name of its
// own is a building among things: one target, the words of all, the body's code (tree-roles/node-phrase.ts).
const SITES: Array<[string, string, string, string | null]> = [
  // [text, trigger, target text, target code]
  ['Gunmen attacked a church and a mosque in Kano.', 'attacked', 'a church and a mosque', 'NGAREL'],
  ['Unknown attackers bombed a church and a mosque in the city.', 'bombed', 'a church and a mosque', null],
  ['Rebels shelled a hospital and a school in Goma.', 'shelled', 'a hospital and a school', 'CODHLH'],
  ['Gunmen attacked a church and a market in Ituri.', 'attacked', 'a church and a market', 'CODREL'],
  // negatives: the other order already held, things with no body, a lone church
  ['Gunmen attacked a mosque and a church in Kano.', 'attacked', 'a mosque and a church', 'NGAREL'],
  ['Rebels shelled schools and hospitals in the town.', 'shelled', 'schools and hospitals', null],
  ['Gunmen attacked a church in Kano.', 'attacked', 'church', 'NGAREL'],
];
for (const [text, trigger, target, targetCode] of SITES) {
  test(`coordinated unowned things: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text, target);
    assert.equal(e.target?.code ?? null, targetCode);
  });
}

// A giving row that ends in its helping verb ("send * to help|support|back") lands on whom that verb helps, never on
// the force or goods sent (tree-roles/aided-party.ts).
const AIDED: Array<[string, string, string | null]> = [
  // [text, trigger, target code]
  ['Rwanda sent troops to support M23 rebels in eastern Congo.', 'sent', 'm23'],
  ['Iran sent fighters to help the Houthis in Yemen.', 'sent', 'houthis'],
  ['Burundi deployed troops to support the Congolese army against the rebels.', 'deployed', 'CODMIL'],
  ['Rwanda has sent thousands of soldiers to back the M23 rebels.', 'sent', 'm23'],
  // negatives: goods sent, where the window already read whom they help
  ['The UAE sent weapons to support the RSF in Sudan.', 'sent', 'rapid-support-forces'],
  ['Egypt sent trucks of food to help Gaza residents.', 'sent', 'PSECVL'],
  ['Qatar dispatched aid to support Lebanon.', 'dispatched', 'LBN'],
];
for (const [text, trigger, target] of AIDED) {
  test(`whom sent forces help: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.type, 'AID');
    assert.equal(e.target?.code ?? null, target);
  });
}

// Coordinated nationality adjectives before one role noun are two actors, each with the noun's role: a demonym's own
// noun is read before the first demonym shares it (resolve/actor-phrases.ts), and two modifiers the parser hung side
// by side, the second with its own "and", are joined as a conjunct would be (tree-roles/participants.ts).
const NATIONALS: Array<[string, string, string[], string[]]> = [
  // [text, trigger, actors' codes, actors' names]
  ['Egyptian and Qatari mediators met Hamas leaders in Doha on Monday.', 'met', ['EGYGOV', 'QATGOV'], ['Egyptian mediators', 'Qatari mediators']],
  ['Turkish and Jordanian negotiators met in Ankara on Monday.', 'met', ['TURGOV', 'JORGOV'], ['Turkish negotiators', 'Jordanian negotiators']],
  ['Saudi and Emirati officials condemned the attack.', 'condemned', ['SAUGOV', 'AREGOV'], ['Saudi officials', 'Emirati officials']],
  ['Russian and Syrian jets bombed the town of Idlib.', 'bombed', ['RUSMIL', 'SYRMIL'], ['Russia', 'Syria forces']],
  // negatives: roles the resolver already shared (their names now as written)
  ['Egyptian and Qatari officials met Hamas negotiators in Cairo.', 'met', ['EGYGOV', 'QATGOV'], ['Egyptian officials', 'Qatari officials']],
  ['French and German troops arrived in Romania.', 'arrived', ['FRAMIL', 'DEUMIL'], ['French troops', 'German troops']],
];
for (const [text, trigger, codes, names] of NATIONALS) {
  test(`coordinated nationality adjectives: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.deepEqual((e.actors ?? []).map((a) => a.code), codes);
    assert.deepEqual((e.actors ?? []).map((a) => a.name), names);
  });
}

// A collective that takes up the sides named before ("the two leaders", "both countries") is each of them
// (resolve/collective-antecedent.ts members, core/assemble.ts): two actors under the collective's words, and "discussed"
// by it is a consultation between them whose topic is no target (extract/candidate.ts).
const COLLECTIVES: Array<[string, string, string[]]> = [
  // [text, trigger, actors' codes]
  ['Abiy Ahmed and Isaias Afwerki signed a peace deal in Jeddah on Sunday.\n\nThe two leaders also discussed border security.', 'discussed', ['ETHGOV', 'ERIGOV']],
  ['Kenya and Ethiopia signed a trade deal on Monday. Both countries discussed the drought on Tuesday.', 'discussed', ['KEN', 'ETH']],
  ['Israel and Hamas fought a war in 2021. The two sides discussed a prisoner exchange in Cairo on Monday.', 'discussed', ['ISR', 'hamas']],
  ['Ethiopia and Eritrea signed a peace deal in July. Both countries agreed to reopen their embassies.', 'agreed', ['ETH', 'ERI']],
];
for (const [text, trigger, codes] of COLLECTIVES) {
  test(`a collective subject is the sides it takes up: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.deepEqual((e.actors ?? []).map((a) => a.code), codes);
    assert.equal(e.target, null);
  });
}
test('a collective no sides stand behind makes no discussion', T, () => {
  assert.equal(code('The two leaders discussed support for Ukraine on Tuesday.').filter((e) => e.trigger.text === 'discussed').length, 0);
});
test('two named sides discussing keep their names', T, () => {
  const e = find(code('China and Vietnam discussed trade on Monday.'), 'discussed');
  assert.deepEqual((e.actors ?? []).map((a) => a.text), ['China', 'Vietnam']);
});

// An attack verb whose object is a move into a country or a region of one ("stormed into southern Israel") has that
// country as its object and target (extract/object-evidence.ts enteredCountry), as "invaded Israel" would.
const ENTERED: Array<[string, string, string | null, string | null]> = [
  // [text, trigger, actor code, target code]
  ['Hamas fighters stormed into southern Israel on October 7.', 'stormed', 'hamas', 'ISR'],
  ['Gunmen stormed into northern Benin from Burkina Faso.', 'stormed', null, 'BEN'],
  ['Militants infiltrated into Pakistan from Afghanistan.', 'infiltrated', 'AFGREB', 'PAK'],
  // negatives: a place the pattern names, a building, a town (where, not whom: the act's victims stay)
  ['Ukrainian forces stormed into Russia\'s Kursk region in August.', 'stormed', 'UKRMIL', 'RUS'],
  ['Police stormed into the building.', 'stormed', null, null],
  // ("The rebel group", taking up no one named before, is the place's rebels as a bare role is: lead-classes-19)
  ['The rebel group infiltrated into Kombolcha at night, killing more than 100 young people.', 'killing', 'ETHREB', 'ETHCVL'],
];
for (const [text, trigger, actor, target] of ENTERED) {
  test(`an attack into a country: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.code ?? null, actor);
    assert.equal(e.target?.code ?? null, target);
  });
}
test('a move into an area no country names keeps its thing', T, () => {
  const e = find(code('The army said militants stormed into the area overnight.'), 'stormed');
  assert.equal(e.target?.text, 'the area');
  assert.equal(e.target?.code, null);
});

// A thing described as "belonging to" a side is that side's, as one "held by" it is (data/lexicon/holder-participles.tsv
// marker column, tree-roles/thing-holder.ts): the target keeps the thing's words with its owner's code.
const BELONGING: Array<[string, string, string, string | null]> = [
  // [text, trigger, target text, target code]
  ['Rebels seized trucks belonging to the World Food Programme.', 'seized', 'trucks', 'IGOUNOWFP'],
  ['Gunmen looted warehouses belonging to UNICEF in Tigray.', 'looted', 'warehouses', 'IGOUNOKID'],
  ['Troops seized boats belonging to Turkish fishermen.', 'seized', 'boats', 'TURAGR'],
  ['The navy seized a tanker belonging to Iran in the Gulf.', 'seized', 'a tanker', 'IRN'],
  // negatives: a holder "by" as before, an owner no code names
  ["Rebels shelled positions held by Haftar's forces near Tripoli.", 'shelled', 'positions', 'libyan-national-army'],
  ['Rebels seized trucks belonging to aid groups.', 'seized', 'trucks', null],
];
for (const [text, trigger, target, targetCode] of BELONGING) {
  test(`a thing's owner by "belonging to": ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text, target);
    assert.equal(e.target?.code ?? null, targetCode);
  });
}

// A name no gazetteer knows right before a sector's body noun written in lower case ("the IG Metall union") names that
// body: one participant with the sector's role (resolve/anaphor-phrases.ts namedBody), so a union's acts are events.
const UNIONS: Array<[string, string, string, string | null]> = [
  // [text, trigger, actor text, target text]
  ['The IG Metall union reached a wage deal with Volkswagen on Friday.', 'reached', 'IG Metall union', 'Volkswagen'],
  ['The United Auto Workers union called a strike against Ford on Monday.', 'called a strike', 'United Auto Workers union', null],
  ['The Hind Mazdoor union threatened a strike at the port on Monday.', 'threatened', 'Hind Mazdoor union', 'the port'],
  // negatives: a bare union, a capitalised union name the group reading keeps (a known company is the target by name:
  // data/actors/companies.json)
  ['The union threatened a strike at Volkswagen plants.', 'threatened', 'union', 'Volkswagen'],
  ['The Kenya National Union of Teachers called off its strike on Monday.', 'called off', 'Kenya National Union', null],
];
for (const [text, trigger, actor, target] of UNIONS) {
  test(`a named union acts: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text, actor);
    assert.equal(e.target?.text ?? null, target);
  });
}

// What a burned or looted thing is: its owner's own setting ("the homes of farmers | in Plateau state") stays out of
// its words as the thing's own does (tree-roles/node-phrase.ts), and "set fire to X" lands on X wherever the parser
// hangs the pattern's own "to" (on "fire" or on the verb: tree-roles/landing-node.ts).
const BURNED: Array<[string, string, string, string | null]> = [
  // [text, trigger, target text, target code]
  ['Gunmen torched the homes of Christian farmers in Plateau state.', 'torched', 'the homes of Christian farmers', 'NGAAGR'],
  ['Gunmen looted the shops of Hausa traders in the market.', 'looted', 'the shops of Hausa traders', null],
  ['Gunmen set fire to homes in the village of Kido.', 'set fire', 'homes', null],
  ['Troops set fire to the houses of Rohingya villagers.', 'set fire', 'the houses of Rohingya villagers', null],
  ['Rebels laid siege to the town of Kidal.', 'laid siege', 'the town of Kidal', 'MLI'],
  ['Militiamen attacked the village of Kido in Plateau state.', 'attacked', 'the village of Kido', 'NGA'],
  // negatives: the thing's own setting, an object the parser hangs on the verb as before
  ['Rebels shelled schools and hospitals in the town.', 'shelled', 'schools and hospitals', null],
  ['Gunmen attacked a police station and an army post in the north.', 'attacked', 'a police station', null],
];
for (const [text, trigger, target, targetCode] of BURNED) {
  test(`what is burned or looted: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text, target);
    assert.equal(e.target?.code ?? null, targetCode);
  });
}

// A company named by a body noun of its sector ("carmaker Volkswagen", data/actors/roles.tsv) is that sector's body
// (resolve/anaphor-phrases.ts titledBody): against a union, an act between them is a labour dispute, so an event.
const COMPANIES: Array<[string, string, string, string]> = [
  // [text, trigger, actor text, target text]
  ['Carmaker Volkswagen signed a deal with the IG Metall union on Friday.', 'signed', 'Carmaker Volkswagen', 'IG Metall union'],
  ['The IG Metall union accused carmaker Volkswagen of breaking the wage deal.', 'accused', 'IG Metall union', 'carmaker Volkswagen'],
  ['The union threatened a strike against planemaker Boeing.', 'threatened', 'union', 'planemaker Boeing'],
];
for (const [text, trigger, actor, target] of COMPANIES) {
  test(`a company against a union: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text, actor);
    assert.equal(e.target?.text, target);
  });
}
test('a company alone makes no political event', T, () => {
  assert.equal(code('Carmaker Volkswagen hired a new chief executive on Monday.').length, 0);
  assert.equal(code('Retailer Walmart opened a new store in Texas.').length, 0);
});
