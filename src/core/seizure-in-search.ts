import type { Event } from '../schema/event.ts';
import { joinMentions } from './mentions.ts';

// "Police searched the home of the opposition leader and seized his computers", "agents raided the party's headquarters
// and confiscated documents": what a search or raid takes away is part of it (PLOVER COERCE seize: "execute search,
// confiscate property, raid"), one act aimed at whose premises were searched; a thing seized is no target. A seizure
// told apart ("They seized his computers on Friday") or after another act ("arrested ... and seized their phones")
// stays its own.

export const SEIZURE_IN_SEARCH_RULE = 'refiner:seizure-in-search';

const SEARCH = /^(?:search|raid|storm)/i;
// only "and" (with an adverb of sequence) and the first act's setting between the first's words and the seizure
const JOINED = /^[^;:.()]*?\s(?:and|then)(?:\s+(?:then|later|also|subsequently))?\s+$/i;

const sameDoer = (a: Event, b: Event) => b.actor === null || a.actor !== null && (a.actor.code !== null ? a.actor.code === b.actor.code : a.actor.text.toLowerCase() === b.actor.text.toLowerCase());

/** The events with each seizure that a search or raid in its sentence joins by "and" folded into that search. */
export function foldSeizuresIntoSearches(events: readonly Event[], text: string): Event[] {
  const folded = new Map<Event, Event[]>();
  const kept = events.filter((e) => {
    if (e.type !== 'COERCE' || !e.cameo.startsWith('171') || e.target?.code) return true;
    const search = events.find((s) => s !== e && s.type === 'COERCE' && SEARCH.test(s.trigger.text) && s.evidence.span[0] === e.evidence.span[0]
      && s.trigger.span[1] <= e.trigger.span[0] && sameDoer(s, e)
      && JOINED.test(text.slice(Math.max(s.trigger.span[1], s.target?.span?.[1] ?? 0), e.trigger.span[0])));
    if (!search) return true;
    folded.set(search, [...(folded.get(search) ?? []), e]);
    return false;
  });
  return kept.map((e) => {
    const seized = folded.get(e);
    return seized ? { ...e, mentions: joinMentions([e, ...seized]), rules: [...e.rules, SEIZURE_IN_SEARCH_RULE] } : e;
  });
}
