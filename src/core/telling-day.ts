import type { Event } from '../schema/event.ts';
import type { DateMention } from '../resolve/types.ts';
import { datesTheReport } from '../resolve/dates.ts';

// "The army said on Monday that troops killed 12 militants", "Troops killed 12 militants, the army said on Monday": the
// day after (or before) the reporting verb is the day the news was told, not the day of the act it tells of (the dev
// set's gold dates such acts by no day). Leading or trailing, the act reported with no date of its own is dated by the
// telling day at the precision 'reported': on that day or a few days before it, as an act told with no date at all is
// by the publication day. A statement that is itself the act ("told parliament on Wednesday that Russia must
// withdraw": a speech act, not one reported) keeps its day.
export const TELLING_DAY = 'date:telling-day';
const REPORTED_ACT = 'certainty:provenance:';
// times of an act told relative to the telling (the dev set's gold dates "said Thursday ... attacked overnight" on Thursday)
const ANCHORED_TO_TELLING = /\b(?:overnight|earlier in the day|earlier that day|hours earlier|hours before)\b/i;

/** The event with the telling day as a 'reported' date, where its only date is its frame's telling day. */
export function withTellingDay(e: Event, sentence: { start: number; text: string }, sentenceDates: readonly DateMention[]): Event {
  if (!e.rules.some((r) => r.startsWith(REPORTED_ACT)) || e.date === null) return e;
  const telling = (start: number, end: number) => datesTheReport(sentence.text, start - sentence.start, end - sentence.start);
  const told = sentenceDates.find((d) => d.precision === 'day' && telling(d.start, d.end));
  if (!told) return withTellingWeek(e, sentenceDates, telling);
  // a stated date that is the telling day, or the publication day standing in for a date the tree set aside
  const stated = e.date.basis === 'stated' && e.date.span !== null && e.date.span[0] === told.start && e.date.span[1] === told.end;
  const published = e.date.precision === 'reported' && e.date.span === null;
  // ("said on Friday that Russia launched 80 drones overnight": a time the telling day anchors dates the act on it)
  const anchored = ANCHORED_TO_TELLING.test(sentence.text);
  if (!stated && !published || stated && anchored) return e;
  const date = { value: told.value, precision: anchored ? 'day' as const : 'reported' as const, text: told.text, span: [told.start, told.end] as [number, number], basis: 'inferred' as const };
  return { ...e, date, rules: [...e.rules, TELLING_DAY] };
}

// "The minister said at the weekend that troops had been sent to the border": a telling week bounds an act reported with
// no date of its own as a telling day does; the act is dated by that week, as "said last week that they had arrested"
// is (a week stated in the sentence), not by the publication day standing in
function withTellingWeek(e: Event, sentenceDates: readonly DateMention[], telling: (start: number, end: number) => boolean): Event {
  const published = e.date !== null && e.date.precision === 'reported' && e.date.span === null;
  const week = published ? sentenceDates.find((d) => d.precision === 'week' && telling(d.start, d.end)) : undefined;
  if (!week) return e;
  const date = { value: week.value, precision: 'week' as const, text: week.text, span: [week.start, week.end] as [number, number], basis: 'inferred' as const };
  return { ...e, date, rules: [...e.rules, TELLING_DAY] };
}
