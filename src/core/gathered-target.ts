import type { TreeView } from '../extract/tree-roles/index.ts';
import { clauseHead } from './clause-places.ts';

// "Police fired tear gas at protesters who marched through the Kibera area of Nairobi", "Riot police beat students who
// gathered outside parliament in Tbilisi", "detained dozens of people who rallied in central Minsk": a relative clause on
// the people an act lands on, telling where they were (an intransitive verb whose own adjunct the place is), says where
// the act met them. Not where they did something to something ("a man who attacked a church in Lagos"), nor what they
// had done before ("militants who had ambushed a convoy in Kunduz").
const OWN_ADJUNCT = new Set(['obl', 'advmod']);
const OBJECTS = ['obj', 'iobj', 'ccomp', 'xcomp'];
const ON_THE_WAY = new Set(['obj', 'obl', 'nmod', 'appos', 'conj']);

/** The place at token `place` tells where the people the trigger's act lands on were, in a relative clause on them. */
export function whereTargetWas(tree: TreeView, place: number, triggerHead: number): boolean {
  const relcl = clauseHead(tree, place);
  if (relcl < 0 || tree.label(relcl) !== 'acl:relcl' || tree.childrenWithAny(relcl, OBJECTS).length > 0) return false;
  // "had ambushed", "have been camping for weeks": an earlier act, or a state up to now
  if (tree.childrenWith(relcl, 'aux').some((k) => tree.tokens[k].lemma === 'have')) return false;
  // the place is the clause's own adjunct ("marched through the Kibera area of Nairobi": its noun's name too)
  let k = place;
  for (let steps = 0; steps < 6 && tree.head(k) !== relcl; steps++) {
    if (tree.head(k) < 0) return false;
    k = tree.head(k);
  }
  if (tree.head(k) !== relcl || !OWN_ADJUNCT.has(tree.base(k))) return false;
  // the people are the act's: its object or oblique ("at protesters"), through nominal links only
  let n = tree.head(relcl);
  for (let steps = 0; steps < 6 && n >= 0; steps++) {
    if (tree.head(n) === triggerHead) return ON_THE_WAY.has(tree.base(n));
    if (!ON_THE_WAY.has(tree.base(n))) return false;
    n = tree.head(n);
  }
  return false;
}
