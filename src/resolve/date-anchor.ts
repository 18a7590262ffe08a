/**
 * Where a date written without its year falls. News reports what has happened: a bare month or weekday is
 * the most recent one on or before publication ("In January" in an article of 12 July 2024 is 2024-01,
 * "on Sunday" the last Sunday), unless the sentence speaks of the future ("will meet on Friday", "talks
 * resume next month", "plans to visit in March"), where it is the next one on or after publication.
 */

// Words that put a sentence's dates in the future: auxiliaries of the future, plans, schedules and "next".
const FUTURE = /\b(will|shall|won['’]t|next|upcoming|plans?\s+to|planned|planning\s+to|(?:threaten|vow|pledge|promise)(?:s|d|ed|ing)?\s+to|scheduled|is\s+due|are\s+due|due\s+to\s+(?:meet|start|begin|arrive|visit|hold|vote|take)|is\s+to|are\s+to|expected\s+to|(?:is|are)\s+expected\s+(?:in|at)|going\s+to|set\s+to|intends?\s+to|coming)\b/i;
// ... and the "would" of a reported "will" ("said the ministers would meet on Sunday"; not "would have"), which puts
// only the dates after it in the future ("said the rebels, who attacked on Monday, would face justice")
const REPORTED_WOULD = /\b(?:said|says|told|announced|added|stated|confirmed|warned|warns|threatened|vowed|pledged|promised|insisted)\b(?:\s+\S+){0,10}?\s+would(?!\s+have\b)/i;

// ... and a day a strike, a vote or a meeting is called for ("called a general strike for September 18", "a vote for
// Friday"): only that day, not the sentence's others (nor a day owning a noun: "for Sunday's vote"); the month may be
// the wire's abbreviation ("called a strike for Nov. 7")
export const SCHEDULED_FOR = /\bfor\s+(?=(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\b(?!\s*,?\s*\d{4})(?!['’]s)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)))/;

/** True when the text speaks of what is to come: "will meet", "plans to visit", "next week", "said … would meet". */
export function speaksOfFuture(text: string): boolean {
  return FUTURE.test(text) || REPORTED_WOULD.test(text) || SCHEDULED_FOR.test(text);
}

/** Where the text's future dates start: 0 when it speaks of the future throughout, after a reported "would", else never. */
export function futureFrom(text: string): number {
  if (FUTURE.test(text)) return 0;
  const m = REPORTED_WOULD.exec(text) ?? SCHEDULED_FOR.exec(text);
  return m ? m.index + m[0].length : Infinity;
}

const DAY_MS = 86400000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The year of a bare month: not after the publication month, or (future) not before it. */
export function monthYear(month: number, ref: Date, future: boolean): number {
  const y = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  if (future) return month >= refMonth ? y : y + 1;
  return month <= refMonth ? y : y - 1;
}

/** The year of a day written without one: on or before publication, or (future) on or after it. */
export function dayYear(month: number, day: number, ref: Date, future: boolean): number {
  const y = ref.getUTCFullYear();
  const refDay = Date.UTC(y, ref.getUTCMonth(), ref.getUTCDate());
  const thisYear = Date.UTC(y, month - 1, day);
  if (future) return thisYear >= refDay ? y : y + 1;
  return thisYear <= refDay ? y : y - 1;
}

/** A weekday (0 Sunday) as a day: the most recent on or before publication, or (future) the next on or after it. */
export function weekdayDate(weekday: number, ref: Date, future: boolean): string {
  const shift = future ? (weekday - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  const d = new Date(ref.getTime() + shift * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** True when a resolved value ("2024-07", "2024-07-12") lies after the publication day, at its own precision. */
export function afterPublication(value: string, published: string): boolean {
  return value > published.slice(0, value.length);
}
