import type { TreeView } from './tree-view.ts';

// "in order to", "so as to", "to": the markers of a clause that says what an act was for
const PURPOSE_MARKS = new Set(['to', 'in order to', 'so as to', 'in order']);

/**
 * The verb of the clause that says what an act was for, on the act's verb or on its object:
 * "fired tear gas to break up a gathering" (`advcl` marked "to"), "started a campaign to seize
 * the capital" (`acl` of the object), "took to the streets to demand the government pay" (`advcl`).
 * After a list of means ("fired tear gas, stun grenades and rubber bullets Sunday to disperse the crowd") the
 * parser may hang the clause on the nominal just before it, a conjunct (or parataxis) or oblique of the verb or of its object
 * ("in a bid to disperse them" is one such oblique too): see purposeAfterNominal.
 */
export function purposeVerb(view: TreeView, head: number, isAct: (node: number) => boolean = () => false): number | null {
  const holders = [head, ...view.childrenWith(head, 'obj')];
  // an xcomp is what the verb itself says ("agreed to resume", "ordered troops to withdraw"), unless the verb's
  // object is an act, which controls nothing: "launched an operation to win back", "began a campaign to retake"
  const actObject = view.childrenWith(head, 'obj').some(isAct);
  for (const h of holders) {
    const labels = h === head ? (actObject ? ['advcl', 'xcomp'] : ['advcl']) : ['acl'];
    const found = purposeChild(view, h, labels);
    if (found !== null) return found;
  }
  return purposeAfterNominal(view, holders);
}

function purposeChild(view: TreeView, holder: number, labels: string[]): number | null {
  return view.childrenWithAny(holder, labels).find((c) => view.upos(c) === 'VERB' && PURPOSE_MARKS.has(view.marker(c) ?? '')) ?? null;
}

/** The purpose clause hung on a nominal conjunct or oblique of the verb or its object (not its agent). */
function purposeAfterNominal(view: TreeView, holders: readonly number[]): number | null {
  for (const h of holders) {
    // (an item the parser read as a verb the word tagger reads as a noun: "fired tear gas, sound grenades ..." with "sound" a verb)
    const nominal = (c: number) => ['NOUN', 'PROPN'].includes(view.upos(c)) || view.base(c) === 'conj' && view.tokens[c].pos === 'NOUN';
    const items = view.childrenWith(h, 'conj', 'parataxis', 'obl', 'nmod').filter((c) => view.label(c) !== 'obl:agent' && nominal(c));
    for (const item of items) {
      const found = purposeChild(view, item, ['acl', 'advcl']);
      if (found !== null) return found;
    }
  }
  return null;
}
