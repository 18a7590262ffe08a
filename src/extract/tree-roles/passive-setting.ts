import type { TreeView } from './tree-view.ts';
import { isPassiveClause } from './tree-actors.ts';

// what marks the act in which a passive's subject underwent something: "were killed in fighting", "during shelling"
const SETTING_MARKERS = new Set(['in', 'during', 'amid']);

/**
 * "Two soldiers were killed in fighting in southern Gaza", "civilians were wounded during shelling": an act named as
 * the setting of a passive verb is not done by that verb's subject, who underwent it; the word window, blind to the
 * passive, would make them its actor. True for such a setting act.
 */
export function actInPassiveSetting(view: TreeView, head: number): boolean {
  if (!['obl', 'nmod', 'advcl'].includes(view.base(head))) return false;
  const marker = view.marker(head);
  const up = view.head(head);
  // "killed in fighting with Hamas militants": a side named against them makes the subject the other side
  const against = view.children(head).some((c) => view.marker(c) === 'with' || view.marker(c) === 'against');
  return marker !== null && SETTING_MARKERS.has(marker) && up >= 0 && !against && isPassiveClause(view, up);
}

/**
 * "..., which was closed after fighting erupted near Myawaddy", "shelling continued overnight": an act word (a gerund
 * the verb patterns read) that is its clause's subject is a noun there; the word window would reach back across the
 * clause for its doer ("Thailand said it had reopened ..." made Thailand the fighter). True for such a subject.
 */
export function actAsSubject(view: TreeView, head: number): boolean {
  return (view.label(head) === 'nsubj' || view.label(head) === 'nsubj:pass') && /ing$/.test(view.tokens[head].lower);
}
