import { table } from './non-events-table.ts';

// An act noun governed by a concessive preposition ("despite", "in spite of", "in defiance of", "regardless of",
// "notwithstanding") is what the news happened in spite of: told before or as the setting, not news of its own
// (data/lexicon/background-cues.tsv where = concession, rule candidate:tree-concession).
table('an act named in a concessive phrase is no event', [
  ['Opposition supporters rallied in Caracas on Saturday despite police warnings.', ['PROTEST']],
  ['The rebels shelled the town of Marib in spite of the truce.', ['ASSAULT']],
  ['Thousands of students marched through Dhaka in defiance of a government ban.', ['PROTEST']],
  ['Despite the ceasefire, Houthi fighters attacked a Saudi border post on Monday.', ['ASSAULT houthis']],
  ['The militants stormed the army base regardless of the new truce.', ['ASSAULT']],
]);

// the same acts told as news are events
table('the act told on its own still codes', [
  ['The army warned protesters in Caracas on Saturday.', ['THREATEN']],
  ['The government banned the opposition rally in Dhaka on Monday.', ['COERCE']],
]);
