import type { TreeView } from './tree-view.ts';
import type { Trigger } from '../triggers.ts';

export const SHARED_OBJECT_RULE = 'roles:shared-object';

const COORDINATORS = new Set(['and', 'or']);

/**
 * "Police shot and wounded two protesters", "troops arrested and beat dozens of students", "gunmen abducted and killed
 * three aid workers": a verb with no object of its own, right before "and"/"or" and a verb coordinated with it that has
 * one, acts on that object too (the parse hangs it on the second verb only). Where the word window for the verb's
 * object should start: past the second verb (its rule added to `rules`); null where the verb has an object of its own,
 * a clause between or no such partner ("Police shot and protesters fled": the second verb has its own subject).
 */
export function sharedObjectStart(view: TreeView, trigger: Trigger, rules: string[]): number | null {
  const tokens = view.tokens, verb = trigger.head;
  if (trigger.end !== verb + 1) return null;
  if (!COORDINATORS.has(tokens[verb + 1]?.lower ?? '') || !view.has(verb + 2)) return null;
  const partner = verb + 2;
  if (view.head(partner) !== verb || view.base(partner) !== 'conj' || view.upos(partner) !== 'VERB') return null;
  if (view.childrenWith(verb, 'obj', 'ccomp', 'xcomp').length > 0) return null;
  if (view.childrenWith(partner, 'nsubj', 'nsubj:pass').length > 0 || view.childrenWith(partner, 'obj').length === 0) return null;
  rules.push(SHARED_OBJECT_RULE);
  return partner + 1;
}
