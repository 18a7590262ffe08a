import type { TreeView } from '../tree-roles/tree-view.ts';
import { pathUp } from './clause-path.ts';

// predicates of likeness: "is similar to", "resembled", "is reminiscent of", "mirrors", "echoes"
const LIKENESS = new Set(['similar', 'like', 'alike', 'reminiscent', 'comparable', 'identical', 'akin', 'resemble', 'mirror', 'echo', 'recall']);
// what a comparison stands on: "similar to raids", "reminiscent of strikes", "resembled raids"
const STANDARD = new Set(['obl', 'nmod', 'obj']);
// "Like earlier attacks by the group, ...", "unlike last year's raids": the preposition is the comparison
const LIKE_MARKERS = new Set(['like', 'unlike']);

const isLikeness = (view: TreeView, n: number) => LIKENESS.has(view.tokens[n].lemma) || LIKENESS.has(view.tokens[n].lower);

/**
 * An act named in a comparison is not news of its own (coding guide rule 1):
 *  - the standard it is compared with: "the attack is similar to raids conducted by Boko Haram", "the strike is
 *    reminiscent of Israeli raids on Iranian sites", "like earlier attacks by the Taliban, ...";
 *  - the act compared, as the predicate's subject: "the attack resembled raids by Boko Haram" tells what the
 *    attack (told before) was like, not that it happened again.
 */
export function comparisonPart(view: TreeView, head: number): 'standard' | 'compared' | null {
  if (view.base(head) === 'nsubj' && isLikeness(view, view.head(head))) return 'compared';
  for (const step of [{ node: head, label: view.label(head), parent: view.head(head) }, ...pathUp(view, head)]) {
    const marker = view.marker(step.node);
    if (marker !== null && LIKE_MARKERS.has(marker) && ['obl', 'nmod', 'advcl'].includes(view.base(step.node))) return 'standard';
    if (step.parent >= 0 && STANDARD.has(step.label.split(':')[0]) && isLikeness(view, step.parent)) return 'standard';
  }
  return null;
}
