import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, parseAmount } from '../../src/extract/numbers.ts';

// [sentence, kind, min, max, hedge]
const CASES: Array<[string, string, number, number | null, string]> = [
  ['Gunmen killed at least 12 people in the village.', 'killed', 12, null, 'at_least'],
  ['Twelve soldiers were killed and 30 wounded.', 'killed', 12, 12, 'exact'],
  ['Twelve soldiers were killed and 30 others were wounded.', 'injured', 30, 30, 'exact'],
  ['The strike killed three civilians.', 'killed', 3, 3, 'exact'],
  ['Dozens were wounded in the blast.', 'injured', 24, null, 'vague'],
  ['Police arrested more than 2,000 people since the vote.', 'arrested', 2000, null, 'at_least'],
  ['Security forces detained 45 protesters.', 'arrested', 45, 45, 'exact'],
  ['Up to 5,000 protesters marched in the capital.', 'size', 0, 5000, 'at_most'],
  ['Thousands of protesters rallied outside parliament.', 'size', 2000, null, 'vague'],
  ['A crowd of about 10,000 gathered.', 'size', 10000, 10000, 'about'],
  ['The attack left 25 dead.', 'killed', 25, 25, 'exact'],
  ['an airstrike killing twenty-three people', 'killed', 23, 23, 'exact'],
  ['Two hundred people were killed.', 'killed', 200, 200, 'exact'],
  // numbers in words, and tolls told in two parts (summed)
  ['Gunmen killed forty-two villagers in Borno state.', 'killed', 42, 42, 'exact'],
  ['Officers arrested fifty-three people in dawn raids.', 'arrested', 53, 53, 'exact'],
  ['Boko Haram killed seventy-eight farmers on Saturday.', 'killed', 78, 78, 'exact'],
  ['About a dozen other coalition personnel were wounded in the attack.', 'injured', 12, 12, 'about'],
  ['Rockets hit Camp Taji, killing two American soldiers and a British soldier.', 'killed', 3, 3, 'exact'],
  ["Wednesday's attack on the same base killed two Americans and a Briton.", 'killed', 3, 3, 'exact'],
  ['A bomber killed at least 60 Afghans and 13 U.S. troops.', 'killed', 73, null, 'at_least'],
  ['Militants fired rockets, wounding three coalition troops and two Iraqi soldiers.', 'injured', 5, 5, 'exact'],
  // a second part with its own verb is another figure, not more of the same
  ['The strike killed ten civilians and three soldiers were wounded.', 'killed', 10, 10, 'exact'],
  ['The strike killed ten civilians and three soldiers were wounded.', 'injured', 3, 3, 'exact'],
];

for (const [sentence, kind, min, max, hedge] of CASES) {
  test(`figures: ${sentence}`, () => {
    const f = extractFigures(sentence)[kind as 'killed'];
    assert.ok(f, `no ${kind} figure`);
    assert.deepEqual([f.min, f.max, f.hedge], [min, max, hedge]);
    assert.equal(sentence.slice(...f.span), f.text);
  });
}

test('figures: no number, no figure', () => {
  assert.deepEqual(extractFigures('The army attacked the village on Monday.'), {});
});

test('amounts: words and digits', () => {
  assert.deepEqual(parseAmount('1,200'), { min: 1200, max: 1200, hedge: 'exact' });
  assert.deepEqual(parseAmount('five thousand'), { min: 5000, max: 5000, hedge: 'exact' });
  assert.equal(parseAmount('banana'), null);
});
