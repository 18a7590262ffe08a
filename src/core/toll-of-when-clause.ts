import type { Event } from '../schema/event.ts';
import { WHEN_CLAUSE_DOER_RULE } from '../extract/tree-roles/when-clause-doer.ts';
import { THING_TARGET } from '../extract/tree-roles/named-act.ts';
import { filledFrom, participantsOf, withParticipants } from './participants.ts';
import { joinMentions } from './mentions.ts';

export const WHEN_CLAUSE_TOLL_RULE = 'refiner:toll-of-when-clause-act';

/**
 * "Seven insurgents were killed when soldiers raided a camp": the toll (its doer read off the clause of time,
 * extract/tree-roles/when-clause-doer.ts) and the raid are one act of force, told once: the raid's record takes the
 * dead or wounded as its target where it only names an uncoded thing ("a camp"); a coded target of its own stays
 * ("when troops attacked Hamas positions"). A toll whose act the sentence does not code stays an event of its own.
 */
export function mergeTollsOfWhenClauses(events: readonly Event[]): Event[] {
  const drop = new Set<Event>();
  const replaced = new Map<Event, Event>();
  for (const toll of events) {
    if (!toll.rules.includes(WHEN_CLAUSE_DOER_RULE) || !toll.actor) continue;
    const sameDoer = (o: Event) => o.actor?.span[0] === toll.actor!.span[0] && o.actor.span[1] === toll.actor!.span[1];
    const act = events.find((o) => o !== toll && !drop.has(o) && o.type === toll.type && o.evidence.span[0] === toll.evidence.span[0] && sameDoer(o));
    if (!act) continue;
    drop.add(toll);
    const base = replaced.get(act) ?? act;
    const victims = (base.target === null || base.target.code === null) && toll.target?.code != null;
    const filled = victims ? withParticipants(base, 'target', participantsOf(toll, 'target')) : filledFrom(base, toll, 'target');
    replaced.set(act, { ...filled, mentions: joinMentions([base, toll]), numbers: base.numbers ?? toll.numbers, rules: [...base.rules.filter((r) => !victims || r !== THING_TARGET), WHEN_CLAUSE_TOLL_RULE] });
  }
  return events.filter((e) => !drop.has(e)).map((e) => replaced.get(e) ?? e);
}
