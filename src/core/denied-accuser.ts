import type { ActorRef, Event } from '../schema/event.ts';
import { withParticipants } from './participants.ts';

/** In an event's `rules`: a denial's target is who made the accusation it answers. */
export const DENIED_ACCUSER_RULE = 'target:denied-accuser';

// a denial of what was said of the denier: "denied the charge", "rejected the accusations", "denied any involvement";
// "a charge the Taliban deny" (the claim noun answered before the verb, tree-repair/answered-claim.ts)
const DENIAL = /^(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed))\b(?:.*\b(?:charges?|accusations?|allegations?|claims?|involvement|responsibility|role|complicity|wrongdoing))?$/i;
const ANSWERED_CLAIM = 'tree-repair:answered-claim';

/** The root of an actor code: a CAMEO code's country block ("PAKMIL" → "PAK"), a group id whole. */
const rootOf = (code: string | null | undefined) => (code ? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : code) : null);

/**
 * "Pakistan accused Kabul of sheltering fighters, a charge the Taliban deny", "The RSF, which the army accused of
 * shelling the town, denied the charge": a denial with no target of its own that answers an accusation of its own
 * sentence rejects it, so its target is the accuser (as "denied allegations by Amnesty" names it): the latest
 * accusation before it there that accused the denier, or any for a claim noun answered in apposition; never one the
 * denier made itself. A denial in a later sentence ("Islamabad denied the charges") keeps no target, as the dev
 * set's annotators code it.
 */
export function deniedAccuser(events: readonly Event[]): Event[] {
  return events.map((denial) => {
    if (denial.type !== 'REJECT' || denial.target !== null || !denial.actor || !DENIAL.test(denial.trigger.text.trim())) return denial;
    const denier = rootOf(denial.actor.code);
    const answered = denial.rules.includes(ANSWERED_CLAIM);
    if (!denier && !answered) return denial;
    const at = denial.trigger.span[0];
    // (a claim answered in apposition is the clause's before it, so only the denier's very own is skipped: "Opposition
    // lawmakers accused the authorities of ..., a charge the government denied" is a quarrel inside one country, and
    // "Rights groups accused the army ..., a charge the military denied" one between sides no country codes)
    const ownAccusation = (e: Event) => (answered ? e.actor!.text === denial.actor!.text || e.actor!.code !== null && e.actor!.code === denial.actor!.code : rootOf(e.actor!.code) === denier);
    const accusation = events.filter((e) => e.type === 'ACCUSE' && e.actor !== null && e.trigger.span[0] < at && e.evidence.span[0] === denial.evidence.span[0]
      && !ownAccusation(e) && (denier !== null && rootOf(e.target?.code) === denier || answered))
      .sort((a, b) => b.trigger.span[0] - a.trigger.span[0])[0];
    // ("Moscow said Ukrainian drones had attacked a refinery, an accusation Kyiv rejected": the claim's speaker)
    const speaker = accusation?.actor ? null : answered ? claimSpeaker(events, denial, denier) : null;
    const accuser = accusation?.actor ?? speaker;
    if (!accuser) return denial;
    return { ...withParticipants(denial, 'target', [{ ...accuser, basis: 'inferred' as const }]), rules: [...denial.rules, DENIED_ACCUSER_RULE] };
  });
}

/** The speaker of a claim or allegation told in the denial's own sentence before it, other than the denier; else null. */
function claimSpeaker(events: readonly Event[], denial: Event, denier: string | null): ActorRef | null {
  const told = events.filter((e) => e.evidence.span[0] === denial.evidence.span[0] && e.trigger.span[0] < denial.trigger.span[0]
    && (e.provenance.certainty === 'claimed' || e.provenance.certainty === 'alleged') && e.provenance.source !== 'outlet' && rootOf(e.provenance.source.code) !== denier);
  const source = told.at(-1)?.provenance.source;
  return source && source !== 'outlet' ? source : null;
}
