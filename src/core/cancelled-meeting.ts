import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import { lookupCameo } from '../knowledge/ontology.ts';

/** The rule a cancelled meeting carries; the coder reads it as certainty called_off. */
export const CANCELLED_MEETING = 'roles:agentless-cancelled-meeting';

// REJECT meet (CAMEO 125: "reject proposal to meet, discuss, negotiate") is what the cancelling verb patterns code
const CANCEL_MEETING = '125';
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour', 'stopover']);

/**
 * "A planned meeting between Putin and Erdogan was cancelled", "the summit between Japan and South Korea was
 * postponed": the cancelling verb names no one who cancelled, so no REJECT has an actor (PLOVER manual, SANCTION
 * ambiguities: "cancellation of meetings are REJECT"); what the sentence tells is the meeting itself, called off
 * (coding guide: called_off acts are coded with that certainty), its parties the "between" sides
 * (src/core/between-parties.ts; none, no event: "the visit was postponed"). With an agent ("was cancelled by Japan",
 * "Japan cancelled the meeting") or an owner who cancels his own visit ("the president's visit was postponed",
 * roles:passive-own-act-owner) the REJECT stays.
 */
export function asCancelledMeetings(ctx: SentenceContext, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.info.type !== 'REJECT' || !c.info.code.startsWith(CANCEL_MEETING) || c.actors.length > 0 || c.trigger.pattern.kind !== 'verb') return c;
    const view = ctx.tree();
    if (!view.isPassive(c.trigger.head)) return c;
    const noun = view.childrenWith(c.trigger.head, 'nsubj:pass')[0];
    if (noun === undefined) return c;
    const info = lookupCameo(ctx.kb.ontology, VISIT_NOUNS.has(ctx.doc.tokens[noun].lemma) ? '042' : '040');
    if (!info) return c;
    return { ...c, info, actors: [], targets: [], rules: [...c.rules, CANCELLED_MEETING] };
  });
}
