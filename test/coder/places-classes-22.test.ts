import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place classes of session 22, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2026-12-03');

// An act at sea (core/sea-acts.ts, data/lexicon/sea-nouns.tsv): a force of the sea acting ("coast guard", "navy") or a
// vessel acted on ("a fishing boat", "a tanker") is where the boat was; the acting state's country is no place of it,
// however its capital names the force ("Beijing's coast guard")
const AT_SEA: Array<[string, string, string]> = [
  // [text, trigger, the acting state's country that is no place]
  ["Beijing's coast guard fired water cannon at a Philippine vessel on Monday, Manila said.", 'fired', 'CHN'],
  ["China's coast guard detained the crew of a Vietnamese fishing boat on Wednesday.", 'detained', 'CHN'],
  ['The Sri Lankan navy arrested 22 Indian fishermen on Friday.', 'arrested', 'LKA'],
  ['The Indian navy detained 14 Sri Lankan fishermen on Tuesday.', 'detained', 'IND'],
];
for (const [text, trigger, country] of AT_SEA) {
  test(`an act at sea is not at the acting state's home: ${text}`, T, () => assert.notEqual(find(code(text), trigger).location?.country, country));
}
// ... nor at the dateline's town, which the story is filed from
const AT_SEA_DATELINE: Array<[string, string, string]> = [
  ['MANILA, Philippines (AP) — The Chinese navy seized a Philippine fishing boat on Monday and detained its crew of eight.', 'seized', 'MANILA'],
  ['HANOI, Vietnam (AP) — Chinese coast guard officers boarded a Vietnamese fishing vessel on Tuesday and beat its crew.', 'boarded', 'HANOI'],
  ['MANILA, Philippines (AP) — Chinese coast guard ships fired water cannon at two Philippine supply boats on Monday.', 'fired', 'MANILA'],
];
for (const [text, trigger, desk] of AT_SEA_DATELINE) {
  test(`an act at sea is not at the dateline's town: ${text}`, T, () => assert.notEqual(find(code(text), trigger).location?.text, desk));
}
test("an act ashore still takes the dateline's town", T, () => {
  const events = code('MANILA, Philippines (AP) — Police arrested three men suspected of smuggling guns on Monday.');
  assert.equal(find(events, 'arrested').location?.text, 'MANILA');
});
const ASHORE: Array<[string, string, string]> = [
  // police acting with no vessel stay at home; a stated place stays
  ['Sri Lankan police arrested 22 fishermen on Friday.', 'arrested', 'LKA'],
  ['Egyptian police arrested six activists on Monday.', 'arrested', 'EGY'],
  ['Police in Tehran arrested the captain of a tanker on Monday.', 'arrested', 'IRN'],
];
for (const [text, trigger, country] of ASHORE) {
  test(`an act ashore keeps its home or stated place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.country, country));
}

// A town name opening with a capital letter outside A–Z (resolve/places.ts CAPITALISED): "Üsküdar", "Ürümqi", "Çorum"
// open a name as "Kadıköy" or "Ankara" do
const ACCENTED_CAPITAL: Array<[string, string, string]> = [
  ['Police detained 15 students in Üsküdar on Sunday.', 'detained', 'Üsküdar'],
  ['Police arrested three Uyghur activists in Ürümqi on Monday.', 'arrested', 'Ürümqi'],
  ['Hundreds of farmers protested in Çorum on Friday.', 'protested', 'Çorum'],
  // unchanged: a plain capital and an accented letter inside the name
  ['Hundreds of farmers protested in Ankara on Friday.', 'protested', 'Ankara'],
  ['Police detained 15 students in Uskudar on Sunday.', 'detained', 'Uskudar'],
];
for (const [text, trigger, name] of ACCENTED_CAPITAL) {
  test(`a name opening with an accented capital is a place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}

// Districts and neighbourhoods of large cities that GeoNames' towns lack (data/places/districts.json, read as sites):
// the act is in that district, in the city's country
const DISTRICTS: Array<[string, string, string, string]> = [
  // [text, trigger, district, country]
  ['Riot police fired tear gas at students in Beşiktaş on Sunday.', 'fired', 'Beşiktaş', 'TUR'],
  ['Police detained dozens of protesters in Kadikoy on Sunday.', 'detained', 'Kadikoy', 'TUR'],
  ['Israeli airstrikes killed 12 people in Shejaiya on Tuesday.', 'killed', 'Shejaiya', 'PSE'],
  ['Police arrested 40 protesters in Mong Kok on Tuesday.', 'arrested', 'Mong Kok', 'HKG'],
  ['A suicide bomber killed 15 people at a school in Dasht-e-Barchi on Thursday.', 'killed', 'Dasht-e-Barchi', 'AFG'],
  ['Kenyan police clashed with residents of Kibera on Monday.', 'clashed', 'Kibera', 'KEN'],
];
for (const [text, trigger, name, country] of DISTRICTS) {
  test(`a district of a large city is a place: ${text}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.equal(where?.text, name);
    assert.equal(where?.country, country);
  });
}
test("the Istanbul district is not GeoNames' far-off village of the same name", T, () => {
  const where = find(code('Police detained dozens of protesters in Kadıköy on Sunday.'), 'detained').location;
  assert.ok(where && where.lat !== null && Math.abs(where.lat! - 40.99) < 0.1, `point ${where?.lat}`);
});

// A story whose opening lists parts after a counted whole ("rallied in two places in the city — the Mong Kok area and a
// street in Causeway Bay") has no one town (resolve/story-place.ts): a later act that names no place does not take a
// listed part, as the act of the list itself does not (core/parts-of-whole.ts)
const LISTED_PARTS_LEAD: Array<[string, string, string[], string]> = [
  // [text, later trigger, the listed parts, the country]
  ['Hong Kong police fired tear gas at protesters who rallied in two places in the city — the Mong Kok area and a busy street in Causeway Bay.\n\nOfficers later arrested 30 people.', 'arrested', ['Mong Kok', 'Causeway Bay'], 'HKG'],
  ['Turkish police detained dozens of students who marched in two districts of Istanbul: Kadikoy and a square in Besiktas.\n\nRiot police also fired rubber bullets.', 'fired', ['Kadikoy', 'Besiktas'], 'TUR'],
  ['Kenyan police clashed with protesters in three neighbourhoods of Nairobi — Kibera, Mathare and a road in Kawangware.\n\nOfficers later arrested 40 people.', 'arrested', ['Kibera', 'Mathare', 'Kawangware'], 'KEN'],
];
for (const [text, trigger, parts, country] of LISTED_PARTS_LEAD) {
  test(`a later act does not take a part listed in the opening: ${text.split('\n')[0]}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.ok(!parts.includes(where?.text ?? ''), `took ${where?.text}`);
    assert.equal(where?.country, country);
  });
}
test('a later act still takes the one district the opening names', T, () => {
  const events = code('Hong Kong police fired tear gas at protesters in Mong Kok on Sunday.\n\nOfficers later arrested 30 people.');
  assert.equal(find(events, 'arrested').location?.text, 'Mong Kok');
});

// A sizeable town named before one of its own bodies (resolve/town-bodies.ts, data/lexicon/town-bodies.tsv): "Moscow
// police", "Istanbul prosecutors", "Istanbul's chief prosecutor" act in that town when nothing else places the act,
// before the state's home; the place is inferred, so coreference does not read two acts of one town's police as one
const TOWN_BODY: Array<[string, string, string]> = [
  ['Moscow police detained 30 protesters on Saturday.', 'detained', 'Moscow'],
  ['Istanbul prosecutors charged the mayor with corruption on Wednesday.', 'charged', 'Istanbul'],
  ['Lagos police arrested 12 suspects on Monday.', 'arrested', 'Lagos'],
  ["Istanbul's chief prosecutor ordered the arrest of 40 people on Friday.", 'arrest', 'Istanbul'],
  ['KYIV, Ukraine (AP) — Ukrainian forces shelled a depot in Donetsk on Monday.\n\nMoscow police detained 30 protesters on Saturday.', 'detained', 'Moscow'],
];
for (const [text, trigger, town] of TOWN_BODY) {
  test(`a town's body acts in its town: ${text.split('\n').at(-1)}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.equal(where?.text, town);
    assert.equal(where?.basis, 'inferred');
  });
}
const NOT_TOWN_BODY: Array<[string, string, string, string]> = [
  // [text, trigger, place text, country]: a stated place wins; a country's or a territory's police stay at home
  ['Moscow police detained 30 protesters in St. Petersburg on Saturday.', 'detained', 'St. Petersburg', 'RUS'],
  ['Turkish police detained 40 people on Sunday.', 'detained', '', 'TUR'],
  ['Hong Kong police arrested three activists on Monday.', 'arrested', '', 'HKG'],
];
for (const [text, trigger, name, country] of NOT_TOWN_BODY) {
  test(`no town body here: ${text}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.equal(where?.text, name);
    assert.equal(where?.country, country);
  });
}

// Several towns listed for one act (core/listed-places.ts): the place spans the list at their centre, named by the
// first-level division that holds them all where they share one, else by their country
const LISTED_IN_ONE_DIVISION: Array<[string, string, string]> = [
  ['Russian troops shelled Bakhmut, Soledar and Siversk on Monday.', 'shelled', 'Donetsk'],
  ['Israeli troops raided homes in Beit Lahia and Jabalia on Monday.', 'raided', 'Gaza Strip'],
  ['Russian drones hit Kramatorsk and Sloviansk overnight.', 'hit', 'Donetsk'],
  // towns of different divisions keep the country
  ['Missiles struck Kyiv and Lviv on Tuesday.', 'struck', 'Ukraine'],
  ['Jihadists attacked army posts in Kidal and Gao on Sunday.', 'attacked', 'Mali'],
];
for (const [text, trigger, name] of LISTED_IN_ONE_DIVISION) {
  test(`towns listed for one act are named by what holds them all: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}

// Parts listed before their place noun and the whole they are of ("the Zeitoun and Shejaiya neighbourhoods of Gaza City",
// core/listed-places.ts, the nouns of data/lexicon/place-nouns.tsv): the act is in the whole; a name listed after a
// place after "in" shares its "in" (resolve/places.ts), so the opening names no one of the parts as the story's town
const PARTS_BEFORE_WHOLE: Array<[string, string, string]> = [
  ['Israeli airstrikes hit homes in the Zeitoun and Shejaiya neighbourhoods of Gaza City overnight.', 'airstrikes', 'Gaza City'],
  ['Protesters blocked roads in the Ikeja and Lekki districts of Lagos on Thursday.', 'blocked', 'Lagos'],
  ['Police raided houses in the Kibera and Mathare neighbourhoods of Nairobi on Monday.', 'raided', 'Nairobi'],
  // one part named alone is the more precise place
  ['Police raided houses in Kibera on Monday.', 'raided', 'Kibera'],
];
for (const [text, trigger, name] of PARTS_BEFORE_WHOLE) {
  // (the place's name: its text keeps the parts' words with the whole's, "the Zeitoun and Shejaiya neighbourhoods of Gaza
  // City", wire-classes-46)
  test(`parts listed before their whole: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}

// A part named before its noun, the whole after "of" ("the Kibera area of Nairobi", "the Turbat district of Balochistan";
// resolve/place-attachment.ts): the part's name hangs on the act with its noun and, more precise, is the place; a town's
// noun named by its "of" stays the town's ("the West Bank town of Tulkarm")
const PART_AREA_OF_WHOLE: Array<[string, string, string]> = [
  ['Police raided houses in the Kibera area of Nairobi on Monday.', 'raided', 'Kibera'],
  ['Police fired tear gas at protesters in the Mong Kok area of Hong Kong on Monday.', 'fired', 'Mong Kok'],
  ['Gunmen killed five laborers in the Turbat district of Balochistan on Monday.', 'killed', 'Turbat'],
  ['Police arrested 20 activists in the Shejaiya neighbourhood of Gaza City on Monday.', 'arrested', 'Shejaiya'],
  ['Israeli troops raided homes in the West Bank town of Tulkarm on Monday.', 'raided', 'Tulkarm'],
];
for (const [text, trigger, name] of PART_AREA_OF_WHOLE) {
  test(`a part's name before its noun, the whole after "of": ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}

// An opening that lists a district with a town ("in the Kadıköy and Üsküdar districts", "in Mong Kok and Kowloon City")
// names no one town for the story, as one listing two towns does (resolve/story-place.ts): a later act that names no
// place does not take the first
const LISTED_LEAD: Array<[string, string, string]> = [
  ['Police detained 98 people in the Kadıköy and Üsküdar districts on Saturday.\n\nOfficers also fired rubber bullets.', 'fired', 'Kadıköy'],
  ['Police detained 98 people in Mong Kok and Kowloon City on Saturday.\n\nOfficers also fired rubber bullets.', 'fired', 'Mong Kok'],
  ['Soldiers killed 12 civilians in Shejaiya and Jabalia on Saturday.\n\nTroops also shelled a school.', 'shelled', 'Shejaiya'],
];
for (const [text, trigger, first] of LISTED_LEAD) {
  test(`a later act does not take the first of the opening's listed places: ${text.split('\n')[0]}`, T, () => assert.notEqual(find(code(text), trigger).location?.text, first));
}
test('a later act still takes the one district the opening names alone', T, () => {
  const events = code('Police detained 98 people in Kadıköy on Saturday.\n\nOfficers also fired rubber bullets.');
  assert.equal(find(events, 'fired').location?.text, 'Kadıköy');
});

// A name wink-nlp cuts at letters outside its alphabet ("Şanlıurfa" as "Ş" "anl" "ı" "urfa"): pieces of letters with
// nothing between them are one word again (nlp/split-letters.ts), so the town reads whole
const CUT_NAMES: Array<[string, string, string]> = [
  ['Police detained 15 students in Şanlıurfa on Sunday.', 'detained', 'Şanlıurfa'],
  ['Police arrested three men in Łódź on Monday.', 'arrested', 'Łódź'],
  ['Gunmen killed two soldiers near Čačak on Monday.', 'killed', 'Čačak'],
  // unchanged: a name wink reads whole, and one with an apostrophe inside
  ['Police detained dozens of protesters in Kadıköy on Sunday.', 'detained', 'Kadıköy'],
  ["Soldiers killed 12 rebels in Côte d'Ivoire on Monday.", 'killed', "Côte d'Ivoire"],
];
for (const [text, trigger, name] of CUT_NAMES) {
  test(`a name cut at a letter reads whole: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}
