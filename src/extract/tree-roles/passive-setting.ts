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
