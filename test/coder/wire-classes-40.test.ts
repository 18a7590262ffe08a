import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 40 classes found on conflict wire copy of new genres (Sahel, Haiti, Ecuador, Syria, Cambodia, South Sudan),
// each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-07-16');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

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

// "The insurgency has killed more than 40,000 people", "1,500 people were killed in gang violence last year": a conflict
// (a war, an insurgency, violence: the `relative-of` nouns of data/lexicon/background-cues.tsv) that kills, as the
// verb's subject or the passive's "in"/"by" phrase, tallies the toll of many occasions: no act (guide rule 1, generic
// statistics). Read on the tree as background (extract/tree-clauses/background-cue.ts conflictToll; drop reason
// candidate:tree-background:toll of <noun>).
expectNone('a conflict\'s toll is no act', 'ASSAULT', [
  'The insurgency, which began in 2012, has killed more than 40,000 people and displaced two million, according to the United Nations.',
  'More than 1,500 people were killed in gang violence in the capital last year, according to the U.N.',
  'Jihadist violence killed more than 1,200 people in Burkina Faso in the first three months of the year, according to ACLED.',
  'Thousands of people have been killed in the insurgency, which began in 2009.',
  'More than 700 civilians were killed in the conflict last year, the U.N. mission said.',
]);
// negatives: one occasion's toll (a day, fighting, clashes, an attack) and a doer that is a group stay acts
expectAll(code, 'one occasion\'s toll is still an act', [
  ['Sectarian violence killed 12 people in the town of Jaramana on Sunday, the monitor said.', ['ASSAULT']],
  ['Fighting killed at least 30 people in the town, the monitor said.', ['ASSAULT']],
  ['Clashes killed nine people in the border town on Monday, officials said.', ['ASSAULT']],
  ['Gunmen have killed more than 40 people in the region, officials said.', ['ASSAULT']],
  ['Rebel fighters killed 14 soldiers in the insurgency\'s deadliest attack this year.', ['ASSAULT']],
]);
