import type { Token } from '../nlp/types.ts';

// Groups of words that count as one word where a pattern lets words sit between its own (the pattern tries in
// pattern-trie.ts and their reference scan in test/extract/scan-matcher.ts), as an amount does ("sent 3,000 tons of"):
// a collective with its "of", a hyphenated compound, a day with its "on".

// "barred a group of Greenpeace activists from entering", "freed dozens of hostages": a collective and its "of"
// a capitalised word inside a name (the tagger reads "Democratic" in "Syrian Democratic Forces" as an adjective)
const NAME_WORD_POS = new Set(['PROPN', 'ADJ', 'NOUN']);
const isNameWord = (t: Token) => NAME_WORD_POS.has(t.pos) && /^[A-Z]/.test(t.text);
const COLLECTIVES: ReadonlySet<string> = new Set(['group', 'number', 'team', 'delegation', 'handful', 'couple', 'contingent', 'batch', 'band', 'squad', 'dozen', 'dozens', 'hundreds', 'thousands', 'scores']);

/**
 * The end (exclusive) of the group that starts at j, or j when none does: a collective with its "of" or a name of
 * several words (only in a `*` gap), or a hyphenated compound, also between words of a pattern without a gap ("held a
 * joint search-and-rescue drill" reads `hold * joint drill`).
 */
export function groupEnd(tokens: readonly Token[], j: number, end: number, gap: boolean): number {
  const dated = datedPhraseEnd(tokens, j, end);
  if (dated > j) return dated;
  const k = tokens[j].pos === 'DET' ? j + 1 : j;
  if (gap && k + 1 < end && COLLECTIVES.has(tokens[k].lower) && tokens[k + 1].lower === 'of') return k + 2;
  // "gave the Syrian Democratic Forces an ultimatum": a name of several words counts as one word of a gap
  if (gap && tokens[k]?.pos === 'PROPN') {
    let n = k;
    while (n + 1 < end && isNameWord(tokens[n + 1])) n++;
    if (n > k) return n + 1;
  }
  let h = j;
  while (h + 2 < end && tokens[h + 1].text === '-' && tokens[h + 1].start === tokens[h].end && tokens[h + 2].start === tokens[h + 1].end) h += 2;
  return h > j ? h + 1 : j;
}

/**
 * Past the first word of a hyphenated compound ending at `compoundEnd`: "the rebel-held town" holds nothing; nor does
 * a day's phrase, its preposition included ("called on Tuesday for" is no "call on"). A compound of nouns before a
 * noun is headed by its last word, which names a kind of that noun as the word alone would: "sent search-and-rescue
 * teams" reads the `rescue team` of "sent rescue teams", "cash-for-work aid" the `work aid` (a participle's compound
 * stays whole: "rebel-held town").
 */
export const insideCompound = (tokens: readonly Token[], j: number, compoundEnd: number) => j < compoundEnd && (tokens[j - 1].text === '-' && !nounHeadBeforeNoun(tokens, j, compoundEnd) || opensDayPhrase(tokens, j, compoundEnd));

const nounHeadBeforeNoun = (tokens: readonly Token[], j: number, compoundEnd: number) => j === compoundEnd - 1 && tokens[j].pos === 'NOUN' && tokens[j + 1]?.pos === 'NOUN' && tokens[j + 1].start > tokens[j].end;

// "called on Tuesday for an end to", "met on Monday with", "agreed in March to", "voted in 2019 to", "decided on
// March 5 to": a date and its preposition count as one word between a pattern's words, which is no word of the pattern
const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const MONTH_PARTS = new Set(['early', 'mid', 'late']);
const YEAR = /^(1[89]|20)[0-9]{2}$/;
const DAY_OF_MONTH = /^[0-3]?[0-9]$/;
const opensDayPhrase = (tokens: readonly Token[], j: number, end: number) => datedPhraseEnd(tokens, j, end) > j;

/** The end of a date with its "on" or "in" starting at j ("on Monday", "in early March", "on March 5", "in 2019"), else j. */
function datedPhraseEnd(tokens: readonly Token[], j: number, end: number): number {
  const prep = tokens[j].lower;
  if (prep !== 'on' && prep !== 'in' || j + 1 >= end) return j;
  const next = tokens[j + 1];
  if (prep === 'on' && DAY_NAMES.has(next.lower)) return j + 2;
  if (prep === 'in' && YEAR.test(next.text)) return j + 2;
  let k = j + 1;
  if (prep === 'in' && MONTH_PARTS.has(tokens[k].lower) && k + 1 < end && MONTHS.has(tokens[k + 1].text)) k++;
  if (!MONTHS.has(tokens[k].text)) return j;
  k++;
  if (k < end && DAY_OF_MONTH.test(tokens[k].text)) k++;
  if (k < end && YEAR.test(tokens[k].text)) k++;
  return k;
}

/** A count or group noun before "of" ("dozens of", "a group of"): the phrase's head is the noun after it. */
export const isCollectiveNoun = (word: string): boolean => COLLECTIVES.has(word);
