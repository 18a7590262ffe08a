import type { EventPattern } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';

/**
 * A request pattern that ends in "to" after a gap ("tell * to", "order * to", "urge * to") stands for a verb with
 * an infinitive: "told Israel to stop", "ordered the militia to withdraw". When the tree reads that "to" as the
 * preposition of a noun the gap ran into, there is no infinitive and no request: "told the BBC's service to
 * Africa that ...", "asked the envoy to Sudan whether ...", "urged the delegation to the talks that ...".
 */
export function isPrepositionalTo(view: TreeView, pattern: EventPattern, tokens: readonly number[]): boolean {
  const last = pattern.steps[pattern.steps.length - 1];
  if (!last?.gapBefore || !last.lemmas.includes('to') || tokens.length === 0) return false;
  const to = tokens[tokens.length - 1];
  if (view.tokens[to]?.lower !== 'to') return false;
  // the infinitive's "to" is the mark of a verb; a preposition is the case of a noun
  return view.base(to) === 'case' && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(view.upos(view.head(to)));
}
