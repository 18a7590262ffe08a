import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

import { SAYING_FORMS } from './clause-verbs.ts';

/**
 * "killing two officers it says were invited for a meeting": a relative clause whose gap lies inside the complement of
 * its verb of saying ("officers [that] it says [__ were invited]"). The parse hung the relative's "says" on the noun but
 * the complement's verb elsewhere (a `ccomp` of a later verb, a `conj`), subjectless. A relative verb of saying with a
 * subject and no complement, followed at once by an auxiliary and its verb (which has no subject and is not below the
 * noun), takes that verb as its `ccomp`:
 *   "officers it says were invited", "the villages they claim were shelled", "prisoners he believes were tortured".
 * A parse that made the noun the complement verb's subject, the verb a `ccomp` of the main verb, gives the noun back
 * to the main verb as its object.
 */
export function repairSaidRelativeComplement(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const say of tree.nodes()) {
    if (!SAYING_FORMS.has(tokens[say]?.lower ?? '') || tree.label(say) !== 'acl:relcl') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    const repaired = repairedAt(tree, tokens, say);
    if (repaired === null) return null;
    if (repaired) return 'tree-repair:said-relative-complement';
  }
  return null;
}

// true: repaired; false: nothing here; null: the repair stops for this sentence (it would make a cycle)
function repairedAt(tree: EditableTree, tokens: readonly Token[], say: number): boolean | null {
  if (tree.children(say).some((c) => ['ccomp', 'obj', 'xcomp'].includes(tree.base(c)))) return false;
  if (!tree.children(say).some((c) => c < say && tree.base(c) === 'nsubj')) return false;
  const aux = say + 1;
  if (!['aux', 'aux:pass'].includes(tree.label(aux))) return false;
  const verb = tree.head(aux);
  const noun = tree.head(say);
  if (verb <= aux || tree.upos(verb) !== 'VERB') return false;
  const subjects = tree.children(verb).filter((c) => tree.base(c) === 'nsubj');
  // "named three soldiers it believes were abducted": the parse made the described noun the verb's subject and the
  // verb the complement of the main verb; the noun is that main verb's object again (when it has none)
  if (subjects.length === 1 && subjects[0] === noun && tree.label(verb) === 'ccomp' && !tree.children(tree.head(verb)).some((c) => tree.base(c) === 'obj')) {
    tree.attach(noun, tree.head(verb), 'obj');
  } else if (subjects.length > 0) return false;
  // the verb must not hold the noun the relative clause describes (that would make a cycle)
  for (let n = noun; n >= 0; n = tree.head(n)) if (n === verb) return null;
  tree.attach(verb, say, 'ccomp');
  return true;
}
