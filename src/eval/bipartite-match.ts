// Maximum bipartite matching with lexicographic tie-breaking.
//
// Among all assignments with the most pairs, pick the one whose summed cost
// vector is lexicographically smallest. This is min-cost max-flow by successive
// shortest paths (Bellman-Ford, since residual edges carry negative costs); cost
// vectors under lexicographic order form an ordered group, so the usual proof
// holds unchanged and no floating-point weight packing is needed. Documents have
// tens of events, so O(pairs * edges * nodes) is plenty fast.

export interface Candidate {
  readonly left: number;
  readonly right: number;
  /** Lower is better, compared element by element; all vectors the same length. */
  readonly cost: readonly number[];
}

export type Pair = readonly [left: number, right: number];

type Cost = readonly number[];

interface Edge {
  readonly to: number;
  readonly cost: Cost;
  cap: number;
  readonly rev: number;
  readonly candidate: number;
}

const add = (a: Cost, b: Cost): Cost => a.map((x, i) => x + (b[i] ?? 0));
const negate = (a: Cost): Cost => a.map((x) => -x);
function less(a: Cost, b: Cost): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

export function maxMatching(nLeft: number, nRight: number, candidates: readonly Candidate[]): Pair[] {
  const dims = candidates[0]?.cost.length ?? 0;
  const zero: Cost = new Array<number>(dims).fill(0);
  const source = nLeft + nRight;
  const sink = source + 1;
  const graph: Edge[][] = Array.from({ length: sink + 1 }, () => []);
  const link = (from: number, to: number, cost: Cost, candidate: number): void => {
    graph[from].push({ to, cost, cap: 1, rev: graph[to].length, candidate });
    graph[to].push({ to: from, cost: negate(cost), cap: 0, rev: graph[from].length - 1, candidate });
  };
  for (let i = 0; i < nLeft; i++) link(source, i, zero, -1);
  for (let j = 0; j < nRight; j++) link(nLeft + j, sink, zero, -1);
  candidates.forEach((c, k) => link(c.left, nLeft + c.right, c.cost, k));

  while (augment(graph, source, sink, zero));

  const pairs: Pair[] = [];
  for (let i = 0; i < nLeft; i++) {
    for (const e of graph[i]) {
      if (e.candidate >= 0 && e.to >= nLeft && e.to < source && e.cap === 0) {
        const c = candidates[e.candidate];
        pairs.push([c.left, c.right]);
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

// One cheapest source-to-sink path in the residual graph, pushed one unit.
function augment(graph: Edge[][], source: number, sink: number, zero: Cost): boolean {
  const dist: (Cost | null)[] = graph.map(() => null);
  const via: ({ node: number; edge: number } | null)[] = graph.map(() => null);
  dist[source] = zero;
  for (let round = 0; round < graph.length; round++) {
    let changed = false;
    graph.forEach((edges, u) => {
      const du = dist[u];
      if (du === null) return;
      edges.forEach((e, k) => {
        if (e.cap <= 0) return;
        const candidate = add(du, e.cost);
        const dv = dist[e.to];
        if (dv === null || less(candidate, dv)) {
          dist[e.to] = candidate;
          via[e.to] = { node: u, edge: k };
          changed = true;
        }
      });
    });
    if (!changed) break;
  }
  if (dist[sink] === null) return false;
  for (let v = sink; v !== source; ) {
    const step = via[v];
    if (step === null) return false;
    const e = graph[step.node][step.edge];
    e.cap -= 1;
    graph[v][e.rev].cap += 1;
    v = step.node;
  }
  return true;
}
