import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "A rally was held on Sunday with protesters demanding the release of activists": in the absolute construction
 * ("with" + noun + -ing clause) the -ing verb says what the noun does; a parse that hangs it on the noun as an
 * `acl` (a description) loses the act. The verb is an `advcl` of the predicate the "with" nominal hangs on, the
 * nominal stays there, right before it (the clause-subject reader names it):
 *   "Talks resumed with Israel demanding guarantees", "The march ended with police firing tear gas".
 */
export function repairWithAbsolute(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.label(verb) !== 'acl' || tree.upos(verb) !== 'VERB' || !tokens[verb].lower.endsWith('ing')) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:with-absolute';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const noun = tree.head(verb);
  const predicate = tree.head(noun);
  const marked = tree.children(noun).some((c) => tree.base(c) === 'case' && tokens[c].lower === 'with');
  if (!marked || predicate < 0 || !['VERB', 'AUX'].includes(tree.upos(predicate)) || tree.children(verb).some((c) => tree.base(c) === 'mark')) return false;
  // the noun's own words end right before the verb: "with protesters | demanding"
  if (Math.max(noun, ...tree.descendants(noun, (c) => c < verb)) !== verb - 1) return false;
  tree.attach(verb, predicate, 'advcl');
  return true;
}
