import type { Event } from '../schema/event.ts';
import { participantsOf, withParticipants } from './participants.ts';
import { joinMentions } from './mentions.ts';

// "flew to Beijing for talks with Wang Yi", "traveled to Addis Ababa to meet Prime Minister Abiy": a visit's target is
// the city it went to, standing for its state (src/core/event-place.ts); the people met there are whom the visit was for
const VISITED_CITY = ['place:visit-destination', 'place:city-stands-for-state'];
const PARTNER_RULE = 'refiner:visit-host-partner';

const visitsCity = (e: Event) => e.type === 'CONSULT' && e.target !== null && VISITED_CITY.every((r) => e.rules.includes(r));
const countryOf = (code: string | null | undefined) => (code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null);

/** `visit` goes to a city and `meeting` meets a party of that city's state: one CONSULT, never a conflict of targets. */
export function visitMeetsHost(visit: Event, meeting: Event): boolean {
  if (!visitsCity(visit) || visitsCity(meeting) || meeting.type !== 'CONSULT' || meeting.target === null) return false;
  const host = countryOf(visit.target?.code);
  return host !== null && countryOf(meeting.target.code) === host;
}

/** The merged record of a visit keeps the host's people it met as its target, over the city that stands for them. */
export function withHostPartner(record: Event, ordered: readonly Event[]): Event {
  const visit = ordered.find((o) => visitsCity(o) && o.target?.span[0] === record.target?.span[0]);
  const meeting = visit && ordered.find((o) => o !== visit && visitMeetsHost(visit, o));
  if (!visit || !meeting) return record;
  const moved = withParticipants(record, 'target', participantsOf(meeting, 'target'));
  return { ...moved, rules: [...moved.rules, PARTNER_RULE] };
}

// "travel to Paris on Wednesday for talks with", "flew to Doha for a new round of talks with": the talks a visit is for
const FOR_PURPOSE = /\bfor\s+(?:[\w'-]+\s+){0,4}$/i;
const visitsPlace = (e: Event) => e.type === 'CONSULT' && e.target !== null && e.rules.includes(VISITED_CITY[0]);

/**
 * "He is due to travel to Paris on Wednesday for talks with President Macron": the talks noun is the visit's purpose,
 * not a second act with no one holding it; the visit takes the partner named as its target, and keeps its own
 * certainty and day (the noun alone reads as told, on the day of the news).
 */
export function foldPurposeTalksIntoVisits(events: readonly Event[], text: string): Event[] {
  const folded = new Set<Event>();
  const out = events.map((visit) => {
    if (!visitsPlace(visit)) return visit;
    const talks = events.find((n) => n !== visit && !folded.has(n) && n.type === 'CONSULT' && n.actor === null && n.target !== null
      && n.evidence.span[0] === visit.evidence.span[0] && n.trigger.span[0] > visit.trigger.span[1]
      && FOR_PURPOSE.test(text.slice(visit.trigger.span[1], n.trigger.span[0])) && !/[.;:]/.test(text.slice(visit.trigger.span[1], n.trigger.span[0])));
    if (!talks) return visit;
    folded.add(talks);
    const moved = withParticipants(visit, 'target', participantsOf(talks, 'target'));
    return { ...moved, mentions: joinMentions([visit, talks]), rules: [...moved.rules, PARTNER_RULE] };
  });
  return out.filter((e) => !folded.has(e));
}
