import { inlineQuotes } from './inline-quotes.ts';
import { datedEntryMark } from '../dated-entry.ts';

// Words the parser reads the sentence without, put back into its tree afterwards (inline-quotes.ts treeWithQuotes):
// the marks of partial quotes, and a wire story's dateline. "NEW DELHI (Reuters) — Modi and Xi agreed on Sunday to
// resume flights": the treebank has no datelines, and one before the clause threw the whole parse off (the city its
// subject, "on Sunday" a particle of "agreed"). The dateline joins the tree as a `dep` of the clause's root.

const DASHES = new Set(['-', '—', '–']);
const CITY_IN_CAPITALS = /^[A-Z][A-Z.'’-]{2,}$/;
// what a dateline holds between its city and its dash: names, the agency in brackets, a filing date
const DATELINE_PUNCTUATION = new Set([',', '(', ')', '/', '.']);

// a live page's entries open with their time instead: "10:32 GMT - ...", "9.15am - ..."
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$/i;
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'local', 'time']);

/** The word may open a dateline: a city in capitals ("KYIV", "NEW"), or a live page entry's time ("10:32"). */
export const mayOpenDateline = (word: string) => CITY_IN_CAPITALS.test(word) || CLOCK_TIME.test(word);

/** The position of the dash that closes the sentence's opening dateline ("KYIV, Ukraine (AP) —"), or -1. */
export function datelineDash(words: readonly string[]): number {
  if (words.length < 4 || !mayOpenDateline(words[0])) return -1;
  for (let k = 1; k < Math.min(words.length - 1, 16); k++) {
    const w = words[k];
    if (DASHES.has(w)) return /^[A-Z0-9"“]/.test(words[k + 1]) ? k : -1;
    if (!(DATELINE_PUNCTUATION.has(w) || /^[A-Z0-9]/.test(w) || w === 'of' || CLOCK_WORDS.has(w.toLowerCase()))) return -1;
  }
  return -1;
}

/** Sorted sentence-relative positions of the words the parser reads the sentence without, or null (most sentences). */
export function setAsideWords(words: readonly string[]): number[] | null {
  const quotes = inlineQuotes(words);
  // (a timeline's entry opens with its date instead: "2013: Chemical attack kills hundreds", nlp/dated-entry.ts)
  const dash = datelineDash(words) >= 0 ? datelineDash(words) : datedEntryMark(words);
  if (dash < 0) return quotes;
  const dateline = Array.from({ length: dash + 1 }, (_, i) => i);
  return quotes ? [...dateline, ...quotes] : dateline;
}
