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
  const taken = takenGround(ctx, c);
  if (taken === null) return null;
  const landed = (p: Candidate['targets'][number]) => p.kind === 'country' || c.rules.includes(OBJECT_PLACE_RULE) && p.code !== null && p.code.length === 3 && p.kind !== 'group';
  // ground seized (not taken back) is the target's country's only where the taker is told to be of another country
  const place = (p: Candidate['targets'][number]) => landed(p) && (taken === 'back' || c.actors.every((a) => a.kind !== 'anaphor' && [null, p.code].includes(ownCountry(a))));
  if (!c.targets.some(place) && (taken === 'seized' || !c.rules.includes(OBJECT_PLACE_RULE))) return null;
  // ("took control of parts of southern Yemen": ground seized stays what was taken, a named place of no one's)
  const things = taken === 'seized' ? c.targets.filter(place).map(asThing) : [];
  return { ...c, targets: [...c.targets.filter((p) => !place(p)), ...things], rules: [...c.rules.filter((r) => r !== OBJECT_PLACE_RULE), RETAKEN_PLACE_RULE] };
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
  const places = c.targets.filter((p) => !stripped.targets.includes(p)).map(asThing);
  return { ...stripped, targets: [...stripped.targets, ...places], rules: [...stripped.rules, THING_TARGET] };
}

/** A place taken as a thing of no one's: its words, no country's code. */
export const asThing = (p: ActorPhrase): ActorPhrase => ({ ...p, code: null, kind: 'named', entry: null, rule: THING_RULE });

const takesBack = (ctx: SentenceContext, c: Candidate) => takenGround(ctx, c) === 'back';

/** How the verb takes ground: back (the taker's own) or seized; null for a verb that takes none. */
function takenGround(ctx: SentenceContext, c: Candidate): 'back' | 'seized' | null {
  const verb = ctx.doc.tokens[c.trigger.head];
  if (c.trigger.pattern.kind !== 'verb') return null;
  // (the tagger's lemma may be the form itself: "liberated", "retook")
  const kinds = [verb.lemma, ...baseForms(verb)].map((f) => ctx.kb.lexicon.retakingVerbs?.get(f));
  return kinds.find((k) => k === 'back') ?? kinds.find((k) => k === 'seized') ?? null;
}

// the country a taker is told to be of ("Taliban fighters" AFG, "Russian forces" RUS), null where none is told
const ownCountry = (a: ActorPhrase) => a.entry?.country ?? (/^[A-Z]{3}/.test(a.code ?? '') ? a.code!.slice(0, 3) : null);
