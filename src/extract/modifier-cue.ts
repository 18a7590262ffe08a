import type { TreeView } from './tree-roles/tree-view.ts';

// the relations that hang a describing phrase on a noun: a participle or relative clause, an adjective
const MODIFIER = new Set(['acl', 'amod']);

/**
 * "A convoy trying to reach the town came under fire", "Soldiers seeking to disperse the crowd opened fire",
 * "Villagers unable to flee were killed by the gunmen", "Protesters who could not reach the square were detained": a
 * cue inside a phrase that describes another noun (a participle, a relative clause, an adjective on the act's subject)
 * tells what that noun's holder tried, could or could not do, not whether the act happened. True when the cue token
 * `cue` lies inside such a modifier whose noun is not the act's own head (`head`: "possible attacks", the act noun's
 * own adjective, keeps its cue) and which does not hold the act ("the army, unable to retake the town" vs. "troops were
 * unable to retake the town", where the act is the adjective's own complement).
 */
export function cueOfOthersModifier(view: TreeView, cue: number, head: number): boolean {
  for (let n = cue, steps = 0; n >= 0 && steps < 40; n = view.head(n), steps++) {
    if (holds(view, n, head)) return false;
    if (MODIFIER.has(view.base(n))) return view.head(n) !== head && !answersAct(view, view.head(n), head);
  }
  return false;
}

// "a possible military response to an attack on Taiwan", "potential retaliation for a strike": the act a hedged
// answer is to is as hedged as the answer ("the likely perpetrators of the attack" hedge only who did it)
const ANSWERED_BY = new Set(['to', 'for', 'against']);
const answersAct = (view: TreeView, noun: number, head: number) =>
  view.head(head) === noun && view.base(head) === 'nmod' && ANSWERED_BY.has(view.marker(head) ?? '');

/** Whether `node` is `inner` or one of its heads. */
function holds(view: TreeView, node: number, inner: number): boolean {
  for (let n = inner, steps = 0; n >= 0 && steps < 40; n = view.head(n), steps++) if (n === node) return true;
  return false;
}
