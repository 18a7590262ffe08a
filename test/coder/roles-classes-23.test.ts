import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 23's role classes (who did it to whom), each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-06-14');

// A person of a country that writes the family name first (data/lexicon/family-name-first.tsv: "Yoon Suk Yeol",
// "Lai Ching-te", "Hun Manet") is taken up later by that first word alone ("Yoon said"), as a Western name by its last
// word (resolve/later-mentions.ts): the event was lost with no actor.
const FAMILY_FIRST: Array<[string, string, string, string]> = [
  // [text, trigger, actor text, actor code]
  ['South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.\n\nYoon criticized the North Korean missile launches during the meeting.', 'criticized', 'Yoon', 'KORGOV'],
  ['Taiwanese President Lai Ching-te visited soldiers on the island of Kinmen on Friday.\n\nLai accused Beijing of intimidation.', 'accused', 'Lai', 'TWNGOV'],
  ['Chinese Premier Li Qiang held talks in Berlin on Tuesday.\n\nLi praised the German government for its help.', 'praised', 'Li', 'CHNGOV'],
  ['Cambodian Prime Minister Hun Manet met Thai officials in Bangkok on Monday.\n\nHun accused Thai troops of firing across the border.', 'accused', 'Hun', 'KHMGOV'],
  // negative: a Japanese name, written given name first in English, is still taken up by its last word
  ['Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump on Friday.\n\nIshiba praised the U.S. government.', 'praised', 'Ishiba', 'JPNGOV'],
];
for (const [text, trigger, actor, actorCode] of FAMILY_FIRST) {
  test(`a later mention by the family name, first where the country writes it first: ${text.split('\n')[0]}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text, actor);
    assert.equal(e.actor?.code, actorCode);
  });
}
test('the given name written last of a family-name-first person names no one alone', T, () => {
  const events = code('South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.\n\nYeol criticized the North Korean missile launches.');
  assert.ok(!events.some((e) => e.actor?.text === 'Yeol' && e.actor.code === 'KORGOV'));
});
