import type { TreeView } from './tree-view.ts';

// "in order to", "so as to", "to": the markers of a clause that says what an act was for
const PURPOSE_MARKS = new Set(['to', 'in order to', 'so as to', 'in order']);

/**
 * The verb of the clause that says what an act was for, on the act's verb or on its object:
 * "fired tear gas to break up a gathering" (`advcl` marked "to"), "started a campaign to seize
 * the capital" (`acl` of the object), "took to the streets to demand the government pay" (`advcl`).
 */
export function purposeVerb(view: TreeView, head: number): number | null {
  const holders = [head, ...view.childrenWith(head, 'obj')];
  for (const h of holders) {
    const labels = h === head ? ['advcl'] : ['acl']; // an xcomp is what the verb itself says ("agreed to resume")
    const found = view.childrenWith(h, ...labels).find((c) => view.upos(c) === 'VERB' && PURPOSE_MARKS.has(view.marker(c) ?? ''));
    if (found !== undefined) return found;
  }
  return null;
}
