import type { TreeView } from '../tree-roles/tree-view.ts';
import { isIrregularPast } from '../morphology.ts';

const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', "'ve"]);
const PAST_AUX = new Set(['was', 'were', 'had', "'d", 'did']);
// "abducted", "looted" (not "need", "proceed", "shred": -eed, and five letters at least before -ed)
const REGULAR_PAST = /^[a-z]{4,}[^e]ed$/;
const MODAL_AUX = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'wo', 'ca']);

/**
 * When a verb puts its act, from its own form and auxiliaries: "has attacked", "is backed", "controls" are
 * present (a state or a record); "attacked", "was killed", "had seized" are past (a reported act);
 * "could strike" is modal.
 */
export function verbTime(view: TreeView, verb: number): 'present' | 'past' | 'modal' {
  const auxes = view.childrenWith(verb, 'aux', 'aux:pass', 'cop').map((a) => view.tokens[a].lower);
  if (auxes.some((a) => MODAL_AUX.has(a))) return 'modal';
  if (auxes.some((a) => PRESENT_AUX.has(a))) return 'present';
  if (auxes.some((a) => PAST_AUX.has(a))) return 'past';
  const t = view.tokens[verb];
  if (/ing$/.test(t.lower)) return 'present';
  // no auxiliary: a form other than the lemma is a past ("attacked", "seized"), unless it is the 3rd person -s;
  // so is a regular -ed form the word tagger took for a noun and left unlemmatized ("who abducted schoolchildren")
  // ("where police shot dead 20 protesters": an irregular past the word tagger read as a noun, "shot" left as is)
  if (t.lower === t.lemma && (REGULAR_PAST.test(t.lower) || isIrregularPast(t.lower)) && view.upos(verb) === 'VERB') return 'past';
  return t.lower !== t.lemma && !/[^s]s$/.test(t.lower) ? 'past' : 'present';
}

/** A present perfect: "have fought", "has displaced" — a record up to now, not one occasion. */
export function isPresentPerfect(view: TreeView, verb: number): boolean {
  return view.childrenWith(verb, 'aux').some((a) => ['has', 'have', "'ve"].includes(view.tokens[a].lower));
}
