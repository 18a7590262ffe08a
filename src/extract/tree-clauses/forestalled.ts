import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers } from './clause-path.ts';

// the clauses that set a limit in time: what lies beyond the limit has not come
const TIME_LIMITS = new Set(['before', 'until', 'till', 'ere']);
const POSSIBLE = new Set(['could', 'would', 'might', 'can', 'may']);

const modal = (view: TreeView, verb: number) => view.childrenWith(verb, 'aux').some((a) => POSSIBLE.has(view.tokens[a].lower));

/**
 * An act in a clause of time limit that is only possible did not happen, and is no stated possibility either:
 *  - its own modal: "the drones exploded before they could hit the base" (it was forestalled);
 *  - the modal of the clause it limits: "the truce could last only until the army launches a new offensive".
 * "The rebels fled before soldiers attacked the camp" states the attack: no modal, it stays.
 */
export function isForestalled(view: TreeView, head: number): boolean {
  if (view.label(head) !== 'advcl' || !clauseMarkers(view, head).some((m) => TIME_LIMITS.has(m))) return false;
  return modal(view, head) || modal(view, view.head(head));
}
