import type { TreeView } from '../extract/tree-roles/index.ts';
import { isNamingVerb } from '../extract/tree-repair/naming-predicate.ts';

// verbs that name or judge their object when a predicate follows it ("called the walkout unjustified")
const NAMING_VERBS = new Set(['call', 'label', 'brand', 'term', 'dub', 'deem', 'declare']);

/**
 * "called the walkout unnecessary", "called the strike illegal", "called the protest a stunt": a verb of naming with a
 * predicate after its object judges the act (the speaker's view of a strike told elsewhere), it calls no strike; "the
 * union called a strike for Monday" has no predicate. The predicate: an `xcomp` of the verb (the parse may make the
 * object its subject), an adjective right after the object noun, or a second object.
 */
export function isNamingCall(view: TreeView, verb: number, triggerTokens: readonly number[]): boolean {
  // (the tagger may leave "branded" unlemmatised)
  if (!view.tokens[verb] || !NAMING_VERBS.has(view.tokens[verb].lemma) && !isNamingVerb(view.tokens[verb]) || view.upos(verb) !== 'VERB') return false;
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
