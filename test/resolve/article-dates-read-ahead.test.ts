import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDates } from '../../src/resolve/article-dates.ts';

// `readForEvents` reads ahead what dating an article's events asks for (speed only): the event sentences' own dates,
// and the sentence before each and the lead only when an event sentence states no date. The dates are the same as
// read when asked. Sentences written for this file.
const ARTICLES: Array<[string, string]> = [
  ['Rebels shelled the port on Monday. The shells hit a market. On Tuesday, police raided a camp. Officers detained dozens.', '2021-03-20'],
  ['In May, troops entered the town. They met no resistance.\n\nThe mayor fled on Friday. He was later found.', '2020-07-01'],
  ['Protesters marched in the capital. Police fired tear gas on Sunday. Earlier in the day, a blast hit a bus. Nobody was hurt.', '2019-09-10'],
];

function sentencesOf(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^.]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0].trim(), start: m.index + m[0].length - m[0].trimStart().length });
  return out;
}

/** Records the order in which sentences are first parsed. */
class Recorded extends ArticleDates {
  readonly order: number[] = [];
  override stated(index: number) {
    if (!this.order.includes(index)) this.order.push(index);
    return super.stated(index);
  }
}

test('article dates: read ahead, the event sentences with dates first and alone', { timeout: 30000 }, () => {
  const [text, published] = ARTICLES[0];
  const dates = new Recorded(sentencesOf(text), published, text);
  dates.readForEvents([0, 2], [0, 1, 2]);
  assert.deepEqual(dates.order, [0, 2]);
});

test('article dates: an event sentence with no date has the sentence before it and the lead read ahead', { timeout: 30000 }, () => {
  const [text, published] = ARTICLES[0];
  const dates = new Recorded(sentencesOf(text), published, text);
  dates.readForEvents([3], [0, 1, 2]);
  assert.deepEqual(dates.order, [3, 0, 1, 2]);
  const second = new Recorded(sentencesOf(ARTICLES[1][0]), ARTICLES[1][1], ARTICLES[1][0]);
  second.readForEvents([1, 3], [0, 1]);
  assert.deepEqual(second.order, [1, 3, 0, 2]);
});

for (const [text, published] of ARTICLES) {
  test(`article dates: the same dates read ahead as read when asked — "${text.slice(0, 40)}…"`, { timeout: 30000 }, () => {
    const sentences = sentencesOf(text);
    const all = sentences.map((_, i) => i);
    const ahead = new ArticleDates(sentences, published, text);
    ahead.readForEvents(all.filter((i) => i % 2 === 1), all.slice(0, 3));
    const asked = new ArticleDates(sentences, published, text);
    assert.deepEqual(all.map((i) => [ahead.of(i), ahead.carried(i)]), all.map((i) => [asked.of(i), asked.carried(i)]));
    assert.ok(all.some((i) => asked.of(i).length > 0), 'the article states dates');
  });
}
