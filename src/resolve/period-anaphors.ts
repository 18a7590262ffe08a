import type { DateMention } from './types.ts';

/**
 * Months and years told by pointing back: "that year", "the same year", "later that month", "the following year",
 * "a year later". They count from the month or year the story last stated (in the sentence before them, or in the
 * sentences before), never from publication: "Russia annexed Crimea in 2014. That year, the EU imposed sanctions".
 * Read here against publication (the value when no date before names one); `ArticleDates` resolves them.
 */

export const PERIOD_ANAPHOR_RULE = 'date:period-anaphor';

export type PeriodAnaphor = NonNullable<DateMention['period']>;

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PERIOD = /\b(?:(?:(?:earlier|later|late|early)\s+(?:in\s+)?|(?:in|during|by\s+the\s+end\s+of)\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)(month|year)|the\s+(following|next|previous|preceding|prior)\s+(month|year)|(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(month|year)s?\s+(later|earlier))\b(?!['’]s?\s+[a-z]|-)/gi;

/** The month and year anaphors of a sentence, valued from publication until resolved. */
export function periodAnaphors(sentence: string, offset: number, published: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(PERIOD)) {
    const unit = (m[1] ?? m[3] ?? m[5]).toLowerCase() as 'month' | 'year';
    const direction = (m[2] ?? m[6])?.toLowerCase();
    const count = m[4] === undefined ? 1 : COUNTS[m[4].toLowerCase()] ?? Number(m[4]);
    const shift = direction === undefined ? 0 : /^(?:following|next|later)$/.test(direction) ? count : -count;
    const period = { unit, shift };
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: shiftPeriod(published, period, published), precision: unit, period, rule: PERIOD_ANAPHOR_RULE });
  }
  return out;
}

/** The month or year `period` points to, counted from `anchor` (a date of at least the unit's precision). */
export function shiftPeriod(anchor: string, period: PeriodAnaphor, published: string | null): string {
  const year = Number(anchor.slice(0, 4));
  // (a count forward never passes publication: "a year later" told of last year is this year at the latest)
  const cap = (value: string) => (published !== null && period.shift > 0 && value > published.slice(0, value.length) ? published.slice(0, value.length) : value);
  if (period.unit === 'year') return cap(String(year + period.shift));
  const months = year * 12 + Number(anchor.slice(5, 7)) - 1 + period.shift;
  return cap(`${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`);
}

/** True when the date can anchor a period anaphor of this unit (a year anchors "that year", not "that month"). */
export function anchorsPeriod(d: DateMention, unit: PeriodAnaphor['unit']): boolean {
  return d.period === undefined && d.anaphor === undefined && d.value.length >= (unit === 'year' ? 4 : 7);
}
