import type { SentenceContext } from '../extract/context.ts';
import type { Modality } from '../extract/modality.ts';
import { isReportedFuture } from '../extract/reported-future.ts';

// Modals of a possibility not stated as fact ("will" is a plan or a forecast: "a ceasefire will take effect")
const POSSIBILITY = new Set(['would', 'could', 'might', 'may']);
// An indefinite act ("an attack", "any invasion", "airstrikes"): no act told before, no owner that did it
const INDEFINITE = new Set(['a', 'an', 'any', 'another']);

/**
 * "An Israeli attack on Iran would be a disaster", "any invasion of Taiwan could trigger sanctions", "a new defence
 * deal could be in the making": an indefinite act noun is the subject of a clause under would/could/might/may, an
 * act imagined for its effects, not told (coding guide rule 1). "The attack would have killed more" (an act already
 * told, definite) and "officials said a ceasefire would take effect" (a reported future) are left to the other
 * cues. Null where the noun is no such subject.
 */
export function hypotheticalSubject(ctx: SentenceContext, noun: number): Modality | null {
  const view = ctx.tree();
  const t = ctx.doc.tokens;
  // ("A ceasefire on Moscow's terms would reward aggression": the parse may take the subject for an object standing
  // before its verb, and the possessed noun of its phrase for the subject; an English object follows its verb)
  const misparsedSubject = view.label(noun) === 'obj' && view.head(noun) > noun;
  if (!['nsubj', 'nsubj:pass'].includes(view.label(noun)) && !misparsedSubject) return null;
  const dets = view.childrenWith(noun, 'det');
  const indefinite = dets.length > 0 ? dets.every((d) => INDEFINITE.has(t[d].lower)) : view.childrenWith(noun, 'nmod:poss').length === 0 && /s$/.test(t[noun].lower);
  if (!indefinite) return null;
  const governor = view.head(noun);
  if (governor < 0) return null;
  const modal = view.childrenWith(governor, 'aux').find((a) => POSSIBILITY.has(t[a].lower));
  if (modal === undefined || modal < noun) return null;
  if (t[modal].lower === 'would' && isReportedFuture(t, modal, ctx.sentence.tokenStart, ctx.kb.lexicon.reporting)) return null;
  return { status: 'hypothetical', cue: `subject of ${t[modal].lower}` };
}
