import type { TreeView } from '../tree-roles/tree-view.ts';
import { pathUp } from './clause-path.ts';

// predicates of likeness: "is similar to", "resembled", "is reminiscent of", "mirrors", "echoes"
const LIKENESS = new Set(['similar', 'like', 'alike', 'reminiscent', 'comparable', 'identical', 'akin', 'resemble', 'mirror', 'echo', 'recall']);
// what a comparison stands on: "similar to raids", "reminiscent of strikes", "resembled raids"
const STANDARD = new Set(['obl', 'nmod', 'obj']);
// "Like earlier attacks by the group, ...", "unlike last year's raids": the preposition is the comparison
const LIKE_MARKERS = new Set(['like', 'unlike']);

const isLikeness = (view: TreeView, n: number) => LIKENESS.has(view.tokens[n].lemma) || LIKENESS.has(view.tokens[n].lower);

// Whether the tree has a word of likeness or a "like"/"unlike" at all, looked at once per tree: every candidate of
// every sentence asks `comparisonPart`, and most sentences compare nothing (its climb was ~0.8 % of the coder's CPU).
// Every answer below needs such a word in the tree (or as the head of one of its words): a likeness predicate, or a
// marker that is "like" or "unlike".
const comparing = new WeakMap<TreeView, boolean>();
function mayCompare(view: TreeView): boolean {
  let found = comparing.get(view);
  if (found === undefined) {
    found = false;
    const { offset, heads } = view.tree;
    const end = offset + heads.length;
    for (let n = offset; n < end && !found; n++) {
      const h = heads[n - offset];
      found = isLikeness(view, n) || LIKE_MARKERS.has(view.tokens[n].lower) || (h >= 0 && (h < offset || h >= end) && h < view.tokens.length && isLikeness(view, h));
    }
    comparing.set(view, found);
  }
  return found;
}

/**
 * An act named in a comparison is not news of its own (coding guide rule 1):
 *  - the standard it is compared with: "the attack is similar to raids conducted by Boko Haram", "the strike is
 *    reminiscent of Israeli raids on Iranian sites", "like earlier attacks by the Taliban, ...";
 *  - the act compared, as the predicate's subject: "the attack resembled raids by Boko Haram" tells what the
 *    attack (told before) was like, not that it happened again.
 */
export function comparisonPart(view: TreeView, head: number): 'standard' | 'compared' | null {
  if (!mayCompare(view)) return null;
  if (view.base(head) === 'nsubj' && isLikeness(view, view.head(head))) return 'compared';
  for (const step of [{ node: head, label: view.label(head), parent: view.head(head) }, ...pathUp(view, head)]) {
    const marker = view.marker(step.node);
    if (marker !== null && LIKE_MARKERS.has(marker) && ['obl', 'nmod', 'advcl'].includes(view.base(step.node))) return 'standard';
    if (step.parent >= 0 && STANDARD.has(step.label.split(':')[0]) && isLikeness(view, step.parent)) return 'standard';
  }
  return null;
}
