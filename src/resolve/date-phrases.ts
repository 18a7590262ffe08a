import type { DateMention } from './types.ts';
import { weekdayDate } from './date-anchor.ts';

/**
 * Date phrases chrono reads wrongly, resolved against the sentence's other dates or the publication day.
 * Each finder returns mentions with document offsets and the sentence spans chrono must leave alone.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

// "the night of September 26", "on the morning of 3 May": chrono reads the part of day and loses the date.
const PART_OF_DAY_OF = /\b(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+(?=\S)/gi;

/** The sentence with "the night of" blanked out (same length, so offsets hold) for chrono to read the date after it. */
export function withoutPartOfDay(sentence: string): string {
  return sentence.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length));
}

// "met for about 50 minutes on Wednesday", "spoke for two hours": how long an act lasted is no time it happened; and
// "rallied for a second day on Monday", "for a second night", "for a second weekend": the ordinal counts days, it is no
// second of time, nor the day or weekend it names a time. Chrono reads them from publication (and then skips the weekday
// after them): blanked for it.
const SPANS_OF_TIME = /\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:seconds|minutes?|hours?)\b|\bfor\s+a\s+second\s+(?:(?:straight|consecutive|successive|full)\s+)?(?:day|night|week|weekend|month|year|time|round|session)s?\b/gi;

/** The sentence with its spans of time and "for a second <day>" blanked (same length, so offsets hold). */
export function withoutSpansOfTime(sentence: string): string {
  return sentence.replace(SPANS_OF_TIME, (m) => ' '.repeat(m.length));
}

// "a fortnight ago": chrono knows no fortnight; read as "2 weeks" (padded to the same length, so offsets hold)
const A_FORTNIGHT = /\b(?:a|one)\s+fortnight\b/gi;

/** The sentence with "a fortnight" written "2 weeks" for chrono ("a fortnight ago"). */
export function withFortnightsAsWeeks(sentence: string): string {
  return sentence.replace(A_FORTNIGHT, (m) => '2 weeks'.padEnd(m.length, ' '));
}

// "between Friday and Monday", "from Saturday to Tuesday": one stretch of days, dated by its first day,
// which is the last such weekday before the stretch's end (a Friday-to-Monday stretch ending on the most recent Monday).
const WEEKDAY_RANGE = new RegExp(`\\b(?:between|from)\\s+${WEEKDAY}\\s+(?:and|to|through|until|till)\\s+${WEEKDAY}\\b`, 'gi');

export function weekdayRanges(sentence: string, offset: number, ref: Date, future: boolean): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(WEEKDAY_RANGE)) {
    const first = WEEKDAYS.indexOf(m[1].toLowerCase());
    const last = WEEKDAYS.indexOf(m[2].toLowerCase());
    const end = new Date(`${weekdayDate(last, ref, future)}T12:00:00Z`);
    // the stretch's first day: the `first` weekday before its end (a "Friday to Friday" stretch spans a week)
    const back = (end.getUTCDay() - first + 7) % 7 || 7;
    const start = new Date(end.getTime() - back * 86400000);
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: isoDay(start), precision: 'week' });
  }
  return out;
}

// "two weeks after", "a month before", "almost three days after": a stretch counted from another date of the
// sentence ("Monday's attack comes two weeks after gunmen hit ...") or, with none, from publication.
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const DURATION_RELATION = /\b(?:(?:about|almost|nearly|some|just|barely|more\s+than|less\s+than|roughly)\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+(after|before)\b/gi;

// "the attack,", "the deadly raid.", "the vote on": a definite noun phrase of up to three words with no verb after it
const TOLD_ACT_NOUN = /^\s+(?:the|this|that)\s+(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*(?:s)?\s*(?:[,.;]|$)/;

export function durationRelations(sentence: string, offset: number, others: readonly DateMention[], published: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(DURATION_RELATION)) {
    const start = offset + m.index;
    // ("two days before the June 1 vote": counted from the date after it, offsetsFromNamedDates)
    if (namedDateAfter(sentence, offset, start + m[0].length, others)) continue;
    const earlier = others.filter((d) => d.end <= start && d.precision !== 'year');
    // "Two days after militants attacked the base, the army launched an offensive on Monday": a stretch opening the
    // sentence counts from the main clause's day, the first day told after the timing clause's comma
    const main = earlier.length === 0 ? mainClauseDay(sentence, offset, m.index, m.index + m[0].length, others) : null;
    const anchorValue = earlier.length ? earlier[earlier.length - 1].value : main?.value ?? published.slice(0, 10);
    if (anchorValue.length < 7) continue;
    const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year';
    // what follows "after" came first: "X comes two weeks after Y" puts Y two weeks before X
    const sign = m[3].toLowerCase() === 'after' ? -1 : 1;
    const d = new Date(`${anchorValue.length === 7 ? `${anchorValue}-15` : anchorValue}T12:00:00Z`);
    if (unit === 'day') d.setUTCDate(d.getUTCDate() + sign * n);
    else if (unit === 'week') d.setUTCDate(d.getUTCDate() + sign * 7 * n);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + sign * n);
    else d.setUTCFullYear(d.getUTCFullYear() + sign * n);
    const value = unit === 'year' ? String(d.getUTCFullYear()) : unit === 'month' ? isoDay(d).slice(0, 7) : isoDay(d);
    // "The attack came a day after security forces killed six militants": with no date before it in its sentence, counted
    // from the day the story was speaking of (resolved as a day anaphor, article-dates.ts), publication's only failing that
    // ... but "A day after the attack, troops ...": an act the story told before, named by a definite noun alone, is the
    // anchor, and the stretch dates the sentence's own act, the other way (with no day told before, as counted above)
    const afterTold = others.length === 0 && TOLD_ACT_NOUN.test(sentence.slice(m.index + m[0].length));
    const anaphor = earlier.length === 0 && main === null && (unit === 'day' || unit === 'week') ? { anaphor: (afterTold ? -sign : sign) * n * (unit === 'week' ? 7 : 1) } : {};
    out.push({ start, end: start + m[0].length, text: m[0], value, precision: unit === 'day' && anchorValue.length === 10 ? 'day' : unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'week', ...anaphor });
  }
  return out;
}

// the words a sentence may open with before a stretch that times its first clause ("Just two days after", "“Two days after")
const OPENING = /^\s*["“']?\s*(?:(?:just|only)\s+)?$/i;

/**
 * The day told in the main clause after a stretch that opens the sentence ("Two days after X, ... on Monday"): the first
 * date of day precision after the comma that closes the timing clause; null where the stretch does not open the
 * sentence or no such date follows.
 */
function mainClauseDay(sentence: string, offset: number, start: number, end: number, others: readonly DateMention[]): DateMention | null {
  if (!OPENING.test(sentence.slice(0, start))) return null;
  const comma = sentence.indexOf(',', end);
  if (comma < 0) return null;
  return others.find((d) => d.start >= offset + comma && d.precision === 'day' && d.value.length === 10) ?? null;
}

// "on the eve of Sunday's election", "a day before the June 8 vote", "two days after Tuesday's attack": a day counted
// from the date of the occasion named right after (chrono reads only that date, and the act took the occasion's day)
const EVE = /\bon\s+the\s+eve\s+of\s+/gi;
// the occasion's words after its date ("'s presidential election"), up to a word that opens another phrase
const OCCASION_WORDS = /^(?:['’]s?)?(?:\s+(?!(?:in|on|at|of|and|or|to|for|with|by|as|when|while|that|which|after|before|from|the|a|an)\b)[a-z][a-z-]*){1,3}/;

const OCCASION_THEN_DATE = /^\s*the\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*\s+(?:(?:on|of)\s+)?$/;

/** The day-precision date that starts right after `from` (past "the"), with the words of its occasion. */
function namedDateAfter(sentence: string, offset: number, from: number, others: readonly DateMention[]): { date: DateMention; end: number } | null {
  const date = others.find((d) => d.start >= from && /^\s*(?:the\s+)?$/i.test(sentence.slice(from - offset, d.start - offset)));
  // "a week before the vote on Sunday", "two days after the attack on Friday": the occasion named before its date
  const dated = date ? null : others.find((d) => d.start >= from && OCCASION_THEN_DATE.test(sentence.slice(from - offset, d.start - offset)));
  if (dated && dated.precision === 'day' && dated.value.length === 10) return { date: dated, end: dated.end };
  if (!date || date.precision !== 'day' || date.value.length !== 10) return null;
  const words = OCCASION_WORDS.exec(sentence.slice(date.end - offset));
  return words ? { date, end: date.end + words[0].length } : null;
}

// "a day before Sunday's vote": chrono reads the count and the weekday as one span, which is dropped (dates.ts SPAN_BEFORE)
const COUNT_BEFORE_NAME = /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:day|week)s?\s+(?:before|after)\s+(?=(?:the\s+)?[A-Z0-9])/g;

/** The sentence with a count of days before a named date blanked out (same length), for chrono to read the date alone. */
export function withoutCountsBeforeNames(sentence: string): string {
  return sentence.replace(COUNT_BEFORE_NAME, (m) => ' '.repeat(m.length));
}

/** Days counted from a named occasion's date, each spanning the occasion's words; and the dates they stand in for. */
export function offsetsFromNamedDates(sentence: string, offset: number, others: readonly DateMention[]): { found: DateMention[]; replaced: DateMention[] } {
  const found: DateMention[] = [];
  const replaced: DateMention[] = [];
  const add = (start: number, end: number, shift: number) => {
    const named = namedDateAfter(sentence, offset, end, others);
    if (!named) return;
    replaced.push(named.date);
    found.push({ start, end: named.end, text: sentence.slice(start - offset, named.end - offset), value: shiftDay(named.date.value, shift), precision: 'day' });
  };
  for (const m of sentence.matchAll(EVE)) add(offset + m.index, offset + m.index + m[0].length, -1);
  for (const m of sentence.matchAll(DURATION_RELATION)) {
    const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase();
    if (unit === 'day' || unit === 'week') add(offset + m.index, offset + m.index + m[0].length, (m[3].toLowerCase() === 'before' ? -1 : 1) * n * (unit === 'week' ? 7 : 1));
  }
  return { found, replaced };
}

// "earlier in the day", "later that day", "the same day", "the day before": the day the story was just
// speaking of, not the day of publication. Resolved against publication here (never after it), against the
// previous sentences' day by `ArticleDates`.
const DAY_ANAPHORS: Array<[RegExp, number]> = [
  [/\b(?:in\s+the\s+day|that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)|the\s+same\s+day)\b/gi, 0],
  // (any part of a day: "the previous evening", "the following night", "the morning before")
  [/\b(?:the\s+(?:day|night|evening)\s+before|the\s+(?:previous|preceding)\s+(?:day|night|morning|afternoon|evening))\b/gi, -1],
  [/\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after)\b(?!\s+(?:tomorrow|that))/gi, 1],
];

// "two days later", "a week earlier", "hours later": counted from the day the story was speaking of, as the
// anaphors above; chrono counts them from publication, which puts a reported event in the future.
const COUNTED_ANAPHOR = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|fortnight)s?\s+(later|earlier)\b|\b(?:hours|minutes|moments)\s+later\b/gi;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };

const WEEK_ANAPHOR = /\bthe\s+(?:previous|preceding|prior)\s+week\b|\bthe\s+week\s+before\b(?!\s+(?:the|last|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)/gi;

export function dayAnaphors(sentence: string, offset: number, published: string): DateMention[] {
  const out: DateMention[] = [];
  const day = published.slice(0, 10);
  for (const [re, shift] of DAY_ANAPHORS) {
    for (const m of sentence.matchAll(re)) {
      const start = offset + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], value: shiftDay(day, Math.min(0, shift)), precision: 'day', anaphor: shift });
    }
  }
  // "the previous week", "the week before": the week before the day the story was speaking of
  for (const m of sentence.matchAll(WEEK_ANAPHOR)) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: shiftDay(day, -7), precision: 'week', anaphor: -7 });
  }
  for (const m of sentence.matchAll(COUNTED_ANAPHOR)) {
    const n = m[1] === undefined ? 0 : NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    const days = (UNIT_DAYS[m[2]?.toLowerCase() ?? 'day'] ?? 1) * n * (m[3]?.toLowerCase() === 'earlier' ? -1 : 1);
    const start = offset + m.index;
    const precision = m[2] !== undefined && m[2].toLowerCase() !== 'day' ? 'week' : 'day';
    out.push({ start, end: start + m[0].length, text: m[0], value: shiftDay(day, Math.min(0, days)), precision, anaphor: days });
  }
  return out;
}

export function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return isoDay(d);
}

// "in mid-May", "in early March", "late September", "the middle of June": a part of a month dates by the month
// (chrono reads none of them, or a day of the month it is not).
// a share of a month or year: "the second half of", "the final days of", "the first weeks of"
const SHARE_OF_PERIOD = '(?:first|second|last|final|closing|opening)\\s+(?:half|days|weeks|fortnight)';
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|Aug\\.?';
// ... also "the end of May" (not a deadline "by the end of August": its last day), "the second half of May", "the final days of April" (chrono read a last day, or "last days"
// as days before publication), and "in late April last year"
const PART_OF_MONTH = new RegExp(`\\b(?:mid-|(?:early|late|mid)\\s+|the\\s+(?:middle|beginning|start)\\s+of\\s+|(?<!\\bby\\s+)the\\s+end\\s+of\\s+|the\\s+${SHARE_OF_PERIOD}\\s+of\\s+)(${MONTH_NAMES})(?![\\w-]|\\s+\\d)(\\s+(?:of\\s+)?last\\s+year\\b)?`, 'g');
// "at the start of the week", "midweek", "earlier in the month", "early in the year": a part of the week, month or
// year of publication, dated as that week, month or year
// ... and "in the first days of the month", "the second half of the year"
const PART_OF_THIS = new RegExp(`\\b(?:(?:at\\s+)?the\\s+(?:start|beginning|middle|${SHARE_OF_PERIOD})\\s+of\\s+the\\s+(week|month|year)|(?:earlier|early)\\s+in\\s+the\\s+(month|year)|(mid-?week))\\b`, 'gi');
const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parts of a month, week or year: "in mid-May" → the month; "at the start of the week" → the week of publication. */
export function partsOfPeriods(sentence: string, offset: number, ref: Date, future: boolean, yearOf: (month: number) => number): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(PART_OF_MONTH)) {
    const month = MONTH_STARTS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    const start = offset + m.index;
    // ("in late January of last year": the month of the year before publication)
    out.push({ start, end: start + m[0].length, text: m[0], value: `${m[2] ? ref.getUTCFullYear() - 1 : yearOf(month)}-${pad(month)}`, precision: 'month' });
  }
  if (future) return out;
  for (const m of sentence.matchAll(PART_OF_THIS)) {
    const unit = (m[1] ?? m[2] ?? 'week').toLowerCase();
    const start = offset + m.index;
    const value = unit === 'year' ? String(ref.getUTCFullYear()) : unit === 'month' ? isoDay(ref).slice(0, 7) : isoDay(ref);
    out.push({ start, end: start + m[0].length, text: m[0], value, precision: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'week' });
  }
  return out;
}
