import type { DateMention } from '../resolve/types.ts';
import type { EventPlace } from './event-place.ts';

// "VIENNA — ... Tehran suspended cooperation with the agency in July after Israeli and American strikes on its nuclear
// facilities", "GENEVA — ... In September the Europeans triggered the return of sanctions": a dateline says where the
// day's news was filed, and places an act that names no place of its own only as that news. An act the sentence dates
// a month or more before publication is background told from there, not done there: it keeps no dateline place.
const DATELINE = 'place:dateline';
export const DATELINE_BACKGROUND = 'place:background-not-at-dateline';
const BACKGROUND_DAYS = 30;

/** `where` without its dateline place when every date of the act ends BACKGROUND_DAYS or more before publication. */
export function withoutDatelineForBackground(where: EventPlace, dates: readonly DateMention[], published: string | null): EventPlace {
  if (published === null || dates.length === 0 || !where.rules.includes(DATELINE)) return where;
  const publishedDay = Date.parse(published.slice(0, 10));
  if (Number.isNaN(publishedDay) || !dates.every((d) => publishedDay - periodEnd(d.value) >= BACKGROUND_DAYS * DAY)) return where;
  // (the story's country stays the fallback, as for any act the story places nowhere: "DHAKA — ... the party was banned
  // in May" is in Bangladesh)
  return { ...where, place: null, rules: [...where.rules.filter((r) => r !== DATELINE), DATELINE_BACKGROUND] };
}

const DAY = 86_400_000;

/** The last day of a date's period in ms: "2025-07" ends on 31 July, "2025" on 31 December; NaN for a value not read. */
function periodEnd(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  if (d !== undefined) return Date.UTC(y, m - 1, d);
  if (m !== undefined) return Date.UTC(y, m, 0);
  return Date.UTC(y, 11, 31);
}
