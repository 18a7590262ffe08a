import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, storyDate } from '../../src/resolve/dates.ts';
import { ArticleDates } from '../../src/resolve/article-dates.ts';

const values = (sentence: string, published: string) => findDates(sentence, 0, published).map((d) => [d.value, d.precision]);

// Class: a part of the day before a date ("the night of September 26") keeps the date.
const PART_OF_DAY: Array<[string, string, string]> = [
  ['Two guards died on the night of March 4, when gunmen stormed the prison', '2021-04-02', '2021-03-04'],
  ['The convoy was ambushed the morning of 12 June near the border', '2019-06-20', '2019-06-12'],
  ['Rebels shelled the port in the evening of October 3', '2016-10-09', '2016-10-03'],
];
for (const [sentence, published, day] of PART_OF_DAY) {
  test(`dates: a part of the day keeps its date: "${sentence}"`, () => assert.deepEqual(values(sentence, published), [[day, 'day']]));
}

// Class: a stretch of weekdays is one date, its first day, counted back from its end (never a future day).
const RANGES: Array<[string, string, string]> = [
  ['Between Friday and Monday, gunmen raided four farms', '2022-03-11', '2022-03-04'], // published on a Friday
  ['From Saturday to Tuesday the army shelled the hills', '2020-07-16', '2020-07-11'],
  ['Protesters blocked the highway from Monday through Wednesday', '2018-05-10', '2018-05-07'],
];
for (const [sentence, published, first] of RANGES) {
  test(`dates: a weekday range is its first day: "${sentence}"`, () => assert.deepEqual(values(sentence, published), [[first, 'week']]));
}

// Class: "N units after/before" counts from the sentence's other date, not forward from publication.
const DURATIONS: Array<[string, string, Array<[string, string]>]> = [
  ["Tuesday's raid came three days after militants bombed a market", '2017-05-12', [['2017-05-09', 'day'], ['2017-05-06', 'day']]],
  ['The strike on Friday came almost two weeks after rebels overran the garrison', '2014-04-20', [['2014-04-18', 'day'], ['2014-04-04', 'week']]],
  ['The envoy visited Kigali last week, a month after announcing the accord', '2019-09-18', [['2019-09-11', 'week'], ['2019-08', 'month']]],
  // counted from publication it would lie ahead: no date at all rather than a future one
  ['The vote took place two years before the coup', '2021-02-01', []],
  ['Two days after the funeral, soldiers fired on mourners', '2021-02-01', [['2021-01-30', 'day']]],
];
for (const [sentence, published, expected] of DURATIONS) {
  test(`dates: a stretch after or before another date: "${sentence}"`, () => assert.deepEqual(values(sentence, published), expected));
}

// Class: "earlier in the day", "the day before" refer to the day the story last named, not publication.
const ANAPHORS: Array<[string[], string, string]> = [
  [['The clash began late Wednesday on the border.', 'Officials said a soldier was killed earlier in the day.'], '2015-06-05', '2015-06-03'],
  [['Troops entered the town on Monday.', 'Rebels had shelled it the day before.'], '2019-02-14', '2019-02-10'],
  [['The talks opened in Doha on 3 March.', 'Both delegations met the emir the next day.'], '2020-03-10', '2020-03-04'],
  [['The minister resigned.', 'Crowds cheered in the capital that night.'], '2020-03-10', '2020-03-10'], // no day named: publication
  // counted anaphors: "N days later", "a week earlier", "hours later" count from the story's day, not publication
  [['Rebels seized the airport on 4 May.', 'Two days later, government troops retook it.'], '2021-05-20', '2021-05-06'],
  [['The ceasefire collapsed on Monday.', 'A day later, militants shelled the port.'], '2019-02-14', '2019-02-12'],
  [['Police detained the activist on 10 June.', 'Three days earlier, he had led a march through the city.'], '2020-06-20', '2020-06-07'],
  [['Gunmen attacked a checkpoint on 2 March.', 'Hours later, troops raided the village.'], '2022-03-09', '2022-03-02'],
  [['The envoy arrived in Juba on 1 April.', 'A week later, both sides signed the accord.'], '2023-04-20', '2023-04-08'],
  [['The minister resigned.', 'Two days later, crowds marched in the capital.'], '2020-03-10', '2020-03-10'], // no day named: never after publication
];
for (const [sentences, published, expected] of ANAPHORS) {
  test(`dates: a day anaphor takes the story's day: "${sentences[1]}"`, () => {
    let start = 0;
    const withOffsets = sentences.map((text) => ({ text, start: (start += text.length + 1) - text.length - 1 }));
    const dates = new ArticleDates(withOffsets, published).of(1);
    assert.deepEqual(dates.map((d) => d.value), [expected]);
  });
}

// Class: the lead's "officials said Sunday" dates the report; the story's day is the day the news happened.
const REPORTED: Array<[string[], string, string]> = [
  [['Dozens of police were killed in raids, officials said Sunday.', 'Gunmen stormed two posts late Saturday.'], '2018-09-09', '2018-09-08'],
  [['Police on Tuesday said six were arrested.', 'The arrests were made on Monday.'], '2020-05-06', '2020-05-04'],
  [['Three aid workers were freed, the ministry announced Friday.', 'They were released Thursday near the border.'], '2016-08-12', '2016-08-11'],
];
for (const [sentences, published, expected] of REPORTED) {
  test(`dates: the story date skips the day of the report: "${sentences[0]}"`, () => {
    let start = 0;
    const withOffsets = sentences.map((text) => ({ text, start: (start += text.length + 1) - text.length - 1 }));
    assert.equal(storyDate(withOffsets, published)?.value, expected);
  });
}

// Class: a sentence with no date continues the previous sentence's only date, unless that one dates a report.
const CARRIED: Array<[string[], string, string | null]> = [
  [['On Saturday, police barred two marches.', 'Thousands fought battles in the streets.'], '2019-08-11', '2019-08-10'],
  [['In August, three attacks hit the capital.', 'One of them killed a soldier.'], '2015-12-22', '2015-08'],
  [['Rebels took the town on 4 May.', 'They looted the market.'], '2021-05-20', '2021-05-04'],
  [['Six were killed, officials said Tuesday.', 'Gunmen burned homes.'], '2021-05-20', null], // the day of the report
  [['Troops fired on crowds on Monday and Tuesday.', 'Dozens were hurt.'], '2021-05-20', null], // two dates: no single one
];
for (const [sentences, published, expected] of CARRIED) {
  test(`dates: "${sentences[1]}" continues "${sentences[0]}"`, () => {
    let start = 0;
    const withOffsets = sentences.map((text) => ({ text, start: (start += text.length + 1) - text.length - 1 }));
    assert.equal(new ArticleDates(withOffsets, published).carried(1)?.value ?? null, expected);
  });
}

// Class: a span chrono counts forward from publication ("after a year-long dispute", "within a year") in a sentence
// that does not speak of the future is no date of the event; a written year or a future word keeps it.
const FORWARD_SPANS: Array<[string, Array<[string, string]>]> = [
  ['Ethiopia and Somalia restored relations after a year-long dispute.', []],
  ['The rebels laid down their arms after a year of talks.', []],
  ['The army retook the city within a month of the offensive.', []],
  ['Troops will leave within a year.', [['2025', 'year']]],
  ['Talks resume tomorrow in Doha.', [['2024-03-13', 'day']]],
  ['The vote took place in 2025, officials said.', [['2025', 'year']]],
  // a span before something else is counted from that thing, not back from publication
  ['The attack came a few days before the election.', []],
  ['The assembly may be dissolved a few days before its term is set to end.', []],
];
for (const [sentence, expected] of FORWARD_SPANS) {
  test(`dates: a span counted forward from publication: "${sentence}"`, () => assert.deepEqual(values(sentence, '2024-03-12'), expected));
}

// Class: "next month", "next week" of a planned event are the month or week after publication's ("next month" was lost:
// chrono's month reading of lower-case words is refused as "march en masse").
const NEXT: Array<[string, string, Array<[string, string]>]> = [
  ['The foreign ministers will meet in Brussels next month.', '2024-05-10', [['2024-06', 'month']]],
  ['Elections are due next month, the commission said.', '2023-12-20', [['2024-01', 'month']]],
  ['The leaders will meet next week in Geneva.', '2024-05-10', [['2024-05-17', 'week']]],
  ['The ministers met last month in Brussels.', '2024-05-10', [['2024-04', 'month']]],
];
for (const [sentence, published, expected] of NEXT) {
  test(`dates: next month or week: "${sentence}"`, { timeout: 60_000 }, () => assert.deepEqual(values(sentence, published), expected));
}
