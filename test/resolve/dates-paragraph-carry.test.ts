import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDates } from '../../src/resolve/article-dates.ts';

// Class: a paragraph that opens with its time ("In August, ...") dates the sentences after it that state none,
// through sentences that state none either; a blank line ends the paragraph. A span read forward past
// publication ("within 24 hours") is no date to continue. Sentences written for this file.
const PARAGRAPHS: Array<[string, string, Array<string | null>]> = [
  ['In August near the capital, three attacks within 24 hours left 30 dead. One of them hit a base. Another killed two guards.',
    '2015-12-22', [null, '2015-08', '2015-08']],
  ['On March 3, rebels shelled the port. The shells hit a market. Several shops burned.',
    '2021-03-20', [null, '2021-03-03', '2021-03-03']],
  ['Last June, police raided the camp. Officers detained dozens. Most were released.',
    '2019-09-10', [null, '2019-06', '2019-06']],
  // a blank line starts a new paragraph: the second sentence after it carries nothing
  ['In May, troops entered the town. They met no resistance.\n\nThe mayor fled. He was later found.',
    '2020-07-01', [null, '2020-05', null, null]],
];

for (const [text, published, expected] of PARAGRAPHS) {
  test(`dates: a paragraph's date carries on — "${text.slice(0, 50)}…"`, () => {
    const sentences: Array<{ text: string; start: number }> = [];
    const re = /[^.]+\./g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      sentences.push({ text: m[0].trim(), start: m.index + lead });
    }
    const dates = new ArticleDates(sentences, published, text);
    assert.deepEqual(sentences.map((_, i) => dates.carried(i)?.value ?? null), expected);
  });
}

test('dates: without the article text a date reaches only the next sentence', () => {
  const sentences = [{ text: 'On March 3, rebels shelled the port.', start: 0 }, { text: 'The shells hit a market.', start: 37 }, { text: 'Shops burned.', start: 62 }];
  const dates = new ArticleDates(sentences, '2021-03-20');
  assert.equal(dates.carried(1)?.value, '2021-03-03');
  assert.equal(dates.carried(2), null);
});
