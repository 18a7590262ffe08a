import type { DateMention } from './types.ts';
import { weekdayDate } from './date-anchor.ts';

/**
 * A night named by the two days it joins: "on the night of Friday to Saturday", "overnight Saturday into Sunday",
 * "Saturday night into Sunday", "during the night from Monday to Tuesday", "in the night to Sunday".
 * GUIDE.md is silent on such nights; they date by the later day, the morning the acts were counted and told
 * (as the dev set's "overnight" dates by the day it was told).
 */

export const NIGHT_SPAN_RULE = 'date:night-span-later-day';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const JOIN = '\\s+(?:to|into|and)\\s+';
const NIGHT_SPAN = new RegExp(
  `\\b(?:(?:on|during|in|over)\\s+)?(?:the\\s+)?(?:night\\s+(?:of|from)\\s+${WEEKDAY}${JOIN}|overnight\\s+(?:from\\s+)?${WEEKDAY}${JOIN}|${WEEKDAY}\\s+night${JOIN}|night\\s+(?:to|into)\\s+)${WEEKDAY}\\b`,
  'gi',
);

/** Nights spanning two named days, each dated by its later day (a pair of days that are not consecutive is no night). */
export function nightSpans(sentence: string, offset: number, ref: Date, future: boolean): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(NIGHT_SPAN)) {
    const later = WEEKDAYS.indexOf(m[4].toLowerCase());
    const earlierName = m[1] ?? m[2] ?? m[3];
    if (earlierName !== undefined && (WEEKDAYS.indexOf(earlierName.toLowerCase()) + 1) % 7 !== later) continue;
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: weekdayDate(later, ref, future), precision: 'day', rule: NIGHT_SPAN_RULE });
  }
  return out;
}
