import { ATTRIBUTING } from '../tree-repair/participle-read-as-main-verb.ts';
import type { TreeView } from './tree-view.ts';

// "troops responded to an attack on a military post by members of the group": the parser hangs "on a military
// post" on the verb ("responded ... on a post"), yet a landing preposition right after an act noun is the noun's
// own modifier — no verb is read with "on a post" there. The sibling whose words start just after the noun is
// what the act lands on.

/**
 * The verb's on/against/at oblique that starts right after the act noun `noun` (its own subtree ends there),
 * when the parser attached it to the verb the noun depends on; undefined otherwise.
 */
export function adjacentSiblingLanding(view: TreeView, noun: number, preps: ReadonlySet<string>): number | undefined {
  const holder = view.head(noun);
  if (holder < 0) return undefined;
  const end = view.span(noun)[1];
  // ("blamed the attack | on the PKK": a verb that lays the act on a doer has its own "on", no landing)
  const laidOn = ATTRIBUTING[view.tokens[holder].lemma];
  return view.childrenWith(holder, 'obl', 'nmod').find((c) => c !== noun && view.label(c) !== 'obl:agent'
    && preps.has(view.marker(c) ?? '') && view.marker(c) !== laidOn && view.span(c)[0] === end);
}
