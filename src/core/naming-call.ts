import type { TreeView } from '../extract/tree-roles/index.ts';
import { isNamingVerb } from '../extract/tree-repair/naming-predicate.ts';

// verbs that name or judge their object when a predicate follows it ("called the walkout unjustified")
const NAMING_VERBS = new Set(['call', 'label', 'brand', 'term', 'dub', 'deem', 'declare']);
// a naming verb by its lemma, or by its form where the tagger left "branded" unlemmatised (tree-repair/naming-predicate.ts)
const namingVerbAt = (view: TreeView, k: number) => view.tokens[k] !== undefined && (NAMING_VERBS.has(view.tokens[k].lemma) || isNamingVerb(view.tokens[k])) && view.upos(k) === 'VERB';

/**
 * "called the walkout unnecessary", "called the strike illegal", "called the protest a stunt": a verb of naming with a
 * predicate after its object judges the act (the speaker's view of a strike told elsewhere), it calls no strike; "the
 * union called a strike for Monday" has no predicate. The predicate: an `xcomp` of the verb (the parse may make the
 * object its subject), an adjective right after the object noun, or a second object.
 */
export function isNamingCall(view: TreeView, verb: number, triggerTokens: readonly number[]): boolean {
  if (!namingVerbAt(view, verb)) return false;
  // (a pattern that reads the predicate itself, "called the strike illegal" as an accusation, stands)
  const outside = (k: number) => !triggerTokens.includes(k);
  const objects = view.childrenWith(verb, 'obj');
  // (the predicate of an object: the verb has one, or the parse made it the predicate's subject; "called for urgent
  // talks between … generals" with "generals" misread as an xcomp has neither)
  const predicated = (x: number) => objects.length > 0 || view.childrenWith(x, 'nsubj').length > 0;
  if (view.childrenWith(verb, 'xcomp').some((x) => (view.upos(x) === 'ADJ' || view.upos(x) === 'NOUN') && outside(x) && predicated(x))) return true;
  // ("called the strike an act of murder": the second object is the predicate; the first may be the pattern's own act noun)
  if (objects.length > 1) return outside(objects[objects.length - 1]);
  return objects.some((o) => view.childrenWith(o, 'obj').some(outside) || view.childrenWith(o, 'amod').some((a) => a > o && view.upos(a) === 'ADJ' && outside(a)));
}

/** The predicate of a naming verb's object: its second object, a noun `xcomp`, or an object hung on the first object. */
function isNamingPredicate(view: TreeView, k: number): boolean {
  const p = view.head(k);
  if (p < 0) return false;
  // ("called the killing an act of aggression", the parse hanging the predicate on the first object)
  if (view.label(k) === 'obj' && view.label(p) === 'obj' && namingVerbAt(view, view.head(p))) return true;
  if (!namingVerbAt(view, p)) return false;
  const objects = view.childrenWith(p, 'obj');
  return view.label(k) === 'xcomp' && objects.length > 0 || objects.length > 1 && k === objects[objects.length - 1];
}

/**
 * "called the strikes an act of sabotage against Syria", "branded the raid an act of terrorism": an act noun inside the
 * predicate of a naming is the speaker's judgement of the act named (the accusation's), not a second act.
 */
export function inNamingPredicate(view: TreeView, noun: number): boolean {
  for (let k = noun, steps = 0; k >= 0 && steps < 4; k = view.head(k), steps++) if (view.upos(k) === 'NOUN' && isNamingPredicate(view, k)) return k !== noun || steps === 0;
  return false;
}
