import type { ActorRef, Event } from '../schema/event.ts';
import type { ArmedActors } from './armed-actors.ts';

export const TOLL_OF_BOTH_SIDES_RULE = 'roles:toll-of-both-sides';
export const MUTUAL_TOLL_RULE = 'roles:toll-of-both-sides:mutual';

// the act the toll is of: "killed in an ambush", "died during heavy fighting", "killed amid clashes"
const ACT_AFTER = /^[^,;.:]{0,30}?\b(?:in|during|amid)\s+((?:[\w-]+\s+){0,3}[\w-]+)/i;

/**
 * "Twelve soldiers and 30 militants were killed in an ambush", "three policemen and five Boko Haram fighters were
 * killed in an attack on a checkpoint": a toll with no named doer that lists the dead of a fight's two sides. The
 * armed group or fighters (a rebel code or role, core/armed-actors.ts) are the side that attacked the others
 * (soldiers, police, civilians): the actor, the rest the target. Killed "in a clash" (data/lexicon/mutual-fight-nouns.tsv),
 * both sides used force: both are the actor (PLOVER manual, reciprocal violence). A toll of one side only, or with its
 * doer named ("killed by troops"), keeps its roles.
 */
export function tollOfBothSides(e: Event, armed: ArmedActors, mutualFightNouns: ReadonlySet<string>, text: string): Event {
  if (e.type !== 'ASSAULT' || e.actor !== null || !e.rules.includes('roles:passive')) return e;
  const listed: readonly ActorRef[] = e.targets ?? [];
  if (listed.length < 2) return e;
  const fighters = listed.filter((t) => armed(t) !== null);
  const others = listed.filter((t) => armed(t) === null);
  if (!fighters.length || !others.length) return e;
  const { targets: _listed, ...rest } = e;
  if (mutualFight(text.slice(e.trigger.span[1], e.evidence.span[1]), mutualFightNouns)) {
    return { ...rest, actor: listed[0], actors: [...listed], target: null, rules: [...e.rules, MUTUAL_TOLL_RULE] };
  }
  return {
    ...rest,
    actor: fighters[0], ...(fighters.length > 1 ? { actors: fighters } : {}),
    target: others[0], ...(others.length > 1 ? { targets: others } : {}),
    rules: [...e.rules, TOLL_OF_BOTH_SIDES_RULE],
  };
}

function mutualFight(after: string, nouns: ReadonlySet<string>): boolean {
  const m = ACT_AFTER.exec(after);
  if (!m) return false;
  return m[1].toLowerCase().split(/\s+/).some((w) => nouns.has(w) || nouns.has(w.replace(/e?s$/, '')));
}
