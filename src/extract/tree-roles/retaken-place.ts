import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import { baseForms } from '../morphology.ts';

export const RETAKEN_PLACE_RULE = 'roles:tree-retaken-place-no-target';
// the window's reading of the country a struck place lies in ("shelled areas of Kherson" → Ukraine)
const OBJECT_PLACE_RULE = 'roles:target-from-object-place';

/**
 * "its forces liberated the Borno state town of Dikwa", "the Iraqi army recaptured the city of Ramadi", "regained
 * control of the town of Bunia": ground taken back (data/lexicon/retaking-verbs.tsv) is the taker's own or an ally's,
 * taken from whoever held it, so the place's country is not the act's target. With the holder named ("retook Mahas
 * from al-Shabab", taken-from.ts, read before) that is the target; otherwise the place is only a thing, no one's (no
 * country's code, nor a demonym's). Other targets (people, groups) stand. Null when the verb takes nothing back or no
 * target is a place's country.
 */
export function withoutRetakenPlace(ctx: SentenceContext, c: Candidate): Candidate | null {
  const verb = ctx.doc.tokens[c.trigger.head];
  // (the tagger's lemma may be the form itself: "liberated", "retook")
  if (c.trigger.pattern.kind !== 'verb' || ![verb.lemma, ...baseForms(verb)].some((f) => ctx.kb.lexicon.retakingVerbs?.has(f))) return null;
  const place = (p: Candidate['targets'][number]) => p.kind === 'country' || c.rules.includes(OBJECT_PLACE_RULE) && p.code !== null && p.code.length === 3 && p.kind !== 'group';
  if (!c.targets.some(place) && !c.rules.includes(OBJECT_PLACE_RULE)) return null;
  return { ...c, targets: c.targets.filter((p) => !place(p)), rules: [...c.rules.filter((r) => r !== OBJECT_PLACE_RULE), RETAKEN_PLACE_RULE] };
}
