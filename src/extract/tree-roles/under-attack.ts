import type { TreeView } from './tree-view.ts';
import type { LandingNode } from './landing-node.ts';

// "came under attack", "was under fire", "fell under heavy shelling": the verbs that put their subject under an act
const UNDERGO = new Set(['come', 'be', 'fall', 'remain', 'stay']);

/**
 * "The convoy came under attack from Taliban fighters", "Government positions came under heavy shelling":
 * an act noun marked "under" lands on the subject of the verb it hangs on; so does one marked "in" on a verb of dying.
 */
export function underAttackNode(view: TreeView, act: number): LandingNode | null {
  const marker = view.marker(act);
  const verb = view.head(act);
  if (verb < 0) return null;
  if (marker === 'under' && UNDERGO.has(view.tokens[verb].lemma)) return subjectOf(view, verb, 'roles:tree-under-attack');
  // "Five soldiers died in an ambush by jihadists", "two guards perished in the assault": who died in an act is whom it hit
  if ((marker === 'in' || marker === 'during') && DIE.has(view.tokens[verb].lemma)) return subjectOf(view, verb, 'roles:tree-died-in-act');
  return null;
}

const DIE = new Set(['die', 'perish']);

function subjectOf(view: TreeView, verb: number, rule: string): LandingNode | null {
  const subject = view.childrenWith(verb, 'nsubj')[0];
  return subject === undefined ? null : { node: subject, rule };
}
