import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectPlaceNames, find, T } from './class-fixture.ts';

// Session 43 place classes found on conflict wire copy of new genres (Haiti's gangs, the Thai-Cambodian border, India's
// strikes on Pakistan, the Israel-Iran war, Mali's fuel blockade, Cameroon's Anglophone regions, Cabo Delgado, the
// Afghan-Pakistani border, Benue, Ukraine's drones on Russian refineries), each on sentences written for this file, with
// negatives that must not change. Default publication: Monday 16 June 2025.
const code = coderPublishedOn('2025-06-16');

// "raided the village of Mapate near Mocimboa and abducted 12 children": a town after "near", "outside" or "close to"
// that follows another place as precise is the landmark that locates that place; an act the parse hangs on neither
// (a second verb) took the landmark, nearer to it. The place it locates is where the act was.
// src/core/attach.ts locatedPlaces (place:landmark-of-place). (The second verb is one of the attack's details since
// precision-46, core/one-attack-details.ts: the attack it folds into is looked up.)
expectPlaceNames(code, 'a landmark after "near" locates the place before it', [
  ['Rebels seized the village of Kabasha, near Goma, and burned dozens of huts on Friday.', 'seized', 'Kabasha'],
  ['Insurgents raided the village of Nangade near Pemba and abducted 12 children, a priest said.', 'raided', 'Nangade'],
  ['Militants stormed the village of Tinzawaten near Kidal and killed six herders.', 'stormed', 'Tinzawaten'],
  ['Soldiers surrounded the hamlet of Kimbau near Bunia before setting fire to dozens of houses.', 'setting fire', 'Kimbau'],
  ['Gunmen ambushed a bus in the town of Bakin Kogi, close to Kaduna, and kidnapped 18 passengers.', 'ambushed', 'Bakin Kogi'],
]);
// negatives: a landmark alone is the place; a place less precise before it ("Kaduna state near Zaria") gives way to it
expectPlaceNames(code, 'a landmark alone, or after a wider place, is the place', [
  ['Gunmen killed four farmers near Kaduna on Friday.', 'killed', 'Kaduna'],
  ['Bandits killed 20 people in Kaduna state near Zaria on Sunday.', 'killed', 'Zaria'],
]);

// "attacked the villages of Nguida and Litandacua in Macomia district": a plural place noun ("villages", "towns",
// "cities") names each place of the list after its "of"; only the singular did, so the list's names no gazetteer knows
// were no places and the district (or nothing) stood for them. src/resolve/named-places.ts listedBefore.
expectPlaceNames(code, 'the names listed after a plural place noun are places', [
  ['Jihadists attacked the villages of Kounari and Sobane in the Mopti region on Sunday.', 'attacked', 'Kounari'],
  ['Troops shelled the towns of Ngarbuh and Mbengwi on Monday, residents said.', 'shelled', 'Ngarbuh'],
  ['Gunmen raided the villages of Dogon Daji and Tungar Kara in Zamfara state on Friday.', 'raided', 'Dogon Daji'],
]);
// negative: lower-case words after the plural are no names
expectPlaceNames(code, 'common nouns after a plural place noun are no places', [
  ['Bandits raided the villages of farmers and herders in Zamfara state on Friday.', 'raided', 'Zamfara State'],
]);

// "In Ndop, in Ngoketunjia division, separatists ambushed ...": a name after "in" set, after a comma, in another named
// place is a town (as a name after "near" is), though no gazetteer knows it; the sentence had no place, or a wrong one
// (a gazetteer's village named as the name's first word). src/resolve/named-places.ts setInPlace.
expectPlaceNames(code, 'a name set in a named place is a town', [
  ['In Bali Nyonga, in Mezam division, soldiers burned a market on Friday.', 'burned', 'Bali Nyonga'],
  ['Gunmen killed six villagers in Kwanware, in Zamfara state, on Tuesday.', 'killed', 'Kwanware'],
  ['In Oku, in Bui division, separatists abducted a priest on Sunday.', 'abducted', 'Oku'],
]);
// negatives: a month, or a known city before a statement's "in", are unchanged
expectPlaceNames(code, 'a month or a known place before ", in" is unchanged', [
  ['In April, in Kaduna state, bandits killed 20 people.', 'killed', 'Kaduna State'],
  ['In Washington, in a statement, the State Department condemned the attack.', 'condemned', 'Washington, D.C.'],
]);

// "struck the Syzran oil refinery in Russia's Samara region": the town naming the facility an act lands on (after
// "the") was a place only where nothing else was (its compound hangs on no verb), so the facility's region or country
// took the act. It hangs on the act through its object, and as a town is more precise.
// src/resolve/city-names.ts (place:town-of-facility-object), src/core/attach.ts namesTargetFacility.
expectPlaceNames(code, 'the town naming the facility acted on is the place', [
  ['Drones hit the Novokuibyshevsk refinery in the Samara region overnight, the governor said.', 'hit', 'Novokuybyshevsk'],
  ['Russian missiles struck the Odesa railway station in southern Ukraine on Monday.', 'struck', 'Odessa'],
  ['Drones attacked the Ryazan power plant in central Russia on Tuesday.', 'attacked', 'Ryazan’'],
]);
// negatives: a town before a person's title is no facility; a facility no town names keeps its region
expectPlaceNames(code, 'no town of a facility, no change', [
  ['Militants attacked the Kaduna governor in Kaduna state on Tuesday.', 'attacked', 'Kaduna State'],
  ['Drones struck a refinery in the Samara region on Friday.', 'struck', 'Samara Oblast'],
]);

// "JERUSALEM — Israeli jets struck Syria's air defences": a material act on a state's own things, the state named as
// the possessor right after the act's words, is in that state; the sentence named no place, so the dateline, the
// desk's city in the attacking state, took it. src/core/event-place-parts.ts objectOwner (place:owner-of-object).
expectPlaceNames(code, 'an act on a state\'s own things is in that state', [
  ['JERUSALEM — Israeli jets struck Syria\'s air defences on Tuesday, the military said.', 'struck', 'Syria'],
  ['NEW DELHI — Indian missiles hit Pakistan\'s radar sites overnight, the army said.', 'hit', 'Pakistan'],
  ['MOSCOW — Russian drones attacked Ukraine\'s gas facilities on Sunday, the ministry said.', 'attacked', 'Ukraine'],
  ['TEHRAN — Iran\'s Revolutionary Guards attacked Israel\'s military bases on Sunday.', 'attacked', 'Israel'],
]);
// negatives: a statement on a state's people, a possessor that acts, and a place the sentence names are unchanged
expectPlaceNames(code, 'a statement, an owner that acts, or a stated place keep their places', [
  ['WASHINGTON — The United States accused Iran\'s leaders of lying.', 'accused', 'Washington, D.C.'],
  ['TEHRAN — Iran\'s police arrested 20 protesters on Monday.', 'arrested', 'Tehran'],
  ['BEIRUT — Israeli jets struck Syria\'s air defences near Damascus on Tuesday.', 'struck', 'Damascus'],
]);

/** One test per case: the event on `trigger` is placed in a compass part of the country (or, for null, in none). */
function expectCompassPart(name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, country: string | null]>): void {
  for (const [text, trigger, country] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      const part = e.rules.includes('place:compass-part-of-country');
      assert.equal(part ? e.location?.name ?? null : null, country, `${JSON.stringify(e.location)} ${e.rules.filter((r) => r.startsWith('place:')).join(' ')}`);
    });
  }
}

// "would send more troops to the north of the country": a compass part of the story's country was read after "in",
// "across" or "throughout" only, so a deployment to it took no place of its own (the country at best, by default). A
// part moved to ("to", "into", "towards" the side, in lower case) is the act's place. src/resolve/compass-parts.ts.
expectCompassPart('a compass part moved to is the place', [
  ['Mozambique\'s president said the army would deploy more soldiers to the north of the country.', 'deploy', 'Mozambique'],
  ['Nigeria\'s army said it had deployed two battalions to the northeast on Monday.', 'deployed', 'Nigeria'],
  ['Mali\'s junta sent special forces into the country\'s north-west after the attack.', 'sent', 'Mali'],
]);
// negatives: "the West" is states, not a side; a side of a named town is that town's
expectCompassPart('no compass part of the country', [
  ['Ukraine\'s president appealed to the West for more weapons on Monday.', 'appealed', null],
  ['Kenya\'s army said it had moved troops to the north of Mandera on Sunday.', 'moved', null],
]);

/** One test per case: the event on `trigger` is told by `source` (its text; 'outlet' for the outlet's own voice). */
function expectSources(name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, source: string]>): void {
  for (const [text, trigger, source] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text, source, e.provenance.certainty);
    });
  }
}

// "..., a driver who escaped told reporters": a closing speaker with a relative clause of its own was no noun phrase
// (a verb inside), so the act was the outlet's own fact. The phrase before "who", the relative clause reaching the
// verb with no comma, is the speaker. src/provenance/trailing-speaker.ts relativeSpeakerWords.
expectSources('a closing speaker with its own relative clause', [
  ['Militants torched a bus near the checkpoint, a passenger who escaped told reporters.', 'torched', 'a passenger'],
  // (a witness is a role phrase since roles-43, which names its speaker without the article, as "senior officer")
  ['Rebels shelled the market on Sunday, a witness who fled the town said.', 'shelled', 'witness'],
  ['Troops detained two journalists in Goma, a colleague who saw the arrest told AFP.', 'detained', 'a colleague'],
  ['Police fired tear gas at the crowd, a teacher who was at the march said.', 'fired', 'a teacher'],
]);
// negatives: a relative clause inside the act is not the speaker's; a plain closing speaker is unchanged
expectSources('a relative clause of the act, or a plain speaker, is unchanged', [
  ['Gunmen killed a man who refused to pay, police said.', 'killed', 'police'],
  ['Rebels shelled the market, a witness said.', 'shelled', 'witness'],
]);
