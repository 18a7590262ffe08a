import type * as chrono from 'chrono-node';
import type { DateMention } from './types.ts';
import { afterPublication, dayYear, futureFrom, monthYear, speaksOfFuture, weekdayDate } from './date-anchor.ts';
import { dayAnaphors, durationRelations, offsetsFromNamedDates, withoutCountsBeforeNames, partsOfPeriods, weekdayRanges, withFortnightsAsWeeks, withoutSpansOfTime, withoutPartOfDay } from './date-phrases.ts';
import { parseDates } from './date-parsers.ts';
import { nightSpans } from './night-spans.ts';
import { periodAnaphors } from './period-anaphors.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// "11 and 14 March", "3, 5 and 7 October", "March 11 and 14": several days sharing one month.
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_LIST = `${DAY}(?:\\s*,\\s*${DAY})*\\s*(?:,\\s*)?(?:and|&)\\s*${DAY}`;
const DAY_PAIR = new RegExp(`\\b(${DAY_LIST})\\s+(${MONTHS})\\b|\\b(${MONTHS})\\s+(${DAY_LIST})\\b`, 'g');
// Fixed-date holidays chrono does not know.
const HOLIDAYS: Array<[RegExp, number, number]> = [
  [/\bChristmas Eve\b/i, 12, 24], [/\bChristmas(?: Day)?\b/i, 12, 25], [/\bBoxing Day\b/i, 12, 26],
  [/\bNew Year'?s Eve\b/i, 12, 31], [/\bNew Year'?s(?: Day)?\b/i, 1, 1],
];
// the words every holiday above is named with: one scan for all five
const HOLIDAY_WORDS = /christmas|boxing day|new year/i;
// a lower-case noun right after the feast's name, other than a time of its day ("Christmas morning")
const MODIFIED_THING = /^\s+(?!morning|evening|night|afternoon|eve\b|day\b)[a-z]+/;
const DIGIT = /[0-9]/;
const WRITTEN_YEAR = /\d{4}|['’]\d\d\b/;
const FUTURE_WORD = /\b(?:tomorrow|tonight|next|coming|upcoming)\b/i;
const SPAN_BEFORE = /\b(?:days?|weeks?|months?|years?|hours?)\s+before\s*$/i;
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "in 2019", "during 2014": a bare year, which chrono leaves alone; also a part of it, dated by the year ("in mid-2024",
// "in late 2025", "by early 2023")
const BARE_YEAR = /\b(?:in|during|since|throughout|of|by)\s+(?:(?:early|late|mid)\s+|mid-)?((?:19|20)\d\d)\b(?![-\/]\d)/gi; // ("In 2022, …" opens sentences)
// "2011: Protests spread to Damascus", "1994 - ...": a year opening a timeline's entry (nlp/dated-entry.ts) dates it
const ENTRY_YEAR = /^\s*((?:1[0-9]|20)\d\d)\s*(?:[:–—]|-)\s+(?=\S)/;
// "a 2022 coup", "the 2014 annexation": a year before a common noun, which it dates; which act that is, if any, the
// tree decides (src/core/clause-dates.ts), and no later sentence carries it (article-dates.ts)
const YEAR_BEFORE_NOUN = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:19|20)\d\d)\s+(?=[a-z])/g;
export const YEAR_OF_NOUN_RULE = 'date:year-of-act-noun';
// "sacked Magdeburg in 1631", "landed in 1066": a year of an older century, which a count may look like ("in 1500 homes"),
// so only one no lower-case word follows (other than a joining word)
const OLD_YEAR = /\b(?:in|during|since|throughout|of|by)\s+((?:1[0-8])\d\d)\b(?![-\/]\d)(?!\s+(?!and\b|or\b|when\b|after\b|before\b|as\b|but\b)[a-z])/gi;

// "on the 3rd", "on the 21st.": a day of the month named alone, no noun after it ("on the 3rd floor", "the 5th day of")
const ORDINAL_DAY = /\bon\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:of\b|[a-z]))/g;

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day numbered `day` on or before `ref`: this month's, or the month before's ("the 20th" told on 9 June is 20 May). */
function lastDayOfMonthNumbered(day: number, ref: Date): string {
  let month = day <= ref.getUTCDate() ? ref.getUTCMonth() : ref.getUTCMonth() - 1;
  // (a month too short for the day, "the 30th" told in March, is passed over: the 30th of January)
  while (new Date(Date.UTC(ref.getUTCFullYear(), month, day, 12)).getUTCDate() !== day) month--;
  return isoDay(new Date(Date.UTC(ref.getUTCFullYear(), month, day, 12)));
}
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const monthNumber = (name: string) => MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

// "in June and in September of last year": a bare month before "last year" is last year's.
const OF_LAST_YEAR = /^[^.;]{0,40}?\b(?:of\s+)?last\s+year\b/i;
// "The council voted in December to ..." told on 1 December: a past act in the month of publication, in its first days,
// is last year's month (this month's first days would be told by their weekday); "will vote in December" is this year's
const PAST_ACT_IN = /\b(?:[a-z]{3,}ed|was|were|had|began|met|held|won|took|fell|rose|broke|struck|fought|said|made|went|came|left|sent|told|gave|chose|withdrew|drew|spoke|sought|wrote|became|lost|quit|shut)(?:\s+[a-z]+){0,4}\s+(?:in\s+)?$/i;
const FIRST_DAYS = 7;
const pastOwnMonth = (sentence: string, r: chrono.ParsedResult, ref: Date) => ref.getUTCDate() <= FIRST_DAYS && !r.start.isCertain('day') && r.start.isCertain('month') && !r.start.isCertain('year')
  && r.start.date().getUTCMonth() === ref.getUTCMonth() && /^(?:in\s+)?[A-Z][a-z]+[.,]?$/.test(r.text.trim()) && PAST_ACT_IN.test(sentence.slice(0, r.index));
// "this week", "earlier this week", "earlier in the week": the week of publication.
const THIS_WEEK = /\b(?:this|the)\s+week\b/;
// "earlier in the day", "earlier today": the publication day.
const THIS_DAY = /\b(?:in\s+the\s+day|today|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b/;
// "over the past 48 hours", "for the past two days": the days up to publication.
const PAST_SPAN = /\b(?:past|last)\s+(?:\d+|few|several|two|three|four|five)\s+(?:hours|days)\b/;

/**
 * Date expressions of one sentence resolved against the publication date.
 * `offset` is the sentence's start in the document, so spans point into the article.
 */
const NAMED_AFTER_DATE = /^\s+(?:square|street|avenue|boulevard|road|bridge|stadium|park|airport|hospital|university|school|mosque|movement|revolution|uprising|brigade|battalion)\b/i;

export function findDates(sentence: string, offset: number, published: string | null): DateMention[] {
  if (!published) return [];
  const ref = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  const future = speaksOfFuture(sentence);
  const aheadFrom = future ? futureFrom(sentence) : Infinity;
  const lastYear = (end: number) => OF_LAST_YEAR.test(sentence.slice(end));
  const parts = partsOfPeriods(sentence, offset, ref, future, (month) => monthYear(month, ref, future));
  const nights = nightSpans(sentence, offset, ref, future);
  // ("the night from Saturday to Sunday" is one night, no stretch of two days)
  const ranges = weekdayRanges(sentence, offset, ref, future).filter((r) => !nights.some((n) => n.start < r.end && r.start < n.end));
  const out: DateMention[] = [...nights, ...ranges, ...dayAnaphors(sentence, offset, published), ...periodAnaphors(sentence, offset, published), ...parts];
  // day lists and bare years are written in digits: most sentences have none, and skip both scans
  const digits = DIGIT.test(sentence);
  if (digits) for (const m of sentence.matchAll(DAY_PAIR)) {
    const month = monthNumber(m[2] ?? m[3]);
    const days = (m[1] ?? m[4]).match(/\d{1,2}/g)!.map(Number);
    for (const day of days) {
      const year = dayYear(month, day, ref, future);
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
    }
  }
  for (const r of parseDates(withoutCountsBeforeNames(withFortnightsAsWeeks(withoutPartOfDay(withoutSpansOfTime(sentence)))), { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const start = offset + r.index;
    const end = start + r.text.trimEnd().replace(/,$/, '').length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    // "said on Tuesday he will travel": the day the news was told is past, whatever the news looks forward to
    const ahead = future && r.index >= aheadFrom && !datesTheReport(sentence, r.index, r.index + r.text.length);
    const mention = classify(r, ref, ahead, lastYear(r.index + r.text.length) || !future && pastOwnMonth(sentence, r, ref));
    // what has not happened yet is no date for a reported event: a stray future reading is dropped, and so is a
    // span chrono counts forward from publication ("after a year-long dispute", "within a year") unless the words
    // name a year or the future themselves ("in 2025", "tomorrow")
    const stated = mention !== null && mention.explicitYear && (WRITTEN_YEAR.test(r.text) || FUTURE_WORD.test(r.text));
    // "a few days before its term ends": a span before something else is counted from that, not from publication
    if (SPAN_BEFORE.test(r.text)) continue;
    if (mention && (ahead || stated || !afterPublication(mention.value, published))) {
      const past = ahead && !mention.explicitYear ? classify(r, ref, false, lastYear(r.index + r.text.length)) : null;
      const pastValue = past && past.value !== mention.value && !FUTURE_WORD.test(r.text) ? { pastValue: past.value } : {};
      out.push({ start, end, text: r.text.replace(/,\s*$/, ''), value: mention.value, precision: mention.precision, ...pastValue });
    }
  }
  const holidays = HOLIDAY_WORDS.test(sentence) ? sentence.replace(/[’]/g, "'") : null;
  if (holidays !== null) for (const [re, month, day] of HOLIDAYS) {
    const m = re.exec(holidays);
    // "Christmas markets", "Christmas shopping": a feast naming a thing of its season dates nothing
    if (m && MODIFIED_THING.test(holidays.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !/\b(?:eve|day)$/i.test(m[0])) continue;
    if (!m || out.some((d) => d.start < offset + m.index + m[0].length && offset + m.index < d.end)) continue;
    const year = dayYear(month, day, ref, future);
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
  }
  if (digits) for (const m of sentence.matchAll(ORDINAL_DAY)) {
    const start = offset + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const day = Number(m[2]);
    if (day >= 1 && day <= 31 && !out.some((d) => d.start < end && start < d.end)) out.push({ start, end, text: m[1], value: lastDayOfMonthNumbered(day, ref), precision: 'day' });
  }
  if (digits) for (const m of sentence.matchAll(BARE_YEAR)) {
    const start = offset + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!out.some((d) => d.start < end && start < d.end)) out.push({ start, end, text: m[1], value: m[1], precision: 'year' });
  }
  const entry = digits ? ENTRY_YEAR.exec(sentence) : null;
  if (entry) {
    const start = offset + entry[0].indexOf(entry[1]);
    if (!out.some((d) => d.start < start + 4 && start < d.end)) out.push({ start, end: start + 4, text: entry[1], value: entry[1], precision: 'year' });
  }
  if (digits) for (const m of sentence.matchAll(OLD_YEAR)) {
    const start = offset + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!out.some((d) => d.start < end && start < d.end)) out.push({ start, end, text: m[1], value: m[1], precision: 'year' });
  }
  if (digits) for (const m of sentence.matchAll(YEAR_BEFORE_NOUN)) {
    const start = offset + m.index + m[0].trimEnd().length - m[1].length;
    const end = start + m[1].length;
    // (a year ahead names a plan or a target: "the 2030 deadline")
    if (Number(m[1]) <= ref.getUTCFullYear() && !out.some((d) => d.start < end && start < d.end)) out.push({ start, end, text: m[1], value: m[1], precision: 'year', rule: YEAR_OF_NOUN_RULE });
  }
  // "on the eve of Sunday's election", "a day before the June 8 vote": counted from the occasion's date, in its place
  const offsets = offsetsFromNamedDates(sentence, offset, out.sort((a, b) => a.start - b.start));
  const named = offsets.found.length === 0 ? out : [...out.filter((d) => !offsets.replaced.includes(d)), ...offsets.found].sort((a, b) => a.start - b.start);
  // "two weeks after": counted from the sentence's other dates, in place of chrono's reading from publication
  const durations = durationRelations(sentence, offset, out, published);
  const kept = named.filter((d) => !durations.some((r) => r.start < d.end && d.start < r.end));
  const past = durations.filter((d) => future || !afterPublication(d.value, published));
  // "May 13 Square", "the July 26 Movement", "the 6th of October Bridge": a date naming a place or a body is a name
  // (but a year before a common noun is no name: "the 2011 uprising")
  return [...kept, ...past].filter((d) => d.rule === YEAR_OF_NOUN_RULE || !NAMED_AFTER_DATE.test(sentence.slice(d.end - offset)))
    .filter((d) => !isWeekdayGivenName(sentence, d.start - offset, d.end - offset)).sort((a, b) => a.start - b.start);
}

// "said Sunday Abdu, a community leader", "community leader Monday Okoro said": Sunday, Monday and Friday are given names
// (in Nigeria and Ghana above all); a weekday after a verb of saying or a person's title, with a surname after it that
// closes the clause or speaks, names the person and dates nothing
const WEEKDAY_NAME = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;
const SURNAME = "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)?";
// after a verb of saying the name closes the clause ("said Sunday Abdu, a ..."); after a title it may speak ("leader Monday Okoro told")
const NAME_AFTER_SAYING = new RegExp(`^\\s+${SURNAME}\\s*(?:,|\\.|$)`);
const NAME_AFTER_TITLE = new RegExp(`^\\s+${SURNAME}\\s*(?:,|\\.|$|\\s+(?:said|says|told|added|who)\\b)`);
const SAYING_BEFORE = /\b(?:said|says|added)\s+$/;
const TITLE_BEFORE = /\b(?:leader|chief|spokesman|spokeswoman|spokesperson|pastor|reverend|bishop|imam|official|commander|chairman|secretary|governor|resident|farmer|survivor|witness|activist|lawmaker|senator|elder|head|director|coordinator|priest|journalist|teacher)\s+$/i;
function isWeekdayGivenName(sentence: string, start: number, end: number): boolean {
  if (!WEEKDAY_NAME.test(sentence.slice(start, end))) return false;
  const before = sentence.slice(Math.max(0, start - 16), start), after = sentence.slice(end);
  return SAYING_BEFORE.test(before) && NAME_AFTER_SAYING.test(after) || TITLE_BEFORE.test(before) && NAME_AFTER_TITLE.test(after);
}

const SATURDAY = 6;
// the words chrono reads a weekday from: its names and abbreviations, and the weekend
const NAMES_A_WEEKDAY = /\b(?:sun|mon|tue|wed|thu|fri|sat)|weekend|weekday/;

type Classified = Pick<DateMention, 'value' | 'precision'> & { explicitYear: boolean };

function classify(r: chrono.ParsedResult, ref: Date, future: boolean, lastYear: boolean): Classified | null {
  const text = r.text.toLowerCase();
  const date = r.start.date();
  const refDay = isoDay(ref);
  const relative = (value: string, precision: DateMention['precision']): Classified => ({ value, precision, explicitYear: false });
  if (/\b(last|past|previous) week\b/.test(text)) return relative(isoDay(date), 'week');
  if (THIS_WEEK.test(text) && !/\bnext\b/.test(text)) return relative(refDay, 'week');
  if (PAST_SPAN.test(text)) return relative(refDay, 'week');
  if (THIS_DAY.test(text)) return relative(refDay, 'day');
  // "next month", "next week" (of a planned event): the month or week after publication's
  if (/\b(last|past|this|previous|next|coming) month\b/.test(text)) return relative(isoDay(date).slice(0, 7), 'month');
  if (/\b(next|coming) week\b/.test(text)) return relative(isoDay(date), 'week');
  if (/\b(last|this|previous) year\b/.test(text)) return relative(String(date.getUTCFullYear()), 'year');
  const weekday = r.start.get('weekday');
  // "around midnight", "shortly after midnight": chrono gives the hour a weekday (the next day's) it was never told; a
  // weekday read from no weekday's name dates nothing
  if (!r.start.isCertain('day') && weekday !== null && weekday !== undefined && !r.start.isCertain('month') && !NAMES_A_WEEKDAY.test(text)) return null;
  if (!r.start.isCertain('day') && weekday !== null && weekday !== undefined && !r.start.isCertain('month')) {
    // "on Wednesday" in news means the most recent Wednesday; "will meet on Friday" the next one
    // ("over the weekend", "at the weekend": its two days, dated by the Saturday at a week's precision)
    // ... also "last weekend", which chrono reads as its Sunday
    const weekend = /\bweekend\b/.test(text);
    const past = /\b(last|past|previous)\b/.test(text);
    // "last Monday" in a Monday's paper is the Monday a week before, never the day itself (that is "on Monday")
    if (past && !weekend && weekday === ref.getUTCDay()) return relative(isoDay(new Date(ref.getTime() - 7 * 86400000)), 'day');
    return relative(weekdayDate(weekend ? SATURDAY : weekday, ref, future && !past), weekend ? 'week' : 'day');
  }
  const explicitYear = r.start.isCertain('year');
  const month = date.getUTCMonth() + 1;
  if (r.start.isCertain('day')) {
    if (explicitYear || !r.start.isCertain('month')) return { value: isoDay(date), precision: 'day', explicitYear };
    return relative(`${dayYear(month, date.getUTCDate(), ref, future)}-${pad(month)}-${pad(date.getUTCDate())}`, 'day');
  }
  if (r.start.isCertain('month')) {
    // "march en masse", "may ask": a month is written with a capital
    if (!/[A-Z0-9]/.test(r.text)) return null;
    if (explicitYear) return { value: isoDay(date).slice(0, 7), precision: 'month', explicitYear };
    const year = lastYear ? ref.getUTCFullYear() - 1 : monthYear(month, ref, future);
    return relative(`${year}-${pad(month)}`, 'month');
  }
  if (explicitYear) return { value: String(date.getUTCFullYear()), precision: 'year', explicitYear };
  return null;
}

/**
 * The day a story's news happened, as its lead states it: the first day-precision date in its first sentences
 * that lies in the week before publication ("Police fired tear gas Saturday ..."). Later sentences that state
 * no date of their own continue that day.
 */
export function storyDate<S extends { text: string; start: number }>(sentences: readonly S[], published: string | null, datesOf: (s: S) => DateMention[] = (s) => findDates(s.text, s.start, published)): DateMention | null {
  if (!published) return null;
  const day = published.slice(0, 10);
  const weekBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 7 * 86400000).toISOString().slice(0, 10);
  for (const s of sentences.slice(0, 3)) {
    const found = datesOf(s).find((d) => d.precision === 'day' && d.value >= weekBefore && d.value <= day && !datesTheReport(s.text, d.start - s.start, d.end - s.start) && !boundsAStretch(s.text, d.start - s.start));
    if (found) return found;
  }
  return null;
}

// "..., officials said Sunday", "police on Monday said": the day the news was told, not the day it happened
// ("told reporters on Monday", "told The Associated Press Sunday": up to three words of the hearer between)
// ("said at the weekend", "said over the weekend": a week's mention may start after its preposition)
const SAID_BEFORE = /\b(?:said|says|told(?:\s+\S+){0,3}?|reported|announced|confirmed|added|stated)\s+(?:on\s+|late\s+|early\s+|(?:at|over)\s+(?:the\s+)?)?$/i;
const SAID_AFTER = /^\s*(,\s*)?(?:said|says|told|reported|announced|confirmed)\b/i;
// ("the ministry, on Monday, said": a date set off by commas before the verb is the report's; "killed three men on
// Monday, said the ministry" closes the act's clause with it)
const SET_OFF_BEFORE = /,\s*(?:on\s+|late\s+|early\s+|(?:at|over)\s+(?:the\s+)?)?$/;

// the word before a date that makes it one end of a stretch of time, not the day of an act
const BOUND_OF_STRETCH = /\b(?:since|until|till)\s+(?:the\s+)?$/i;

/** "have camped outside parliament since Sunday": the date at `start` of the sentence bounds a stretch of time. */
export function boundsAStretch(sentence: string, start: number): boolean {
  return BOUND_OF_STRETCH.test(sentence.slice(Math.max(0, start - 12), start));
}

/** True when the date at [start, end) of the sentence dates a reporting verb next to it. */
export function datesTheReport(sentence: string, start: number, end: number): boolean {
  const after = SAID_AFTER.exec(sentence.slice(end, end + 20));
  return SAID_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) || after !== null && (after[1] === undefined || SET_OFF_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)));
}
