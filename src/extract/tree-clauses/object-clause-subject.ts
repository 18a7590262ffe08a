import type { EventPattern } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';

/**
 * A verb pattern whose object word, across the pattern's gap, is the subject of a clause below the verb: the verb
 * does not act on that noun, so the pattern's act is not stated. "to make sure their demands are heard" is no
 * "make * demand", nor "made certain its demands reached the president" or "make sure the demands of the workers
 * are met". A passive reading ("demands were made") has the noun as the verb's own subject and stays.
 */
export function isObjectClauseSubject(view: TreeView, verb: number, pattern: EventPattern, tokens: readonly number[]): boolean {
  if (pattern.kind !== 'verb' || tokens.length < 2 || !pattern.steps.slice(1).some((s) => s.gapBefore)) return false;
  const object = tokens[tokens.length - 1];
  if (object <= verb || view.base(object) !== 'nsubj' || view.tokens[object].pos !== 'NOUN') return false;
  // the clause the noun is subject of hangs below the verb (not a later clause of the sentence)
  const clause = view.head(object);
  // a clause has a verb or adjective as its predicate ("demanded that the cabinet resign immediately" misread as a
  // noun subject of the adverb is no clause)
  if (clause === verb || clause < 0 || !['VERB', 'ADJ', 'AUX'].includes(view.upos(clause))) return false;
  // a clause with a second subject is a misparse that hung the object there ("denied allegations that civilians were killed")
  if (view.childrenWith(clause, 'nsubj').length !== 1) return false;
  for (let n = view.head(clause), hops = 0; n >= 0 && hops < 4; n = view.head(n), hops++) if (n === verb) return true;
  return false;
}
