import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/** The preposition that marks a nominal (its `case` child before it), or null. */
function markerOf(tree: EditableTree, tokens: readonly Token[], noun: number): string | null {
  const mark = tree.children(noun).find((k) => tree.base(k) === 'case' && k < noun);
  return mark === undefined ? null : tokens[mark].lower;
}

/**
 * "rallied Sunday, despite army warnings, with calls for Lukashenko to resign": two phrases, each with its own
 * preposition, side by side after commas, read as a coordination (the second a `conj` of the first, no "and"), and the
 * second's own modifiers ("for Lukashenko", "to resign") hung on the first. A conjunct with no `cc`, marked by another
 * preposition than the phrase it hangs on, is a phrase of its own: an `obl` of the verb above (an `nmod` of a noun
 * with no verb above), and what hung on the first phrase after it is its:
 *   "struck despite a ban, with demands for higher pay", "marched through Minsk, with chants against Lukashenko",
 *   "gathered outside parliament, despite the rain, with banners calling for new elections".
 */
export function repairMarkedPhraseConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const conjunct of tree.nodes()) {
    if (tree.label(conjunct) !== 'conj' || !['NOUN', 'PROPN'].includes(tree.upos(conjunct))) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, conjunct)) repaired = true;
  }
  return repaired ? 'tree-repair:marked-phrase-conjunct' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], conjunct: number): boolean {
  const first = tree.head(conjunct);
  if (first < 0 || first > conjunct || !['NOUN', 'PROPN'].includes(tree.upos(first))) return false;
  if (tree.children(conjunct).some((k) => tree.base(k) === 'cc')) return false;
  const own = markerOf(tree, tokens, conjunct), theirs = markerOf(tree, tokens, first);
  if (own === null || theirs === null || own === theirs) return false;
  let above = tree.head(first);
  while (above >= 0 && tree.upos(above) !== 'VERB') above = tree.head(above);
  const host = above >= 0 ? above : tree.head(first);
  if (host < 0) return false;
  const later = tree.children(first).filter((k) => k > conjunct);
  tree.attach(conjunct, host, above >= 0 ? 'obl' : 'nmod');
  for (const k of later) tree.attach(k, conjunct, tree.label(k));
  return true;
}
