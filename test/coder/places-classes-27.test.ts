import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../src/schema/event.ts';
import { brief, coderPublishedOn, find, T } from './class-fixture.ts';

// Session 27 place and date classes, on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const placeOf = (e: Event) => e.location?.name ?? null;
/** One test per [text, trigger, place name or null]. */
function expectPlaces(name: string, cases: ReadonlyArray<readonly [string, string, string | null]>, published?: string): void {
  for (const [text, trigger, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text, published);
      const e = find(events, trigger);
      assert.equal(placeOf(e), expected, `${JSON.stringify(e.location)} ${JSON.stringify(events.map(brief))}`);
    });
  }
}

// "The strike sparked condemnation from Egypt": a country after the "from" of a statement's or reaction's noun
// (condemnation, criticism, warning: a one-word noun pattern of quad class 1 or 3, core/topic-places.ts isVerbalActNoun)
// names who reacted, not where the act it reacts to happened (core/event-place.ts, rule place:reaction-source; the
// "offer of talks from Washington" filter, resolve/proposer.ts, with the wider nouns).
expectPlaces('who reacted is no place of the act', [
  ['Israel\'s strike on a school in the north sparked condemnation from Egypt on Tuesday.', 'strike', null],
  ['The bombing of the market killed 12 people and drew condemnation from France.', 'killed', null],
  ['Militants stormed a police station on Sunday, drawing condemnation from Pakistan.', 'stormed', null],
]);
expectPlaces('a place stated for the act stays beside who reacted', [
  ['Militants fired rockets from Gaza on Sunday, drawing condemnation from Egypt.', 'fired', 'Gaza'],
  ['Rebels from Darfur attacked a town in Kordofan on Monday, drawing criticism from Chad.', 'attacked', 'Kordofan'],
  ['Troops shelled Kharkiv on Monday, drawing a warning from Poland.', 'shelled', 'Kharkiv'],
]);

// "The mayor of Kharkiv said Russian missiles struck two blocks": a town's body (data/lexicon/town-bodies.tsv) after "of"
// now names its town too (resolve/town-bodies.ts), and a town's body reporting a material act speaks of its own town:
// where nothing else places the act, it happened there (core/event-place.ts, rule place:town-body-reports, inferred,
// before the dateline); a place the report states for the act stays.
expectPlaces('a town\'s office holder reports an act in the town', [
  ['The mayor of Kharkiv said Russian missiles struck two apartment blocks on Sunday.', 'struck', 'Kharkiv'],
  ['Kharkiv Mayor Ihor Terekhov said Russian missiles struck two apartment blocks on Sunday.', 'struck', 'Kharkiv'],
  ['Kharkiv\'s governor said a Russian drone hit a power plant on Sunday.', 'hit', 'Kharkiv'],
  ['The mayor of Tripoli said gunmen attacked a checkpoint on Sunday.', 'attacked', 'Tripoli'],
]);
expectPlaces('a place the office holder states for the act stays', [
  ['The mayor of Kharkiv said Russian drones hit a power plant in Poltava on Sunday.', 'hit', 'Poltava'],
  ['The mayor of London said Russian missiles struck Kyiv on Sunday.', 'struck', 'Kyiv'],
]);
test('an act the office holder reports is placed in the town only by inference', T, () => {
  const e = find(code('The mayor of Kharkiv said Russian missiles struck two apartment blocks on Sunday.'), 'struck');
  assert.equal(e.location?.basis, 'inferred');
  assert.ok(e.rules.includes('place:town-body-reports'), e.rules.join(' '));
});

// "BEIRUT (AP) — Gunmen attacked a checkpoint in Tripoli": an ambiguous town of the body took the most populous reading,
// the dateline's country counting for nothing, while the wire's credit ("(AP)", "(Reuters)") counted as an actor of its
// country (USA, GBR) and moved "San Jose" to California. The dateline city's country now weighs as the actors' do
// (resolve/places.ts, weakly: a desk may be abroad) and the credit inside the dateline is no actor for the choice
// (core/article-places.ts).
const countryOf = (e: Event) => e.location?.country ?? null;
function expectCountries(name: string, cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [text, trigger, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(countryOf(e), expected, JSON.stringify(e.location));
    });
  }
}
expectCountries('the dateline\'s country picks among same-named towns of the story', [
  ['BEIRUT (AP) — Gunmen attacked an army checkpoint in Tripoli on Sunday.', 'attacked', 'LBN'],
  ['MADRID (Reuters) — Police arrested 12 protesters in Valencia on Sunday.', 'arrested', 'ESP'],
  ['KARACHI (AP) — Gunmen killed five people in Hyderabad on Monday.', 'killed', 'PAK'],
  ['SAN JOSE, Costa Rica (AP) — Police fired tear gas at students in San Jose on Monday.', 'fired', 'CRI'],
]);
expectCountries('without a dateline, or with a dateline of that town, the town is as before', [
  ['Gunmen attacked an army checkpoint in Tripoli on Sunday.', 'attacked', 'LBY'],
  ['TRIPOLI, Libya (AP) — Gunmen attacked a checkpoint in Tripoli on Sunday.', 'attacked', 'LBY'],
  ['CARACAS, Venezuela (AP) — Police arrested 12 protesters in Valencia on Sunday.', 'arrested', 'VEN'],
  ['Indian police arrested five men in Hyderabad on Monday.', 'arrested', 'IND'],
]);

// "Police arrested 20 activists on the eve of Sunday's election", "two days before the June 1 vote": the act is dated by
// counting from the occasion's date (resolve/date-phrases.ts offsetsFromNamedDates, the mention spanning the occasion's
// words so it is no possessive date of another noun). Before, the possessive date was set aside (no date), a stated day
// gave the occasion's own day, and chrono swallowed "a day before Sunday" whole.
const dateOf = (e: Event) => e.date?.value ?? null;
function expectDates(name: string, cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [text, trigger, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(dateOf(e), expected, JSON.stringify(e.date));
    });
  }
}
expectDates('a day counted from a named occasion\'s date', [
  ['Police arrested 20 opposition activists on the eve of Sunday\'s election.', 'arrested', '2025-06-07'],
  ['Protesters rallied outside parliament on the eve of Thursday\'s summit.', 'rallied', '2025-06-04'],
  ['Police detained 12 activists on the eve of the June 8 election.', 'detained', '2025-06-07'],
  ['Police detained 12 activists a day before Sunday\'s vote.', 'detained', '2025-06-07'],
  ['Police detained 12 activists two days before the June 1 vote.', 'detained', '2025-05-30'],
  ['Gunmen attacked a polling station a day after Tuesday\'s election.', 'attacked', '2025-06-04'],
]);
expectDates('a count from another date of the sentence, and times of a day, stay as before', [
  ['Gunmen attacked a police post in the early hours of Sunday.', 'attacked', '2025-06-08'],
  ['Russian drones struck Kyiv late on Tuesday, killing three people.', 'struck', '2025-06-03'],
  ['Police detained 12 activists on the eve of the election.', 'detained', '2025-06-09'],
]);

// "Gunmen attacked a checkpoint early Monday. The attack came a day after security forces killed six militants": with no
// date before it in its sentence, the count was taken from publication; it is now counted from the day the story was
// speaking of (date-phrases.ts durationRelations marks it a day anaphor), and it dates no later sentence (it dates the
// act after it, earlier than the news: article-dates.ts carried).
test('a count with no date before it in its sentence is counted from the story\'s day', T, () => {
  const events = code('Gunmen attacked a police checkpoint in Bannu early Monday, killing three officers. The attack came a day after security forces killed six militants in a raid. Prime Minister Shehbaz Sharif condemned the attack.', '2025-06-10');
  assert.equal(find(events, 'killed six').date?.value, '2025-06-08');
  assert.equal(find(events, 'condemned').date?.value, '2025-06-09');
  assert.notEqual(find(events, 'condemned').date?.text, 'a day after');
});
test('a count of weeks with no date before it is counted from the story\'s day', T, () => {
  const events = code('Israeli jets struck a house in Gaza City on Friday. The strike came a week after militants fired rockets at Ashkelon.');
  assert.equal(find(events, 'fired').date?.value, '2025-05-30');
});
test('a count of days from the story\'s day, two days back', T, () => {
  const events = code('Police detained 40 students in Dhaka on Wednesday. The arrests came two days after protesters attacked a police station in the city.');
  assert.equal(find(events, 'attacked').date?.value, '2025-06-02');
});
