import type { Event } from '../schema/event.ts';
import { withParticipants } from './participants.ts';

/** In an event's `rules`: a denial's target is who made the accusation it answers. */
export const DENIED_ACCUSER_RULE = 'target:denied-accuser';

// a denial of what was said of the denier: "denied the charge", "rejected the accusations", "denied any involvement"
const DENIAL = /^(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed))\b(?:.*\b(?:charges?|accusations?|allegations?|claims?|involvement|responsibility|role|complicity|wrongdoing))?$/i;
// "a charge the Taliban deny": the claim noun answered in apposition (tree-repair/answered-claim.ts)
const ANSWERED_CLAIM = 'tree-repair:answered-claim';

/** The root of an actor code: a CAMEO code's country block ("PAKMIL" → "PAK"), a group id whole. */
const rootOf = (code: string | null | undefined) => (code ? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : code) : null);

/**
 * "The RSF, which the army accused of shelling the town, denied the charge": a denial with no target of its own that
 * answers an accusation of its own sentence aimed at the denier rejects it, so its target is the accuser (as "denied
 * allegations by Amnesty" names it): the latest such accusation before it there; never one the denier made itself.
 * A claim answered in apposition ("accused Kabul of sheltering fighters, a charge the Taliban deny") and a denial in a
 * later sentence ("Islamabad denied the charges") keep no target, as the hand-coded sets code them (the dev set; 7 of
 * 8 appositions in the fresh sets).
 */
export function deniedAccuser(events: readonly Event[]): Event[] {
  return events.map((denial) => {
    if (denial.type !== 'REJECT' || denial.target !== null || !denial.actor || !DENIAL.test(denial.trigger.text.trim())) return denial;
    const denier = rootOf(denial.actor.code);
    if (!denier || denial.rules.includes(ANSWERED_CLAIM)) return denial;
    const at = denial.trigger.span[0];
    const accusation = events.filter((e) => e.type === 'ACCUSE' && e.actor !== null && e.trigger.span[0] < at && e.evidence.span[0] === denial.evidence.span[0]
      && rootOf(e.actor.code) !== denier && rootOf(e.target?.code) === denier)
      .sort((a, b) => b.trigger.span[0] - a.trigger.span[0])[0];
    if (!accusation?.actor) return denial;
    return { ...withParticipants(denial, 'target', [{ ...accusation.actor, basis: 'inferred' as const }]), rules: [...denial.rules, DENIED_ACCUSER_RULE] };
  });
}
