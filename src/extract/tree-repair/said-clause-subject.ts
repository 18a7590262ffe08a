import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

import { SAYING_OR_INSISTING_FORMS } from './clause-verbs.ts';

/**
 * "Officials said suspected drone strikes killed seven militants": the reported clause read as the object of the
 * speech verb, its verb an `acl` (a description) of the subject noun. A verb of saying whose object noun is followed
 * at once by a verb that describes it, neither an -ing form nor passive and with no subject or marker of its own,
 * has that verb as its `ccomp`, the noun as the verb's `nsubj`:
 *   "Police said gunmen stormed the hotel", "The rebels claimed fighters downed a jet", "Witnesses said troops fired on the crowd".
 */
export function repairSaidClauseSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const say of tree.nodes()) {
    if (!SAYING_OR_INSISTING_FORMS.has(tokens[say].lower) || tree.upos(say) !== 'VERB') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, say)) return 'tree-repair:said-clause-subject';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], say: number): boolean {
  const noun = tree.children(say).find((c) => c > say && tree.label(c) === 'obj' && ['NOUN', 'PROPN'].includes(tree.upos(c)));
  if (noun === undefined) return false;
  const verb = noun + 1;
  if (tree.head(verb) !== noun || tree.label(verb) !== 'acl' || tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing')) return false;
  if (tree.children(verb).some((k) => ['nsubj', 'mark', 'aux'].includes(tree.base(k)) || tree.label(k) === 'obl:agent')) return false;
  tree.attach(verb, say, 'ccomp');
  tree.attach(noun, verb, 'nsubj');
  return true;
}
