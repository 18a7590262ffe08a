import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 40 classes found on conflict wire copy of new genres (Sahel, Haiti, Ecuador, Syria, Cambodia, South Sudan),
// each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-07-16');

/** One test per case: the event on `trigger` is dated `date` by the words `words` ('' for a date no words state). */
function expectDates(name: string, cases: ReadonlyArray<readonly [text: string, published: string, trigger: string, date: string, words: string]>): void {
  for (const [text, published, trigger, date, words] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text, published), trigger);
      const got = `${e.date?.value ?? null} "${e.date?.text ?? ''}"`;
      assert.equal(e.date?.value ?? null, date, got);
      assert.equal(e.date?.text ?? '', words, got);
    });
  }
}

// "BEIRUT, July 16 (Reuters) - Israel struck targets in southern Lebanon on Tuesday": the filing date of a wire dateline
// was read as a time expression of the lead, and where the lead's own day stood far after the verb the dateline's won
// (or dated a lead that states no day at all). The dateline's date is when the story was filed, never a time the text
// ties to an act: the article's sentence dates leave it out (resolve/article-dates.ts, with resolve/dateline.ts).
expectDates('a wire dateline\'s filing date dates no act', [
  ['BEIRUT, July 16 (Reuters) - Israel struck targets in southern Lebanon on Tuesday, saying it was hitting Hezbollah weapons depots.', '2025-07-16', 'struck', '2025-07-15', 'on Tuesday'],
  ['DAMASCUS, July 16 (Reuters) - Turkey launched drone strikes on Kurdish-led forces in northeastern Syria on Monday, saying it was acting against terrorists.', '2025-07-16', 'launched', '2025-07-14', 'on Monday'],
  ['MOGADISHU, Sept 20 (AP) — Al-Shabaab fighters attacked a military base in the Lower Shabelle region, officials said.', '2025-09-20', 'attacked', '2025-09-20', ''],
  ['ABUJA, May 8 (Reuters) - Gunmen abducted 40 worshippers from a church in northern Kaduna state, police said.', '2025-05-08', 'abducted', '2025-05-08', ''],
]);
// negatives: a dateline with no date, a date told in the story's own words, and the second paragraph's dates keep theirs
expectDates('dates in the story\'s own words still date its acts', [
  ['KYIV (Reuters) - Russian drones struck the city of Odesa on Monday, the regional governor said.', '2025-07-16', 'struck', '2025-07-14', 'on Monday'],
  ['GOMA, Nov 2 (Reuters) - M23 rebels shelled a camp for displaced people near Goma on Friday, aid groups said.', '2025-11-02', 'shelled', '2025-10-31', 'on Friday'],
  ['KHARTOUM, July 16 (Reuters) - Sudan\'s army said it repelled an attack.\n\nOn July 3, the Rapid Support Forces shelled El Fasher, activists said.', '2025-07-16', 'shelled', '2025-07-03', 'July 3'],
]);
