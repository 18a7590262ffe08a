import type { TreeView } from './tree-view.ts';
import { ALLEGIANCE } from '../tree-repair/allegiance-modifier.ts';

/**
 * The word that says whose side a noun's group is on ("forces | loyal | to the former president", "fighters | allied |
 * with the general"), with the side as its own dependent: a description of the group, no act of it ("allied with" is
 * no SUPPORT event), and what makes the group a side of its own. -1 for none.
 */
export function allegianceModifier(view: TreeView, noun: number): number {
  return view.children(noun).find((m) => isAllegianceModifier(view, m)) ?? -1;
}

/** True for such a word, hung on its noun (tree-repair/allegiance-modifier.ts makes the misread ones so). */
export function isAllegianceModifier(view: TreeView, m: number): boolean {
  const preps = ALLEGIANCE.get(view.tokens[m].lower);
  if (preps === undefined || !['amod', 'acl'].includes(view.label(m)) || !['NOUN', 'PROPN'].includes(view.upos(view.head(m)))) return false;
  return view.childrenWith(m, 'obl', 'nmod').some((o) => preps.has(view.marker(o) ?? ''));
}
