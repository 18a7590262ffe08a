import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * A word hung on a punctuation mark: "..., the military said, accusing Beijing of ..." with "accusing" an advcl of
 * the comma. Punctuation heads nothing (UD), so the word joins what the mark hangs on, with its own label:
 *   "the army said, accusing the rebels", "the group said, vowing revenge", "police said, adding that ...".
 */
export function repairPunctuationHead(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const node of tree.nodes()) {
    const head = tree.head(node);
    if (head < 0 || tree.upos(head) !== 'PUNCT' || tree.upos(node) === 'PUNCT') continue;
    const up = tree.head(head);
    // the mark's own head, unless that is the word itself (a cycle) or the mark is the root
    if (up < 0 || up === node) continue;
    tree.attach(node, up, tree.label(node));
    repaired = true;
  }
  return repaired ? 'tree-repair:punctuation-head' : null;
}
