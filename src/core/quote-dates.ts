import type { Event } from '../schema/event.ts';

/**
 * A quotation with no date of its own was said when its speaker last acted with a stated date:
 * "Trump on Wednesday threatened Iran … “Iran or its proxies are planning a sneak attack,” Trump wrote."
 * The quoted event takes Wednesday, marked inferred. Looks back over the previous two sentences only.
 */
export function datesFromSpeaker(events: readonly Event[], sentenceStarts: readonly number[]): Event[] {
  const sentenceOf = (offset: number) => {
    let i = 0;
    while (i + 1 < sentenceStarts.length && sentenceStarts[i + 1] <= offset) i++;
    return i;
  };
  return events.map((e) => {
    const source = e.provenance.source;
    if (!e.provenance.quote || source === 'outlet' || !source.code || e.date?.basis !== 'inferred') return e;
    const here = sentenceOf(e.evidence.span[0]);
    const earlier = events.find((o) => {
      const s = sentenceOf(o.evidence.span[0]);
      return s < here && here - s <= 2 && o.actor?.code === source.code && o.date?.basis === 'stated' && o.date.precision === 'day';
    });
    if (!earlier?.date) return e;
    return { ...e, date: { ...earlier.date, basis: 'inferred' as const }, rules: [...e.rules, 'date:speaker-earlier-statement'] };
  });
}
