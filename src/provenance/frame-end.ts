import type { SentenceContext } from '../extract/context.ts';

/**
 * Where what a reporting verb at `verb` reports ends: the sentence's end, or a clause coordinated with the reporting
 * verb itself (", and", ", but" with a subject of its own), which the outlet states beside the report:
 *   "The army said it had shelled rebel positions, and the rebels fired rockets at the city" (the rockets are the
 *   outlet's), "Kyiv said it downed 20 drones, but Russia launched more overnight". A clause under the reported one
 *   ("said they had arrested 20 people, while protesters blocked roads") stays in the report.
 */
export function reportEnd(ctx: SentenceContext, verb: number): number {
  const t = ctx.doc.tokens;
  const end = ctx.sentence.tokenEnd;
  for (let k = verb + 2; k < end - 1; k++) {
    // a cheap look at the words first: only ", and" / ", but" after the verb asks for the tree
    if (t[k].text !== ',' || t[k + 1].pos !== 'CCONJ') continue;
    const view = ctx.tree();
    const conj = view.head(k + 1);
    if (conj > k && view.label(conj) === 'conj' && view.head(conj) === verb && view.childrenWith(conj, 'nsubj').length > 0) return k;
  }
  return end;
}
