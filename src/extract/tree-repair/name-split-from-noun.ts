import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "an offensive against Karen rebels": the name before a noun read as the phrase's head (it takes the preposition)
 * and the noun after it as a second, bare `nmod`/`obl` of the same word. An `nmod`/`obl` needs its own case marker;
 * a bare common noun right after a marked name, both hung on one word, is the phrase's head, the name its `compound`:
 *   "air strikes on Houthi positions", "talks with Taliban leaders", "a raid against Shabaab fighters".
 */
export function repairNameSplitFromNoun(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    const name = noun - 1;
    if (name < 0 || tree.upos(noun) !== 'NOUN' || tree.upos(name) !== 'PROPN') continue;
    if (!['nmod', 'obl'].includes(tree.base(noun)) || tree.base(name) !== tree.base(noun)) continue;
    if (tree.head(noun) !== tree.head(name)) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, noun)) return tokens[noun] ? 'tree-repair:name-split-from-noun' : null;
  }
  return null;
}

function repairedAt(tree: EditableTree, noun: number): boolean {
  const name = noun - 1;
  if (tree.children(noun).some((c) => c < noun)) return false;
  const markers = tree.children(name).filter((c) => c < name && tree.label(c) === 'case');
  if (!markers.length || tree.children(name).some((c) => c > name)) return false;
  tree.attach(noun, tree.head(name), tree.label(name));
  tree.attach(name, noun, 'compound');
  for (const c of tree.children(name)) if (c < name && tree.label(c) !== 'compound') tree.attach(c, noun, tree.label(c));
  return true;
}
