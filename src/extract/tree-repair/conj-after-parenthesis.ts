import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "the Yemeni government (YG) and the Houthis agreed": a conjunct after a closed parenthesis read as a conjunct of
 * the word inside it (the abbreviation, an `appos`). What the parenthesis holds is an aside on the noun before it,
 * so the conjunct joins that noun:
 *   "the Syrian Democratic Forces (SDF) and Turkish troops clashed", "the World Food Programme (WFP) and UNICEF
 *   sent aid", "The Armed Forces of the Philippines (AFP) and the rebels signed a truce".
 */
export function repairConjAfterParenthesis(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const conj of tree.nodes()) {
    if (tree.base(conj) !== 'conj') continue;
    const inner = tree.head(conj);
    if (inner < 1 || inner >= conj || tree.base(inner) !== 'appos' || tokens[inner - 1].text !== '(') continue;
    if (!closedBetween(tokens, inner, conj)) continue;
    const outer = tree.head(inner);
    if (outer < 0 || outer >= inner) continue;
    tree.attach(conj, outer, tree.label(conj));
    return 'tree-repair:conj-after-parenthesis';
  }
  return null;
}

// a ")" between the two words (a loop, not a callback: that would allocate a closure scope for every word)
function closedBetween(tokens: readonly Token[], inner: number, conj: number): boolean {
  for (let k = inner + 1; k < conj; k++) if (tokens[k].text === ')') return true;
  return false;
}
