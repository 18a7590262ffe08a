import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';
import { deriveTitle } from '../../src/nlp/derive-title.ts';

// Session 30 place, date and provenance classes (the `places` helper), on sentences written for this file, with
// negatives that must not change. 11 June 2025 is a Wednesday.
const code = coderPublishedOn('2025-06-11');
const brief = (text: string, trigger: string) => {
  const e = find(code(text), trigger);
  return { place: e.location?.name ?? null, country: e.location?.country ?? null, date: e.date?.value ?? null, target: e.target?.text ?? null, rules: e.rules };
};

// "Army kills 20 militants\nMAIDUGURI, Nigeria (AP) - Nigerian troops killed …": a headline line has no final stop, so
// the sentence splitter ran it into the dateline's sentence (the dateline became the headline's object, the body's
// act lost its place). A line that opens with a dateline now starts a sentence (nlp/analyze.ts), and plain-text input
// takes the line before it as the headline (nlp/derive-title.ts).
for (const [text, trigger, place, target] of [
  ['Army kills 20 militants\nMAIDUGURI, Nigeria (AP) - Nigerian troops killed 20 militants in Borno state on Sunday.', 'killed', 'Borno State', 'militants'],
  ['Police detain protesters\nCARACAS, Venezuela (AP) - Venezuelan police detained dozens of protesters in Maracaibo on Monday.', 'detained', 'Maracaibo', 'dozens of protesters'],
  ['Troops kill rebel commander\nBENI, Congo (Reuters) - Congolese troops killed a rebel commander in Ituri province on Friday.', 'killed', 'Ituri', 'rebel commander'],
  ['Israel strikes Gaza school\nJERUSALEM, June 9 (AFP) - Israeli warplanes struck a school in Khan Younis on Monday.', 'struck', 'Khān Yūnis', 'a school'],
] as const) {
  test(`a headline line before a dateline is a sentence of its own: ${text.split('\n')[0]}`, T, () => {
    const got = brief(text, trigger);
    assert.equal(got.place, place);
    assert.equal(got.target, target);
  });
}
for (const [text, title] of [
  ['Rebels seize border town\nGOMA, Congo (Reuters) - M23 rebels seized the town of Bunagana.', 'Rebels seize border town'],
  ['Blast kills five\nKABUL - A bomb killed five people at a mosque.', 'Blast kills five'],
  ['Quake hits coast\nNEW DELHI, March 3 (Reuters) - A quake hit the coast.', 'Quake hits coast'],
] as const) test(`the line before a dateline is the headline: ${title}`, T, () => assert.equal(deriveTitle(text), title));
// (negatives: a wrapped line of running text goes on its sentence; a line opening with a capitalised acronym is no dateline)
test('a hard-wrapped line of running text stays in its sentence', T, () => {
  const e = find(code('Troops fired on protesters in the capital\non Monday, killing three people, witnesses said.'), 'fired');
  assert.equal(e.date?.value, '2025-06-09');
});
for (const text of ['The army said on Monday that\nNATO troops - who arrived - would stay.', 'Troops fired on\nprotesters in Goma - x']) {
  test(`no headline before a line that is no dateline: ${JSON.stringify(text.slice(0, 30))}`, T, () => assert.equal(deriveTitle(text), null));
}

// "The president ended a two-day visit to Kenya on Tuesday", "troops continue a weeklong offensive": the clause's day
// is the last of a stretch of days, and the act of the stretch was dated by it. The act is now dated by its first day,
// counting both ends (core/duration-start.ts, words of the end in data/lexicon/duration-ends.tsv).
for (const [text, trigger, date] of [
  ['The president ended a two-day visit to Kenya on Tuesday.', 'ended', '2025-06-09'],
  ['The Chinese premier wrapped up a three-day visit to Indonesia on Monday.', 'wrapped', '2025-06-07'],
  ['Clashes have spread as government troops continue a weeklong offensive against rebels.', 'continue', '2025-06-05'],
  ['U.S. and South Korean forces wrapped up a five-day air exercise on Friday.', 'wrapped', '2025-06-02'],
  ["The foreign minister's two-day visit to Moscow, which ended on Tuesday, produced no deal.", 'visit', '2025-06-09'],
] as const) {
  test(`a stretch of days that ended on the clause's day began before it: ${text}`, T, () => {
    const got = brief(text, trigger);
    assert.equal(got.date, date);
    assert.ok(got.rules.includes('date:duration-start'));
  });
}
// (negatives: a stretch that begins on the day, an arrival on one, the ending of a stretch as the act, an act in a
// relative clause after the stretch, an agreement to a stretch)
for (const [text, trigger, date] of [
  ['The president began a two-day visit to Kenya on Tuesday.', 'began', '2025-06-10'],
  ['The Iranian president arrived in Beijing on Monday on a three-day state visit.', 'arrived', '2025-06-09'],
  ['Government troops ended a weeklong offensive against rebels on Tuesday.', 'ended', '2025-06-10'],
  ['Israeli troops pulled out of the Jenin camp on Wednesday after a three-day raid that killed 12 Palestinians.', 'killed', '2025-06-11'],
  ['Hamas agreed to a four-day truce on Wednesday.', 'agreed', '2025-06-11'],
] as const) {
  test(`no stretch ends on the clause's day: ${text}`, T, () => assert.equal(brief(text, trigger).date, date));
}

// "Speaking to the U.N. Security Council, the envoy accused Russia ...", "condemned Israel in a speech to the UN General
// Assembly": a statement made to a body was placed nowhere (or at the body's name, with no country). A body whose seat
// is one city (data/lexicon/body-seats.tsv) places the statement made to it at that city (resolve/body-seats.ts, rule
// place:body-seat), read after a word of address or "speaking to", when the sentence names no place.
for (const [text, trigger, city] of [
  ['Speaking to the U.N. Security Council, the Ukrainian envoy accused Russia of bombing hospitals.', 'accused', 'New York City'],
  ['The Brazilian president condemned Israel in a speech to the UN General Assembly.', 'condemned', 'New York City'],
  ['Addressing the European Parliament, Zelenskyy accused Russia of war crimes.', 'accused', 'Strasbourg'],
  ['In an address to the U.S. Congress, the Israeli prime minister urged Washington to impose new sanctions on Iran.', 'urged', 'Washington'],
  ['Zelenskyy addressed the Bundestag on Thursday and appealed for more air defence systems.', 'appealed', 'Berlin'],
] as const) {
  test(`a statement made to a body is made at its seat: ${text}`, T, () => {
    const got = brief(text, trigger);
    assert.equal(got.place, city);
    assert.ok(got.rules.includes('place:body-seat'));
  });
}
// (negatives: an act told to the body is not at its seat; a body with no one seat; a place the sentence states)
for (const [text, trigger, place] of [
  ['The Iranian president told the UN General Assembly that Israel had attacked its nuclear sites.', 'attacked', null],
  ['The prime minister condemned the attack in a speech to parliament.', 'condemned', 'parliament'],
  ['Addressing the European Parliament in Strasbourg, Zelenskyy accused Russia of war crimes.', 'accused', 'Strasbourg'],
] as const) {
  test(`no seat of a body spoken to: ${text}`, T, () => {
    const got = brief(text, trigger);
    assert.equal(got.place, place);
    assert.ok(!got.rules.includes('place:body-seat'));
  });
}

// "The U.S. embassy said militants kidnapped two aid workers in the east of the country": with no place and no dateline,
// the one state the sentence's speakers name stood for "the country", and the kidnapping was placed in the eastern
// United States. A state's diplomats and foreign ministry speak of other states (data/lexicon/foreign-affairs-words.tsv):
// only the state's own speakers and actors lend it (core/article-places.ts soleActorCountry).
for (const text of [
  'The U.S. embassy said militants kidnapped two aid workers in the east of the country.',
  'The French foreign ministry said jihadists attacked an army post in the north of the country.',
  'A Russian envoy said rebels attacked a base in the south of the country.',
  'British Foreign Secretary David Lammy said militias attacked civilians in the west of the country.',
]) {
  test(`a diplomat's state is not "the country" of a compass part: ${text}`, T, () => {
    const e = code(text)[0];
    assert.ok(e, 'an event');
    assert.equal(e.location, null);
  });
}
// (negatives: the state's own army and police)
for (const [text, country] of [
  ["Burkina Faso's army said jihadists attacked a village in the east of the country, killing 20 civilians.", 'BFA'],
  ["Nigeria's police said gunmen kidnapped 30 students in the north of the country.", 'NGA'],
] as const) {
  test(`the state's own speaker names "the country": ${text}`, T, () => assert.equal(code(text)[0]?.location?.country, country));
}

// "blew up a train in Buryatia", "detained protesters in Ingushetia": the region a sentence names is the place, but
// GeoNames spells Russia's republics otherwise ("Buryatiya Republic", "Ingushetiya Republic"), so the act had no place.
// The news spellings are now the divisions' other names (data/places/division-aliases.tsv).
for (const [text, trigger, region] of [
  ['A drone struck an oil depot in Buryatia on Friday.', 'struck', 'Buryatiya Republic'],
  ['Police detained 15 protesters in Ingushetia on Monday.', 'detained', 'Ingushetiya Republic'],
  ['Militants attacked a police post in the Russian region of Kabardino-Balkaria on Sunday.', 'attacked', 'Kabardino-Balkariya Republic'],
  ['Gunmen attacked a police checkpoint in North Ossetia on Tuesday.', 'attacked', 'North Ossetia–Alania'],
] as const) {
  test(`a region named as the site is the place: ${text}`, T, () => {
    const got = brief(text, trigger);
    assert.equal(got.place, region);
    assert.equal(got.country, 'RUS');
  });
}
// (negative: a town named as the site stays the town)
test('a town in a region stays the town', T, () => assert.equal(brief('A drone struck an oil depot near Ulan-Ude on Friday.', 'struck').place, 'Ulan-Ude'));

// "arrested five men in Paris, Texas": the qualifier that chose the city was read as a second place listed with it, and
// the pair stood for an area of the country named by its division (Texas). A place inside another's qualifier is no
// member of a list (core/listed-places.ts).
for (const [text, trigger, city, country] of [
  ['Police arrested five men in Paris, Texas, on Monday.', 'arrested', 'Paris', 'USA'],
  ['A gunman killed three people in Athens, Georgia, on Saturday.', 'killed', 'Athens', 'USA'],
  ['Protesters clashed with police in Birmingham, Alabama, on Sunday.', 'clashed', 'Birmingham', 'USA'],
] as const) {
  test(`a city's qualifier is no second place: ${text}`, T, () => {
    const got = brief(text, trigger);
    assert.equal(got.place, city);
    assert.equal(got.country, country);
  });
}
// (negative: two towns listed together still stand for their area)
test('two listed towns still make an area', T, () => assert.ok(brief('Troops shelled Kharkiv and Sumy on Monday.', 'shelled').rules.includes('place:listed-places')));

// "captured the village of Novopil in the Donetsk region, Russia's defence ministry said": a town the gazetteer lacks
// takes the country of the known places of its sentence when they agree on one, and the speaker's state made two. A
// region or country right after the name's "in" holds it (resolve/named-places.ts holderCountry).
for (const [text, trigger, country] of [
  ["Russian forces captured the village of Novopil in the Donetsk region, Russia's defence ministry said on Sunday.", 'captured', 'UKR'],
  ["Rebels seized the town of Kalembe in North Kivu province, Rwanda's government said on Monday.", 'seized', 'COD'],
  ["Gunmen raided the village of Kwanar Dutse in Zamfara state, Niger's interior ministry said.", 'raided', 'NGA'],
] as const) {
  test(`the region after an unlisted town's "in" holds it: ${text}`, T, () => assert.equal(brief(text, trigger).country, country));
}
// (negative: with no holder after it, a town of a sentence naming two states has no country)
test('an unlisted town with no holder among two states has none', T, () => {
  assert.equal(brief("Russian forces captured the village of Novopil, Russia's defence ministry said, denying reports from Ukraine.", 'captured').country, null);
});
