import type { Event } from '../schema/event.ts';

// provenance:denied-charges. "General Musa alleged that rebel fighters shelled the border post. The rebels denied the
// charges." A denial of the charges (accusations, allegations, claims) answers the latest of them: the events of the
// nearest earlier sentence that tell the denier's own act as a claim or an allegation become denied; who told them
// stays their source. Earlier accusations the denial does not answer keep their certainty.
const DENIAL_OF_CHARGES = /^(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed))\b.*\b(?:charges?|accusations?|allegations?|claims?)(?:\s+that)?$/i;
const MAX_DISTANCE = 1200; // characters back from the denial: a few sentences

/**
 * The side of an actor code: a CAMEO code's country block for the state and its organs ("PAKMIL", "PAKGOV" → "PAK"),
 * the country and the role for a party that is not the state ("IDNREB", "PAKOPP"), a group id whole. The police who
 * reject a rebel group's claim deny no act of the rebels, though both bear the country's code.
 */
const STATE_ROLES = new Set(['', 'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const rootOf = (code: string | null | undefined) => {
  if (!code) return null;
  if (!/^[A-Z]{3}/.test(code)) return code;
  return STATE_ROLES.has(code.slice(3, 6)) ? code.slice(0, 3) : code.slice(0, 6);
};

// "They seized 14 guns, the armed forces said. ... The government has denied the allegations": a side never denies
// what it (or its own forces) told itself; the charges it answers are others'. Only a side the text names counts: a
// bare title given the story's country ("General Musa alleged ...", basis 'inferred') may be anyone's
const toldBy = (e: Event, denier: string) => e.provenance.source !== 'outlet' && e.provenance.source.basis !== 'inferred' && rootOf(e.provenance.source.code) === denier;

export function deniedCharges(events: readonly Event[]): Event[] {
  const out = [...events];
  for (const denial of events) {
    if (denial.type !== 'REJECT' || !DENIAL_OF_CHARGES.test(denial.trigger.text)) continue;
    const denier = rootOf(denial.actor?.code);
    if (!denier) continue;
    const near = (e: Event) => e !== denial && e.evidence.span[1] <= denial.evidence.span[0] && denial.evidence.span[0] - e.evidence.span[0] <= MAX_DISTANCE;
    // "The army accused the RSF of targeting civilians. The RSF denied the accusations": the denial answers that
    // accusation, so an act told before it (by activists, in the lead) is not what is denied
    const accused = Math.max(-1, ...events.filter((e) => near(e) && e.type === 'ACCUSE' && rootOf(e.target?.code) === denier).map((e) => e.evidence.span[0]));
    const answered = (e: Event) => near(e) && e.evidence.span[0] >= accused
      && (e.provenance.certainty === 'claimed' || e.provenance.certainty === 'alleged') && rootOf(e.actor?.code) === denier && !toldBy(e, denier);
    // "denied government allegations that civilians were killed": a denial that names the act it denies answers an act
    // told by that word ("killing more than 100 young people"), not a nearer one of another ("destroyed property")
    const named = contentStems(denial);
    const namesIt = (e: Event) => stems(e.trigger.text).some((w) => named.has(w));
    const candidates = out.filter(answered);
    const pool = candidates.some(namesIt) ? candidates.filter(namesIt) : candidates;
    const nearest = Math.max(-1, ...pool.map((e) => e.evidence.span[0]));
    if (nearest < 0) continue;
    out.forEach((e, i) => {
      if (pool.includes(e) && e.evidence.span[0] === nearest) out[i] = { ...e, provenance: { ...e.provenance, certainty: 'denied' }, rules: [...e.rules, 'provenance:denied-charges'] };
    });
  }
  return out;
}

// words of five letters or more by their first four ("killed", "killing": "kill"), for matching an act named twice
const stems = (text: string) => (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).map((w) => w.slice(0, 4));
/** The stems of what a denial's own sentence says after its trigger ("... allegations that civilians were killed"). */
function contentStems(denial: Event): Set<string> {
  const from = denial.trigger.span[1] - denial.evidence.span[0];
  return new Set(stems(denial.evidence.sentence.slice(Math.max(0, from))));
}
