/**
 * A subhead inside a story: a short paragraph of one line with no final stop, between paragraphs of running text
 * ("…, the group said.\n\nArmy vows to retake city\n\nSudan's army chief vowed on Monday to retake the city."). It
 * retells the paragraph after it, as the headline retells the lead, so it is not coded: coded, it was the same act a
 * second time, dated by the paragraph before. The text comes back with such lines as spaces (offsets hold). A line
 * before any running text (a headline, a dateline) or after the last paragraph is left alone, and so is a question
 * ("What happened in El Fasher?"), a line ending in a colon or a comma, a line that opens a list, and a sentence whose
 * stop sits inside its closing quote ('The mayor called the vote "a farce."'), a short paragraph of running text.
 */
export function blankSubheads(text: string): string {
  if (!/\n[ \t]*\n/.test(text)) return text;
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*/g)];
  let out: string | null = null;
  for (let k = 1; k < paragraphs.length - 1; k++) {
    const line = paragraphs[k][0];
    if (line.includes('\n') || !isSubheadShaped(line.trim())) continue;
    if (!RUNNING_TEXT_END.test(paragraphs[k - 1][0].trim()) || !RUNNING_TEXT_START.test(paragraphs[k + 1][0].trim())) continue;
    const at = paragraphs[k].index ?? 0;
    out = (out ?? text).slice(0, at) + ' '.repeat(line.length) + (out ?? text).slice(at + line.length);
  }
  return out ?? text;
}

const MAX_WORDS = 12;
// the paragraph before ends a sentence; the one after opens one
const RUNNING_TEXT_END = /[.!?]["'”’)\]]*$/u;
// a stop closed by quotes or a bracket ends a sentence: 'condemned the vote as "a farce."'
const STOP_IN_CLOSING_QUOTE = /[.!?]["'”’)\]]+$/u;
const RUNNING_TEXT_START = /^["“‘']?\p{Lu}/u;

function isSubheadShaped(line: string): boolean {
  // the ends first, and words counted only up to one past the most a subhead has: every paragraph of every article is
  // asked, and most end in a full stop (each had been split into all its words)
  if (!/^\p{Lu}/u.test(line) || !/[\p{L}\p{N}"”’')]$/u.test(line) || STOP_IN_CLOSING_QUOTE.test(line)) return false;
  const words = line.split(/\s+/, MAX_WORDS + 1);
  return words.length >= 2 && words.length <= MAX_WORDS;
}
