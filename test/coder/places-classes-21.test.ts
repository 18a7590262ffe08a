import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place classes of session 21, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-06-12');

// A name joined by a hyphen to a lower-case word (resolve/compound-modifier.ts): "Moscow-annexed", "Kremlin-backed",
// "Beijing-ruled", "Gaza-bound" make an adjective that says who holds or backs the thing after it, or where it goes; the
// name is no place of the act, and the place after the adjective is
const HELD_PLACE: Array<[string, string, string]> = [
  ['Police arrested three activists in Moscow-annexed Crimea on Monday.', 'arrested', 'Crimea'],
  ['Police detained two journalists in Beijing-ruled Hong Kong on Monday.', 'detained', 'Hong Kong'],
  ['Gunmen killed a teacher in Moscow-occupied Kherson on Tuesday.', 'killed', 'Kherson'],
  ['Troops shelled a village in Damascus-held Idlib on Tuesday.', 'shelled', 'Idlib'],
  ['Police arrested three activists in Moscow-friendly Belarus on Monday.', 'arrested', 'Belarus'],
];
for (const [text, trigger, name] of HELD_PLACE) {
  test(`a holder's name joined to an adjective is no place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}
const BACKED_ACTOR: Array<[string, string, string]> = [
  // [text, trigger, the name that is no place]
  ['Ukrainian troops attacked Moscow-backed separatists on Tuesday.', 'attacked', 'Moscow'],
  ['Police arrested a Moscow-based journalist on Monday.', 'arrested', 'Moscow'],
  ['Israeli troops stopped a Gaza-bound aid ship on Monday.', 'stopped', 'Gaza'],
];
for (const [text, trigger, name] of BACKED_ACTOR) {
  test(`a backer's or base's name joined to an adjective is no place: ${text}`, T, () => {
    const act = find(code(text), trigger);
    assert.notEqual(act.location?.text, name);
  });
}
test('the backed group is the target, not its backer', T, () => {
  assert.equal(find(code('Ukrainian troops attacked Moscow-backed separatists on Tuesday.'), 'attacked').target?.text, 'separatists');
});
const HYPHENATED_NAMES: Array<[string, string, string]> = [
  // a lower-case word inside a hyphenated name, or a town before the adjective's noun, stays
  ['Police arrested protesters in Rostov-on-Don on Monday.', 'arrested', 'Rostov-on-Don'],
  ['Haitian police arrested gang members in Port-au-Prince on Monday.', 'arrested', 'Port-au-Prince'],
  ['Airstrikes hit a depot in Houthi-controlled Sanaa on Tuesday.', 'hit', 'Sanaa'],
];
for (const [text, trigger, name] of HYPHENATED_NAMES) {
  test(`a hyphenated name stays a place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}

// Where a member listed after "including" or "among them" comes from or is held (core/member-places.ts): the place
// describes that member, not where the act was; the act takes its country (or its own place, where stated)
const LISTED_MEMBER: Array<[string, string, string, string]> = [
  // [text, trigger, the member's place, the act's country]
  ["Kenya's president pardoned more than 2,000 prisoners, including three activists held in Naivasha prison.", 'pardoned', 'Naivasha', 'KEN'],
  ["Belarus's president pardoned 30 political prisoners, among them an activist from Grodno.", 'pardoned', 'Grodno', 'BLR'],
  ["Egypt's president pardoned 400 prisoners on Monday, including activists from Alexandria.", 'pardoned', 'Alexandria', 'EGY'],
  ['Troops killed 12 militants on Monday, including a commander from Kandahar.', 'killed', 'Kandahar', 'AFG'],
];
for (const [text, trigger, name, country] of LISTED_MEMBER) {
  test(`a listed member's place is not the act's: ${text}`, T, () => {
    const act = find(code(text), trigger);
    assert.notEqual(act.location?.text, name);
    assert.equal(act.location?.country, country);
  });
}
const LISTED_PLACES_STAY: Array<[string, string, string]> = [
  // the place of listed members themselves, a place on the act, and the member's own act keep their places
  ['Airstrikes killed 30 people across the province, including 12 in the town of Marib.', 'killed', 'Marib'],
  ['Police arrested 40 protesters on Sunday, including six in Lagos.', 'arrested', 'Lagos'],
  ['Police freed 20 hostages, including two children, from a house in Kano on Monday.', 'freed', 'Kano'],
  ["Kenya's president pardoned more than 2,000 prisoners, including three activists held in Naivasha prison.", 'held', 'Naivasha'],
];
for (const [text, trigger, name] of LISTED_PLACES_STAY) {
  test(`a place of the act or of the listed members stays: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}

// A state government's national measure (resolve/home-place.ts nationalMeasure: CAMEO 081 a pardon, an amnesty, lifting a
// ban; 0841 a release) happens in its country: no town of the paragraph, the story's opening or the dateline
const NATIONAL_MEASURES: Array<[string, string, string]> = [
  ["YANGON, Myanmar (AP) — Myanmar's military government said Thursday it had pardoned more than 5,000 prisoners to mark the country's independence day.\n\nSecurity forces in the western town of Sittwe detained two Rakhine activists last week.", 'pardoned', 'MMR'],
  ['KHARTOUM, Sudan (AP) — Sudanese paramilitary forces shelled a displacement camp near the town of El Fasher on Monday, killing 15 people, medics said.\n\nThe government also lifted a ban on humanitarian flights, the foreign ministry said.', 'lifted', 'SDN'],
  ['KABUL, Afghanistan (AP) — Gunmen killed three police officers at a checkpoint in the eastern city of Jalalabad on Sunday, officials said.\n\nThe Taliban government announced a general amnesty for former soldiers on Monday.', 'announced', 'AFG'],
  ["NAIROBI, Kenya (AP) — Kenya's president pardoned 3,000 prisoners on Tuesday.", 'pardoned', 'KEN'],
];
for (const [text, trigger, country] of NATIONAL_MEASURES) {
  test(`a national measure is the country's: ${trigger} in ${country}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.precision, 'country', `${act.location?.name}`);
    assert.equal(act.location?.country, country);
    assert.ok(act.rules.includes('place:national-measure'), act.rules.join(' '));
  });
}
const LOCAL_MEASURES: Array<[string, string, string]> = [
  // a curfew is lifted where it was imposed; police free hostages where they were held; a stated place stays
  ['Clashes between rival groups killed 12 people in the city of Jos on Monday.\n\nThe government imposed a 24-hour curfew on Tuesday. It lifted the curfew on Friday.', 'lifted', 'Jos'],
  ['LAGOS, Nigeria (AP) — Gunmen kidnapped 20 villagers in the town of Kankara on Monday.\n\nPolice freed the hostages from a forest hideout on Wednesday.', 'freed', 'Kankara'],
  ['The president pardoned 300 prisoners at a ceremony in Nairobi on Tuesday.', 'pardoned', 'Nairobi'],
  ["Ethiopia's government lifted a curfew in Gondar on Monday.", 'lifted', 'Gondar'],
];
for (const [text, trigger, name] of LOCAL_MEASURES) {
  test(`a local measure keeps its town: ${trigger} in ${name}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}

// An act told as being in several parts of one whole, whose parts are then listed (core/parts-of-whole.ts): "in two places
// in the city — the X area and the Y district" happened in the whole (named, or the parts' country where the whole is
// "the territory"), not in its first part
const PARTS_OF_WHOLE: Array<[string, string, string]> = [
  // [text, trigger, the place's name]
  ['Turkish police detained dozens of protesters Sunday who held rallies in two districts of Istanbul, Kadikoy and Besiktas.', 'held', 'Istanbul'],
  ['Hong Kong police fired tear gas at protesters Saturday who held rallies in two places in the territory — the Mong Kok area and a busy market district in the Wan Chai area.', 'held', 'Hong Kong'],
  ['Lebanese troops fired tear gas at protesters Saturday who staged sit-ins in two places in Beirut — Martyrs Square and the Hamra district.', 'staged', 'Beirut'],
  ['Thousands of people marched in three neighborhoods of Karachi: Lyari, Korangi and Malir.', 'marched', 'Karachi'],
];
for (const [text, trigger, name] of PARTS_OF_WHOLE) {
  test(`parts listed after their whole: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
const PARTS_ALONE: Array<[string, string, string]> = [
  // parts with no counted whole before them, and a list of towns after a plural with no whole, stay
  ['Protesters rallied in the streets of Istanbul, Ankara and Izmir on Sunday.', 'rallied', 'Türkiye'],
  ['Gunmen attacked a mosque in Kabul\'s Dasht-e-Barchi neighborhood on Friday.', 'attacked', 'Dasht-e-Barchi'],
  ['Airstrikes hit two towns, Rastan and Talbiseh, in Homs province on Sunday.', 'hit', 'Homs'],
];
for (const [text, trigger, name] of PARTS_ALONE) {
  test(`a part named with no counted whole stays: ${text}`, T, () => assert.ok(find(code(text), trigger).location?.name.startsWith(name), find(code(text), trigger).location?.name));
}

// A front line (resolve/front-lines.ts, data/lexicon/front-lines.tsv): "along the contact line", "across the Line of
// Control" is the line held by two sides in the region the story named before it; a region named with it is finer
const FRONT_LINES: Array<[string, string, string, string | null]> = [
  // [text, trigger, the line's words, the region's country]
  ["Fighting raged in Ukraine's Donetsk region on Monday.\n\nRussian forces shelled Ukrainian positions along the front line overnight, the general staff said.", 'shelled', 'front line', 'UKR'],
  ['Armenia and Azerbaijan reported heavy fighting around the separatist Nagorno-Karabakh region on Monday.\n\nAzerbaijan\'s Defense Ministry said it had launched a military operation along the "contact line" to protect civilians.', 'launched', 'contact line', 'AZE'],
  ['Indian and Pakistani troops exchanged fire in the disputed Kashmir region on Monday.\n\nPakistani troops fired mortars across the Line of Control on Tuesday, Indian officials said.', 'fired', 'line of control', null],
];
for (const [text, trigger, line, country] of FRONT_LINES) {
  test(`a front line in the region named before: ${line}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.name, line);
    assert.equal(act.location?.country, country);
    assert.ok(act.rules.includes('place:front-line'), act.rules.join(' '));
  });
}
const NO_FRONT_LINE: Array<[string, string, string | null]> = [
  // a region named with the line wins; no region named before, a figure ("the front line of the epidemic") or a
  // modifier ("front-line workers") makes no line
  ["Fighting raged in Ukraine's Donetsk region on Monday.\n\nRussian forces shelled Ukrainian positions along the front line in the Zaporizhzhia region overnight.", 'shelled', 'Zaporizhzhia'],
  ['Health workers on the front line of the epidemic protested in the Kherson region on Monday.', 'protested', 'Kherson'],
  ['Nurses protested in the Kherson region on Monday, demanding better pay for front-line workers.', 'protested', 'Kherson'],
  ['Russian troops attacked Ukrainian positions along the front line on Monday.', 'attacked', null],
];
for (const [text, trigger, name] of NO_FRONT_LINE) {
  test(`no front line: ${text.slice(-70)}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.span ? act.location.name : null, name);
    assert.ok(!act.rules.includes('place:front-line'), act.rules.join(' '));
  });
}

// A relative clause on the people an act lands on that tells where they were (core/gathered-target.ts): "fired tear gas at
// protesters who marched through X" met them there; not where they did something to something, nor what they had done
const WHERE_THEY_WERE: Array<[string, string, string]> = [
  // (Kibera, a district of Nairobi, is known as a place since session 22: data/places/districts.json)
  ['Police fired tear gas at protesters who marched through the Kibera area of Nairobi on Monday.', 'fired', 'Kibera'],
  ['Riot police beat students who gathered outside the parliament in Tbilisi on Sunday.', 'beat', 'Tbilisi'],
  ['Security forces detained dozens of people who rallied in central Minsk on Saturday.', 'detained', 'Minsk'],
];
for (const [text, trigger, name] of WHERE_THEY_WERE) {
  test(`where the people acted on were: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
const WHAT_THEY_DID: Array<[string, string, string]> = [
  ['Police arrested a man who attacked a church in Lagos last year.', 'arrested', 'Lagos'],
  ['Troops killed three militants who had ambushed a convoy in Kunduz province last week.', 'killed', 'Kunduz'],
  ['Police detained a journalist who had reported on protests in Minsk.', 'detained', 'Minsk'],
];
for (const [text, trigger, name] of WHAT_THEY_DID) {
  test(`what the people acted on had done elsewhere: ${text}`, T, () => assert.ok(!find(code(text), trigger).location?.name.startsWith(name)));
}

// A state speaking as a whole (its government, a ministry) speaks from its seat (core/speaker-place.ts): a desk in another
// of its towns is not where it spoke; a desk in its capital, a speaker that is no national body and a foreign state's
// desk at home stay
const SPOKE_FROM_SEAT: Array<[string, string, string]> = [
  ["GOMA, Congo (AP) — M23 rebels seized the town of Rubaya on Monday.\n\nCongo's government accused Rwanda of backing the rebels.", 'accused', 'COD'],
  ["MOSUL, Iraq (AP) — A car bomb killed 12 people at a market in Mosul on Monday.\n\nIraq's foreign ministry condemned the attack.", 'condemned', 'IRQ'],
  ["ODESA, Ukraine (AP) — Russian drones struck the port of Odesa on Monday.\n\nUkraine's government accused Russia of war crimes.", 'accused', 'UKR'],
];
for (const [text, trigger, country] of SPOKE_FROM_SEAT) {
  test(`a national body speaks from its seat, not the desk's town: ${trigger} in ${country}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.span ?? null, null, `${act.location?.name}`);
    assert.equal(act.location?.country, country);
  });
}
const SPOKE_AT_DESK: Array<[string, string, string]> = [
  ["KYIV, Ukraine (AP) — Russian drones struck the port of Odesa on Monday.\n\nUkraine's government accused Russia of war crimes.", 'accused', 'Kyiv'],
  ['WASHINGTON (AP) — Israeli jets struck targets in Gaza on Monday.\n\nThe United States urged Israel to protect civilians.', 'urged', 'Washington, D.C.'],
];
for (const [text, trigger, name] of SPOKE_AT_DESK) {
  test(`a desk in the speaker's capital is where it spoke: ${name}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
