import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "the Kenyans counterattacked, in support of the Somali troops", "the army retaliated, with airstrikes on the
 * camps": the parse hung a phrase its own preposition opens on the verb as its direct object. A direct object takes
 * no preposition, so the phrase is an oblique, and whom the act lands on is not named by it. Every such arc is
 * relabelled (a possessive "'s" is no preposition).
 */
export function repairMarkedObject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const node of tree.nodes()) {
    if (tree.label(node) !== 'obj' || !hasOwnPreposition(tree, tokens, node)) continue;
    tree.attach(node, tree.head(node), 'obl');
    repaired = true;
  }
  return repaired ? 'tree-repair:marked-object' : null;
}

// the preposition must open the phrase: "in support of", not a "'s" or a preposition inside a later part
function hasOwnPreposition(tree: EditableTree, tokens: readonly Token[], node: number): boolean {
  for (const c of tree.children(node)) {
    if (c < node && tree.label(c) === 'case' && tree.upos(c) === 'ADP' && !/^['’]s?$/.test(tokens[c].text)) return true;
  }
  return false;
}
