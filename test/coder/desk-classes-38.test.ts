import { coderPublishedOn, expectAll, expectNone as expectNoneCoded } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T, find } from './class-fixture.ts';

// Session 38 classes of political and diplomatic reporting and of places, each on sentences written for this file, with
// negatives that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

/** One test per case: the event on `trigger` is placed at `place` in `country`. */
function expectPlaces(name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, place: string, country: string]>): void {
  for (const [text, trigger, place, country] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(`${e.location?.name} (${e.location?.country})`, `${place} (${country})`);
    });
  }
}
void expectNone;

/** One test per case: the event on `trigger` is dated `date` (published on `published`). */
function expectDates(name: string, published: string, cases: ReadonlyArray<readonly [text: string, trigger: string, date: string]>): void {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => assert.equal(find(code(text, published), trigger).date?.value, date));
  }
}

// "Protesters marched to Buda Castle in Budapest": a landmark whose name ends in a capitalised site noun (castle, palace,
// square, stadium, bridge, park: data/lexicon/site-nouns.tsv) and is followed by "in <city>" lies in that city; a
// gazetteer's reading of a word of its name (Buda in Romania, Galata read as a quarter of Iasi, a Hyde Park in the US) or the
// name read whole as an unknown town had won, and lent the actor its country (resolve/landmark-in-city.ts, rule
// place:landmark-in-city).
expectPlaces('a landmark "in <city>" is in the city', [
  ['Protesters marched to Buda Castle in Budapest on Saturday.', 'marched', 'Budapest', 'HUN'],
  ['Students blocked the Galata Bridge in Istanbul on Monday.', 'blocked', 'Istanbul', 'TUR'],
  ['Demonstrators rallied in Hyde Park in London on Saturday.', 'rallied', 'London', 'GBR'],
  ['Protesters rallied near Bellevue Palace in Berlin on Saturday.', 'rallied', 'Berlin', 'DEU'],
  ['Workers rallied outside Lincoln Stadium in Nairobi on Friday.', 'rallied', 'Nairobi', 'KEN'],
]);
expectAll(code, 'the actor takes the city\'s country', [
  ['Protesters marched to Buda Castle in Budapest on Saturday.', ['PROTEST Protesters > null']],
]);
// ... and a named site a protest marches across or gathers at is where it happens, not whom it is against
// (extract/tree-roles/protest-route.ts); a body the protest is against keeps its target
expectAll(code, 'a named site is no protest target', [
  ['Activists marched across the Charles Bridge in Prague on Sunday.', ['PROTEST Activists > null']],
  ['Teachers demonstrated at Kossuth Square in Budapest on Thursday.', ['PROTEST Teachers > null']],
  ['Thousands rallied at Victory Monument in Bangkok on Sunday.', ['PROTEST Thousands > null']],
  ['Demonstrators protested against the Kremlin on Monday.', ['PROTEST Demonstrators > Kremlin']],
]);
// a site with no city after it, a site the gazetteer knows whole, and two towns stay as they were
expectPlaces('no city after the landmark: unchanged', [
  ['Opposition supporters rallied outside Miraflores Palace in Caracas on Sunday.', 'rallied', 'Caracas', 'VEN'],
  ['Farmers protested at Victoria Square in Bucharest on Tuesday.', 'protested', 'Bucharest', 'ROU'],
  ['Protesters marched from Buda to Pest on Saturday.', 'marched', 'Buda', 'ROU'],
]);

// "Neither Israel nor Hamas sent a delegation to the summit": the "nor" before the verb was read as the start of a
// finite conjunct ("promised to hold elections and released prisoners"), which no cue before it governs, so the
// negation of "neither ... nor" never reached the act (extract/modality.ts: a "nor" is itself a negation, no boundary)
expectNone('neither X nor Y did it', 'CONSULT', [
  'Neither Israel nor Hamas sent a delegation to the summit.',
  'Neither Russia nor Ukraine attended the talks in Istanbul on Monday.',
]);
expectNone('neither X nor Y did it', 'SANCTION', ['Neither Washington nor Beijing imposed new tariffs on Monday.']);
expectNone('neither X nor Y did it', 'AGREE', ['Neither the government nor the rebels signed the agreement on Monday.']);
expectNone('neither X nor Y did it', 'SUPPORT', ['Neither the government nor the rebels signed the agreement on Monday.']);
expectNone('neither confirmed nor denied', 'REJECT', ['The army neither confirmed nor denied the report on Monday.']);
// both sides doing it, and a negation in another clause, keep the act
expectAll(code, 'coordinated subjects without "nor" keep the act', [
  ['Both Israel and Hamas sent a delegation to the summit.', ['CONSULT']],
  ['Russia and Ukraine attended the talks in Istanbul on Monday.', ['CONSULT']],
  ['Neither side commented, and the army arrested 20 protesters on Monday.', ['COERCE army > protesters']],
]);

// "the Red Sea resort of Sharm el-Sheikh", "the Gulf emirate of Dubai", "its Baltic enclave of Kaliningrad": a town
// named after a place noun's "of" is the place (data/lexicon/place-nouns.tsv); without "resort", "emirate" or "enclave"
// among those nouns the sea or region that describes the noun had been the event's place, with no country
expectPlaces('a region\'s resort, emirate or enclave "of <town>" is the town', [
  ['Leaders signed the accord at a summit in the Red Sea resort of Sharm el-Sheikh on Monday.', 'signed', 'Sharm el-Sheikh', 'EGY'],
  ['Protesters rallied in the Black Sea resort of Sochi on Saturday.', 'rallied', 'Sochi', 'RUS'],
  ['Ministers met in the Gulf emirate of Dubai on Sunday.', 'met', 'Dubai', 'ARE'],
  ['Russia deployed missiles to its Baltic enclave of Kaliningrad on Monday.', 'deployed', 'Kaliningrad', 'RUS'],
]);
// the sea itself, and a noun that was already a place noun, keep their place
expectPlaces('a sea named alone stays the place', [
  ['Ministers met in the Red Sea city of Jeddah on Sunday.', 'met', 'Jeddah', 'SAU'],
]);

// "Bayrou met Macron at the Elysee Palace on Tuesday": the building a meeting was held in (a site the venue words mark,
// resolve/meeting-venue.ts) was taken as the story's opening place and as the paragraph's setting, so the vote, the
// strikes and the arrests of the next sentences were placed in the palace; it is the meeting's place only
// (resolve/story-place.ts, core/paragraph-place.ts)
expectPlaces('a meeting\'s building sets no other act', [
  ['PARIS — Lawmakers toppled the government on Monday.\nBayrou met Macron at the Elysee Palace on Tuesday to resign.\nUnions called strikes across the country on Wednesday.', 'called', 'Paris', 'FRA'],
  ['PARIS — Lawmakers toppled the government on Monday.\nBayrou met Macron at the Elysee Palace on Tuesday to resign.\nUnions called strikes across the country on Wednesday.', 'toppled', 'Paris', 'FRA'],
  ['LONDON — Parliament rejected the budget on Monday.\nThe prime minister met the king at Buckingham Palace on Tuesday.\nPolice arrested 30 protesters on Wednesday.', 'arrested', 'London', 'GBR'],
  ['WASHINGTON — The Senate rejected the nomination on Monday.\nTrump met Republican senators at the White House on Tuesday.\nActivists blocked roads on Wednesday.', 'blocked', 'Washington, D.C.', 'USA'],
]);
// the meeting keeps its building, and a building protesters rally at stays the scene of what follows
expectPlaces('the meeting and a rally keep the building', [
  ['LONDON — Parliament rejected the budget on Monday.\nThe prime minister met the king at Buckingham Palace on Tuesday.\nPolice arrested 30 protesters on Wednesday.', 'met', 'Buckingham Palace', 'GBR'],
  ['PARIS — Lawmakers toppled the government on Monday.\nProtesters rallied at the Elysee Palace on Tuesday.\nPolice arrested 30 protesters on Wednesday.', 'arrested', 'Élysée Palace', 'FRA'],
]);

// "Abbas condemned the Hamas attack of October 7, 2023. Some Israeli ministers urged ...": a date that names a past act
// after its noun's "of" dates that act only, no history the next sentences go on telling (resolve/article-dates.ts); the
// next sentences' acts had taken the old day. A time's "the night of ..." still sets the scene.
expectDates('an act named by its date dates no later sentence', '2025-09-22', [
  ['Abbas condemned the Hamas attack of October 7, 2023.\nSome Israeli ministers urged the government to annex the West Bank.', 'urged', '2025-09-22'],
  ['Erdogan marked the anniversary of the coup attempt of July 15, 2016 with a speech in Ankara.\nOpposition leaders accused the government of using the anniversary to silence critics.', 'accused', '2025-09-22'],
  ['The minister recalled the massacre of March 3, 2019 in a speech to parliament.\nLawmakers then voted to dissolve the security council.', 'dissolve', '2025-09-22'],
]);
expectDates('a night\'s date still tells a history', '2025-09-22', [
  ['On the night of October 6, 1973, Egyptian troops crossed the Suez Canal.\nThey attacked Israeli positions along the canal.', 'attacked', '1973-10-06'],
  ['On September 17, 1944, paratroopers landed near Arnhem.\nThey attacked German positions near the bridge.', 'attacked', '1944-09-17'],
]);

// "Unions called a nationwide day of strikes for September 18": the day an act is called for stands after its "for"
// (resolve/date-anchor.ts SCHEDULED_FOR); it is ahead of the news, the act planned (extract/modality.ts, cue "for a
// day"), and the calling verb's simple past does not pull the day back a year or a week (core/clause-dates.ts). The act
// had been asserted on the day a year (or a week) before.
test('a strike called for a day is planned on that day', T, () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Unions called a nationwide day of strikes and protests for September 18.', '2025-09-18'],
    ['The opposition called a general strike for Thursday.', '2025-09-11'],
    ['Teachers announced a national walkout for September 15.', '2025-09-15'],
    ['Unions, which struck on Monday, called a general strike for September 18.', '2025-09-18'],
  ];
  for (const [text, date] of cases) {
    const called = code(text, '2025-09-09').find((x) => /^(?:called|announced)/.test(x.trigger.text));
    assert.ok(called, text);
    assert.equal(`${called.date?.value} ${called.provenance.certainty}`, `${date} planned`, text);
  }
});
// a day owning a noun, a day of the act itself, and the strike done before stay past and asserted
expectDates('days not called for stay past', '2025-09-09', [
  ['Unions held a general strike on September 3.', 'held', '2025-09-03'],
  ['Police arrested the activist for a protest on September 3.', 'arrested', '2025-09-03'],
  ['Unions, which struck on Monday, called a general strike for September 18.', 'struck', '2025-09-08'],
]);

// "signed a document guaranteeing the ceasefire", "signed a joint document": a document two sides sign is their formal
// accord (CAMEO 057, data/patterns/verbs.tsv), as an agreement or a declaration signed is; no row read "document"
expectAll(code, 'a signed document is an accord', [
  ['The leaders of Egypt, Qatar and Turkey signed a document on Monday guaranteeing the ceasefire.', ['AGREE']],
  ['Armenia and Azerbaijan signed a joint document in Washington on Friday.', ['AGREE']],
  ['Russia and China signed a document on economic cooperation in Beijing on Tuesday.', ['AGREE']],
]);
// a decree signed is no accord; a signing negated stays none
expectNone('a decree, or a negated signing', 'SUPPORT', ['The president signed a decree on Monday.', 'Neither side signed the document on Monday.']);
