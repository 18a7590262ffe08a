import type { Token } from '../nlp/types.ts';

// A time phrase that dates an act long before the story: history told as its background (coding guide rule 1).
const YEAR = /^(?:1[89]|20)\d\d$/;
// month names and their wire abbreviations ("Oct.", "Sept."): the month's number is its index + 1
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;
// how far before the year a month name may stand ("October 2023", "Oct. 8, 2023", "Oct . 8 , 2023")
const MONTH_REACH = 5;

/**
 * Tokens [from, to) state a date long before `published` (YYYY-MM-DD): a year two or more before the story's own
 * ("in 2019" in a 2021 story; "in 2024" in a 2025 story may be last month), or a month with its year a year or more
 * before the story's month ("in September 2024" or "on Oct. 8, 2023" in a November 2025 story; "in January 2025" in
 * a November 2025 story may still be this story's run of news).
 */
export function statesOldDate(tokens: readonly Token[], from: number, to: number, published: string | undefined): boolean {
  const storyYear = Number(published?.slice(0, 4)), storyMonth = Number(published?.slice(5, 7));
  for (let k = from; k < to; k++) {
    if (!YEAR.test(tokens[k].text)) continue;
    const year = Number(tokens[k].text);
    if (published === undefined || year <= storyYear - 2) return true;
    const month = monthBefore(tokens, Math.max(from, k - MONTH_REACH), k);
    if (month > 0 && Number.isFinite(storyMonth) && (storyYear - year) * 12 + storyMonth - month >= 12) return true;
  }
  return false;
}

// the number of the last month name in [from, to), or 0
function monthBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const word = tokens[k].lower;
    if (MONTH.test(word) && (word !== 'may' || /^May$/.test(tokens[k].text))) return MONTHS.indexOf(word.slice(0, 3)) + 1;
  }
  return 0;
}
