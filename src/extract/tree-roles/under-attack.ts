import type { TreeView } from './tree-view.ts';
import type { LandingNode } from './landing-node.ts';

// "came under attack", "was under fire", "fell under heavy shelling": the verbs that put their subject under an act
const UNDERGO = new Set(['come', 'be', 'fall', 'remain', 'stay']);

/**
 * "The convoy came under attack from Taliban fighters", "Government positions came under heavy shelling":
 * an act noun marked "under" lands on the subject of the verb it hangs on.
 */
export function underAttackNode(view: TreeView, act: number): LandingNode | null {
  if (view.marker(act) !== 'under') return null;
  const verb = view.head(act);
  if (verb < 0 || !UNDERGO.has(view.tokens[verb].lemma)) return null;
  const subject = view.childrenWith(verb, 'nsubj')[0];
  return subject === undefined ? null : { node: subject, rule: 'roles:tree-under-attack' };
}
