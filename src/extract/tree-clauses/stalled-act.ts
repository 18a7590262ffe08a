import type { TreeView } from '../tree-roles/tree-view.ts';

/**
 * "Peskov said peace talks with Kyiv were on pause", "the negotiations are on hold", "talks have been at a standstill
 * since May": an act noun whose copula puts it in a state of standing still (clause-cues.tsv stalled-state) is told as
 * a state, no meeting held, whoever tells it (unlike a judgement, evaluated-act.ts, a speaker's "said" does not make it
 * an accusation).
 */
export function isStalledAct(view: TreeView, noun: number, stalled: ReadonlySet<string>): boolean {
  if (view.label(noun) !== 'nsubj') return false;
  const head = view.head(noun);
  return head >= 0 && stalled.has(view.tokens[head].lemma) && view.childrenWith(head, 'cop').length > 0;
}
