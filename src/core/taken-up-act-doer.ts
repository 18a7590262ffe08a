import type { Event } from '../schema/event.ts';
import { namesAct } from './condemned-act-doer.ts';

/** In an event's `rules`: its actor is the doer of the earlier act its subject takes up. */
export const TAKEN_UP_ACT_DOER = 'actor:taken-up-act-doer';

// "One of the raids struck a clinic", "The strikes hit a market": a definite act noun (or a part of one) as the subject
const DEFINITE_ACT_SUBJECT = /^(?:(?:one|two|three|several|some|each|another|many|most|all)\s+of\s+)?the\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:on|in|at|near|against|of|that|which|mistakenly|also|reportedly|apparently|then|$)/i;

/**
 * "Israeli jets launched a wave of air raids on southern Lebanon. One of the raids struck a clinic in Nabatieh.": an
 * act whose subject is a definite act noun (roles:instrument-subject, no actor: nobody is named in its sentence) takes
 * up the act told before with that noun, and so its doer: the actor of the latest earlier ASSAULT whose trigger (or a
 * mention's) names the noun. An indefinite one ("A car bomb killed 12 people") names no earlier act: unchanged.
 */
export function takenUpActDoer(events: readonly Event[]): Event[] {
  return events.map((e) => {
    if (e.type !== 'ASSAULT' || e.actor !== null || !e.rules.includes('roles:instrument-subject')) return e;
    const subject = DEFINITE_ACT_SUBJECT.exec(e.evidence.sentence.slice(0, e.trigger.span[0] - e.evidence.span[0]));
    const noun = subject?.[1].split(/\s+/).at(-1);
    if (!noun) return e;
    const told = events.filter((o) => o.type === 'ASSAULT' && o.actor !== null && o.trigger.span[0] < e.evidence.span[0]
      && [o.trigger, ...(o.mentions ?? []).map((m) => m.trigger)].some((tr) => namesAct(tr.text, noun)));
    const doer = told.sort((a, b) => b.trigger.span[0] - a.trigger.span[0])[0]?.actor;
    return doer ? { ...e, actor: { ...doer, basis: 'inferred' as const }, rules: [...e.rules, TAKEN_UP_ACT_DOER] } : e;
  });
}
