import type { Pair } from './block.ts';
import { compareMentions } from './compare.ts';
import type { MentionFacts as Mention } from './mention.ts';

// Mentions → groups, one per real event. Linked pairs are merged strongest first (score, then the
// mentions' keys: content, never arrival order, so any ingest order gives the same groups), and two
// groups merge only if every mention of one is compatible with every mention of the other. That stops
// chains: "militants" (unknown group) links to a Kataib Hezbollah report and to an ISIS report, but
// the two groups stay apart, and the vague mention joins the one it agrees with more.
// Mentions must be sorted by key (mentionsOf does), so index order is key order.

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

export function clusterMentions(mentions: readonly Mention[], pairs: readonly Pair[]): number[][] {
  const n = mentions.length;
  const compatible = new Map<number, boolean>();
  const edges: Edge[] = [];
  for (const [a, b] of pairs) {
    const verdict = compareMentions(mentions[a], mentions[b]);
    compatible.set(a * n + b, verdict.compatible);
    if (verdict.linked) edges.push({ a, b, score: verdict.score });
  }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const root = Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const find = (i: number): number => {
    while (root[i] !== i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  };
  const fits = (x: number, y: number): boolean => {
    const [a, b] = x < y ? [x, y] : [y, x];
    let ok = compatible.get(a * n + b);
    if (ok === undefined) {
      ok = compareMentions(mentions[a], mentions[b]).compatible;
      compatible.set(a * n + b, ok);
    }
    return ok;
  };
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (!members[ra].every((x) => members[rb].every((y) => fits(x, y)))) continue;
    const [big, small] = members[ra].length >= members[rb].length ? [ra, rb] : [rb, ra];
    root[small] = big;
    members[big].push(...members[small]);
    members[small] = [];
  }
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (find(i) === i) groups.push(members[i].sort((x, y) => x - y));
  return groups.sort((x, y) => x[0] - y[0]);
}
