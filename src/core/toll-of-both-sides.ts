import type { ActorRef, Event } from '../schema/event.ts';
import type { ArmedActors } from './armed-actors.ts';

export const TOLL_OF_BOTH_SIDES_RULE = 'roles:toll-of-both-sides';

/**
 * "Twelve soldiers and 30 militants were killed in an ambush", "three policemen and five Boko Haram fighters were
 * killed in an attack on a checkpoint": a toll with no named doer that lists the dead of a fight's two sides. The
 * armed group or fighters (a rebel code or role, core/armed-actors.ts) are the side that fought the others (soldiers,
 * police, civilians): the actor, the rest the target. A toll of one side only ("30 militants and their commander"),
 * or with its doer named ("killed by troops"), keeps its roles.
 */
export function tollOfBothSides(e: Event, armed: ArmedActors): Event {
  if (e.type !== 'ASSAULT' || e.actor !== null || !e.rules.includes('roles:passive')) return e;
  const listed: readonly ActorRef[] = e.targets ?? [];
  if (listed.length < 2) return e;
  const fighters = listed.filter((t) => armed(t) !== null);
  const others = listed.filter((t) => armed(t) === null);
  if (!fighters.length || !others.length) return e;
  const { targets: _listed, ...rest } = e;
  return {
    ...rest,
    actor: fighters[0], ...(fighters.length > 1 ? { actors: fighters } : {}),
    target: others[0], ...(others.length > 1 ? { targets: others } : {}),
    rules: [...e.rules, TOLL_OF_BOTH_SIDES_RULE],
  };
}
