import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { ActorPhrase } from '../../resolve/types.ts';
import { baseForms } from '../morphology.ts';
import { THING_RULE } from './node-phrase.ts';
import { THING_TARGET } from './named-act.ts';

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
  if (!takesBack(ctx, c)) return null;
  const place = (p: Candidate['targets'][number]) => p.kind === 'country' || c.rules.includes(OBJECT_PLACE_RULE) && p.code !== null && p.code.length === 3 && p.kind !== 'group';
  if (!c.targets.some(place) && !c.rules.includes(OBJECT_PLACE_RULE)) return null;
  return { ...c, targets: c.targets.filter((p) => !place(p)), rules: [...c.rules.filter((r) => r !== OBJECT_PLACE_RULE), RETAKEN_PLACE_RULE] };
}

/**
 * "Kherson was liberated on Friday", "Mosul was liberated from Islamic State": ground taken back with no taker named.
 * Whoever held it ("from Islamic State", taken-from.ts) is the target; else the place stands as a thing, no one's
 * (its own words, no code): the place's country took it back, it was not acted on. Null when nothing was taken back.
 */
export function retakenWithoutTaker(ctx: SentenceContext, c: Candidate, holder: ActorPhrase | null): Candidate | null {
  if (!takesBack(ctx, c)) return null;
  if (holder) return { ...c, targets: [holder], rules: [...c.rules, 'roles:tree-taken-from'] };
  const stripped = withoutRetakenPlace(ctx, c);
  if (stripped === null) return null;
  const places = c.targets.filter((p) => !stripped.targets.includes(p)).map((p): ActorPhrase => ({ ...p, code: null, kind: 'named', entry: null, rule: THING_RULE }));
  return { ...stripped, targets: [...stripped.targets, ...places], rules: [...stripped.rules, THING_TARGET] };
}

function takesBack(ctx: SentenceContext, c: Candidate): boolean {
  const verb = ctx.doc.tokens[c.trigger.head];
  // (the tagger's lemma may be the form itself: "liberated", "retook")
  return c.trigger.pattern.kind === 'verb' && [verb.lemma, ...baseForms(verb)].some((f) => ctx.kb.lexicon.retakingVerbs?.has(f));
}
