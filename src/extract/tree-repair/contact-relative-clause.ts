import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { takesBareClause } from './clause-verbs.ts';

// verbs that take a person and then a clause ("told reporters the talks had failed", "warned residents they would be
// moved"): after their object a subject and verb is their second complement
const OBJECT_AND_CLAUSE_VERBS = new Set(['tell', 'warn', 'persuade', 'convince', 'assure', 'inform', 'remind', 'notify', 'promise', 'advise', 'ask',
  'urge', 'show', 'teach', 'reassure', 'caution', 'bet']);
// what a clause that describes a noun cannot have: the noun is its missing object, and it is no clause of its own
const NOT_IN_DESCRIPTION = new Set(['obj', 'iobj', 'ccomp', 'xcomp', 'mark', 'cop', 'expl', 'aux:pass', 'nsubj:pass', 'csubj']);

/**
 * "Kenya ratified the treaty it had signed with Uganda": a relative clause with no relative word right after the
 * verb's object ("the treaty [that] it had signed") read as a second complement of the verb (`ccomp`, `advcl`).
 * After a verb that takes no person-and-clause, a subject and a verb that lacks its own object, starting right after
 * the object, describe the object: an `acl:relcl` of it (so the readers of relative clauses see it):
 *   "Ethiopia honoured the deal it struck with Eritrea", "The army destroyed the weapons the rebels had abandoned",
 *   "Iran rejected the proposal Washington made on Monday".
 */
export function repairContactRelativeClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const clause of tree.nodes()) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.upos(clause) === 'VERB' && tree.head(clause) >= 0 && repairedAt(tree, tokens, clause)) repaired = true;
  }
  return repaired ? 'tree-repair:contact-relative-clause' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], clause: number): boolean {
  const verb = tree.head(clause);
  if (verb < 0 || !['ccomp', 'advcl', 'parataxis'].includes(tree.label(clause)) || tree.upos(clause) !== 'VERB' || tree.upos(verb) !== 'VERB') return false;
  if (takesBareClause(tokens[verb]) || OBJECT_AND_CLAUSE_VERBS.has(tokens[verb].lemma)) return false;
  const object = tree.children(verb).find((c) => tree.label(c) === 'obj' && verb < c && c < clause);
  if (object === undefined || tokens[clause].lower.endsWith('ing')) return false;
  const kids = tree.children(clause);
  if (kids.some((k) => NOT_IN_DESCRIPTION.has(tree.label(k)))) return false;
  const subject = kids.find((k) => tree.label(k) === 'nsubj' && k < clause);
  if (subject === undefined) return false;
  // the subject's phrase starts right after the object's ("the treaty | it", "the weapons | the rebels")
  const objectEnd = Math.max(object, ...tree.descendants(object, () => true));
  if (Math.min(subject, ...tree.descendants(subject, () => true)) !== objectEnd + 1 || tokens[objectEnd + 1]?.text === ',') return false;
  tree.attach(clause, object, 'acl:relcl');
  return true;
}
