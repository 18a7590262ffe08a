import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, storyDate } from '../../src/resolve/dates.ts';

// [sentence, published, expected [value, precision] list]
const CASES: Array<[string, string, Array<[string, string]>]> = [
  ['Trump on Wednesday threatened Iran', '2020-04-02', [['2020-04-01', 'day']]],
  ['Earlier on Thursday, the group warned', '2020-04-02', [['2020-04-02', 'day']]],
  ['The attack on Friday killed five', '2020-04-02', [['2020-03-27', 'day']]], // never a future Friday
  ['The US deployed missiles last week', '2020-04-02', [['2020-03-26', 'week']]],
  ['the resolution passed earlier this year', '2020-04-02', [['2020', 'year']]],
  ['the 11 and 14 March rocket attacks', '2020-04-02', [['2020-03-11', 'day'], ['2020-03-14', 'day']]],
  ['raids on March 11 and 14', '2020-04-02', [['2020-03-11', 'day'], ['2020-03-14', 'day']]],
  ['protests on December 28', '2024-01-03', [['2023-12-28', 'day']]], // across the year boundary
  ['clashes erupted last month', '2024-01-03', [['2023-12', 'month']]],
  ['the talks held yesterday', '2024-01-01', [['2023-12-31', 'day']]],
  ['two days ago gunmen attacked', '2024-03-01', [['2024-02-28', 'day']]], // leap year
  ['the ceasefire agreed in 2019', '2024-03-01', [['2019', 'year']]],
  ['troops arrived in March', '2024-05-10', [['2024-03', 'month']]],
  ['jets bombed Beirut on 3, 5 and 7 October', '2024-10-10', [['2024-10-03', 'day'], ['2024-10-05', 'day'], ['2024-10-07', 'day']]],
  ['On Christmas Day, Russia launched missiles', '2025-01-02', [['2024-12-25', 'day']]],
  ["On New Year's Eve, drones struck a depot", '2025-01-02', [['2024-12-31', 'day']]],
  ['in recent weeks', '2024-05-10', []],
  // a bare month is the most recent one on or before publication
  ['In January, the council dissolved itself', '2024-07-12', [['2024-01', 'month']]],
  ['The strikes began in December', '2024-07-12', [['2023-12', 'month']]],
  ['Elections were held in July', '2024-07-12', [['2024-07', 'month']]],
  ['raids on depots in May and in August of last year', '2024-03-02', [['2023-05', 'month'], ['2023-08', 'month'], ['2023', 'year']]],
  // a day without a year does not fall after publication either
  ['the convoy was stopped on October 30', '2024-10-02', [['2023-10-30', 'day']]],
  ['Rebels seized the depot on 12 November', '2024-11-05', [['2023-11-12', 'day']]],
  // unless the sentence is about the future
  ['The envoys will meet again on October 30', '2024-10-02', [['2024-10-30', 'day']]],
  ['The minister plans to visit Cairo in March', '2024-07-12', [['2025-03', 'month']]],
  ['Talks are scheduled to resume on Friday', '2024-07-10', [['2024-07-12', 'day']]],
  ['The president will travel to Kenya on Wednesday', '2024-07-10', [['2024-07-10', 'day']]],
  // the week and the day of publication
  ['Police arrested dozens this week', '2018-04-12', [['2018-04-12', 'week']]],
  ['The envoy visited Kabul earlier this week', '2012-05-04', [['2012-05-04', 'week']]],
  ['The leaders spoke by phone earlier in the week', '2019-04-20', [['2019-04-20', 'week']]],
  ['Troops shelled the town over the past 48 hours', '2023-04-24', [['2023-04-24', 'week']]],
  ['A second blast hit the market earlier in the day', '2015-01-01', [['2015-01-01', 'day']]],
  // "march", "may" in lower case are verbs
  ['They tried to march on parliament and block roads', '2019-08-11', []],
  ['Crowds may march again', '2019-08-11', []],
  ['at 3 pm', '2024-05-10', []],
];

for (const [sentence, published, expected] of CASES) {
  test(`dates: "${sentence}" (published ${published})`, () => {
    const got = findDates(sentence, 0, published).map((d) => [d.value, d.precision]);
    assert.deepEqual(got, expected);
  });
}

test('dates: spans point into the document when the sentence starts later', () => {
  const [d] = findDates('on Wednesday', 100, '2020-04-02');
  assert.deepEqual([d.start, d.end], [100, 112]);
});

test('dates: no publication date, no relative dates', () => {
  assert.deepEqual(findDates('on Wednesday', 0, null), []);
});

// The day a story's lead puts its news on: the first day in its first sentences within the week before publication.
const STORY: Array<[string[], string, string | null]> = [
  [['Police fired tear gas at marchers Saturday.', 'Dozens were hurt.'], '2023-10-29', '2023-10-28'],
  [['Gunmen stormed a checkpoint late Monday, officials said.', 'The attack killed six.'], '2018-09-11', '2018-09-10'],
  [['The talks collapsed.', 'Negotiators left the capital on Thursday.'], '2024-03-08', '2024-03-07'],
  [['The war began on 3 January 2019.', 'Fighting continues.'], '2024-03-08', null], // background, not this week's news
  [['Fighting continues in the north.', 'Aid is scarce.'], '2024-03-08', null],
];

for (const [sentences, published, expected] of STORY) {
  test(`dates: story date of "${sentences[0]}" (published ${published})`, () => {
    let start = 0;
    const withOffsets = sentences.map((text) => {
      const s = { text, start };
      start += text.length + 1;
      return s;
    });
    assert.equal(storyDate(withOffsets, published)?.value ?? null, expected);
  });
}
