/**
 * An entry of a timeline or a chronology: a line that opens with a date, then a dash or a colon, then what happened
 * ("February 2014 - Russia annexes Crimea", "Feb. 24, 2022: Russia invades Ukraine", "2011 — Protests spread to
 * Damascus", "3 April: Rebels seize the airport"). Such a line starts a sentence of its own, though the line before has
 * no final stop: run into it, the entry's date dated the entry before.
 */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|(?:${MONTH}\\s+)?\\d{4})`;
const DATED_ENTRY = new RegExp(`^${DATE}\\s*(?:[:–—]|-)\\s+\\S`, 'u');

/** The line from `at` (a word's start) opens with a date and a dash or colon. */
export const opensDatedEntry = (text: string, at: number) => DATED_ENTRY.test(text.slice(at, at + 40));

const ENTRY_DATE = new RegExp(`^${DATE}$`, 'u');
const ENTRY_MARKS = new Set([':', '-', '—', '–']);

/**
 * The position of the colon or dash that closes a timeline entry's opening date ("2013 : Chemical attack kills
 * hundreds"), or -1. The parser reads the entry without its date, as it reads a story without its dateline
 * (syntax/set-aside-words.ts): the treebank has no such entries, and the date became the sentence's root.
 */
export function datedEntryMark(words: readonly string[]): number {
  for (let k = 1; k < Math.min(words.length - 1, 6); k++) {
    if (!ENTRY_MARKS.has(words[k])) continue;
    return /^[A-Z0-9"“]/.test(words[k + 1]) && ENTRY_DATE.test(words.slice(0, k).join(' ').replace(/ ([,.])/g, '$1')) ? k : -1;
  }
  return -1;
}
