import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "The government and the rebels held talks": the parse hung "and" on the first noun as a phrase of its own and the
 * second noun on "and" (as its subject), so the second party was lost. A coordinator read as the head of the noun
 * phrase right after it joins that phrase to the noun before it: the second noun is the first one's `conj`, the
 * coordinator its `cc`.
 */
export function repairCoordinatorReadAsHead(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const cc of tree.nodes()) {
    if (tokens[cc].pos !== 'CCONJ' || tree.label(cc) === 'cc' || !['and', 'or'].includes(tokens[cc].lower)) continue;
    if (repairedAt(tree, cc)) return 'tree-repair:coordinator-read-as-head';
  }
  return null;
}

// apart from the node loop: its callbacks would make V8 allocate that loop's scope for every node
function repairedAt(tree: EditableTree, cc: number): boolean {
  const first = tree.head(cc);
  if (first < 0 || first > cc || !NOMINAL.has(tree.upos(first))) return false;
  const second = tree.children(cc).find((c) => c > cc && NOMINAL.has(tree.upos(c)));
  if (second === undefined || Math.min(second, ...tree.descendants(second, () => true)) !== cc + 1) return false;
  tree.attach(second, first, 'conj');
  tree.attach(cc, second, 'cc');
  return true;
}
