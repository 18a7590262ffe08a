import type { TreeView } from '../tree-roles/tree-view.ts';
import { RETAG_PREFIX } from './retag.ts';
import { RESULTATIVE_RULE } from './resultative-adjective.ts';

/**
 * The repairs that made a trigger's reading, for its event's rules: a re-tagged parse (retag.ts) that moved the
 * trigger or its dependents, and "shot | dead | two men" (resultative-adjective.ts), a repair that moved the
 * pattern's own result word off its object.
 */
export function triggerRepairs(tree: TreeView, head: number, own: readonly number[]): string[] {
  const retag = [head, ...tree.children(head)].map((i) => tree.repairOf(i)).find((id) => id !== null && id.startsWith(RETAG_PREFIX));
  const result = own.some((i) => tree.repairOf(i) === RESULTATIVE_RULE);
  return [...(retag ? [retag] : []), ...(result ? [RESULTATIVE_RULE] : [])];
}
