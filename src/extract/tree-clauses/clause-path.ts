import type { TreeView } from '../tree-roles/tree-view.ts';

/** One step up the tree: `node` hangs on `parent` by `label` (the full UD relation). */
export interface PathStep {
  readonly node: number;
  readonly label: string;
  readonly parent: number;
}

/**
 * The steps from `i` up to its root, nearest first. A greedy parse may hold a cycle: the walk never
 * visits a node twice.
 * "Iran warned that it would strike the base": strike —ccomp→ warned.
 */
export function pathUp(view: TreeView, i: number): readonly PathStep[] {
  // every clause reader of every candidate climbs from the same few heads: each path is walked once per tree
  let paths = pathsByView.get(view);
  if (paths === undefined) pathsByView.set(view, (paths = new Map()));
  let steps = paths.get(i);
  if (steps === undefined) paths.set(i, (steps = walkUp(view, i)));
  return steps;
}
const pathsByView = new WeakMap<TreeView, Map<number, readonly PathStep[]>>();

function walkUp(view: TreeView, i: number): PathStep[] {
  const steps: PathStep[] = [];
  const seen = new Set<number>([i]);
  for (let n = i, p = view.head(n); p >= 0 && view.has(p) && !seen.has(p); n = p, p = view.head(p)) {
    seen.add(p);
    steps.push({ node: n, label: view.label(n), parent: p });
  }
  return steps;
}

/** True when `node` is `i` or lies under it. */
export function isWithin(view: TreeView, node: number, i: number): boolean {
  return node === i || pathUp(view, node).some((s) => s.parent === i);
}

/** The words of a clause's marker with their fixed parts ("in order to" → "in order", "to"), lower case. */
export function clauseMarkers(view: TreeView, i: number): string[] {
  return view.childrenWith(i, 'mark').map((m) => [m, ...view.childrenWith(m, 'fixed')].sort((a, b) => a - b).map((k) => view.tokens[k].lower).join(' '));
}
