import type { TreeView } from '../tree-roles/tree-view.ts';

/**
 * An act noun that is the subject of a verb or copular noun of judgement is commented on, not reported ("The invasion
 * of Iraq provided political cover for the party", "The bombing of Dresden remains a war crime", "the occupation was
 * a mistake"): `evaluating` lists the verb lemmas and the nouns after "be". A verb of happening or of harm keeps
 * the act ("the attack killed four", "the invasion began in March"): those are not listed. Only the writer's own
 * judgement: one a speaker tells is that speaker's condemnation (speech acts).
 */
export function isEvaluatedAct(view: TreeView, noun: number, evaluating: ReadonlySet<string>): boolean {
  if (view.label(noun) !== 'nsubj') return false;
  const head = view.head(noun);
  if (head < 0 || !evaluating.has(view.tokens[head].lemma)) return false;
  // told by a speaker ("Netanyahu said the talks were a bad mistake"), the judgement is the speaker's condemnation
  let top = head;
  while (view.label(top) === 'conj' && view.head(top) >= 0) top = view.head(top);
  if (view.label(top) !== 'root') return false;
  // "remains a war crime", "provided cover": a verb with what it makes of the act ("the raid remains under
  // investigation" judges nothing); "was a mistake": the copula's noun
  if (view.upos(head) === 'VERB') return view.childrenWith(head, 'obj', 'xcomp').length > 0;
  return view.childrenWith(head, 'cop').length > 0;
}
