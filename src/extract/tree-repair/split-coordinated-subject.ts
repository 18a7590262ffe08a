import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// relations a parse gives a bare noun phrase it could not place before the verb
const STRAY = new Set(['obl:unmarked', 'obl:npmod', 'obl', 'nmod', 'dep', 'vocative']);

/**
 * "The Sudanese army (SAF) and the Rapid Support Forces (RSF) signed a truce": the parse made the second conjunct
 * the verb's subject and hung the first, with no preposition, on the verb as an oblique. A bare nominal with no
 * `case` that ends right before the subject's own "and"/"or" is the subject's first conjunct; the subject joins it
 * by `conj`: "The army and the police arrested ...", "Hamas (the group) and Fatah (the party) signed ...".
 */
export function repairSplitCoordinatedSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const subject of tree.nodes()) {
    if (tree.base(subject) !== 'nsubj') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, subject)) return 'tree-repair:split-coordinated-subject';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], subject: number): boolean {
  const verb = tree.head(subject);
  const cc = tree.children(subject).find((c) => tree.label(c) === 'cc' && c < subject && ['and', 'or'].includes(tokens[c].lower));
  if (cc === undefined || verb < subject) return false;
  const first = tree.children(verb).find((n) => n < cc && STRAY.has(tree.label(n)) && ['NOUN', 'PROPN'].includes(tree.upos(n))
    && !tree.children(n).some((c) => ['case', 'mark'].includes(tree.base(c))) && lastOf(tree, n) === cc - 1);
  if (first === undefined) return false;
  tree.attach(first, verb, tree.label(subject));
  tree.attach(subject, first, 'conj');
  return true;
}

function lastOf(tree: EditableTree, node: number): number {
  return Math.max(node, ...tree.descendants(node, () => true));
}
