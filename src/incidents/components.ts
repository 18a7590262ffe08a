import { forEachCandidatePair } from './block.ts';
import { compareMentions } from './compare.ts';
import type { MentionFacts } from './mention.ts';

// Mentions → the parts the linker can cluster apart. Clustering (cluster.ts) merges two groups only
// along a linked pair, and checks compatibility only between the members of the two groups it merges,
// so whatever it does stays inside a component of the linked-pair graph: linking each component alone
// gives the groups of one pass over everything. A rebuild uses this to load the events of a few
// components at a time (src/store/incidents-rebuild.ts) instead of a whole event type. Components of
// the linked pairs, not of the candidate pairs: a year-precise report is a candidate of every report
// of its type and country that year, but links to few of them.

/** Index lists, one per component, each sorted, in order of their first index. */
export function linkedComponents(mentions: readonly MentionFacts[]): number[][] {
  const root = Array.from({ length: mentions.length }, (_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  };
  forEachCandidatePair(mentions, (a, b) => {
    const ra = find(a);
    const rb = find(b);
    // already together: a pair inside one component need not be compared to find the components
    if (ra !== rb && compareMentions(mentions[a], mentions[b]).linked) root[Math.max(ra, rb)] = Math.min(ra, rb);
  });
  const members = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list === undefined) members.set(r, [i]);
    else list.push(i);
  }
  // a root is its component's smallest index (unions keep the smaller root), so map order is first-index order
  return [...members.values()];
}
