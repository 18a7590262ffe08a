import type { TreeView } from '../tree-roles/tree-view.ts';
import { RETAG_PREFIX } from './retag.ts';
import { RESULTATIVE_RULE } from './resultative-adjective.ts';

/**
 * The repairs that made a trigger's reading, for its event's rules: a re-tagged parse (retag.ts) that moved the
 * trigger or its dependents, and "shot | dead | two men" (resultative-adjective.ts), a repair that moved the
 * pattern's own result word off its object.
 */
export function triggerRepairs(tree: TreeView, head: number, own: readonly number[]): string[] {
  // plain loops (asked for every candidate): the head's re-tag, else its first child's; the result word's repair
  let retag = retagOf(tree, head);
  const kids = tree.children(head);
  for (let k = 0; retag === null && k < kids.length; k++) retag = retagOf(tree, kids[k]);
  let result = false;
  for (let k = 0; !result && k < own.length; k++) result = tree.repairOf(own[k]) === RESULTATIVE_RULE;
  if (retag === null) return result ? [RESULTATIVE_RULE] : [];
  return result ? [retag, RESULTATIVE_RULE] : [retag];
}

function retagOf(tree: TreeView, node: number): string | null {
  const id = tree.repairOf(node);
  return id !== null && id.startsWith(RETAG_PREFIX) ? id : null;
}
