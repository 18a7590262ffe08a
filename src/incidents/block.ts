import { ADJACENT_DAYS } from './date-window.ts';
import type { MentionFacts as Mention } from './mention.ts';

// Blocking: which pairs are worth comparing. Two mentions can only link if they have the same PLOVER
// type, the same country (blockCountry: the place's, else a participant's) and overlapping (or adjacent) date spans,
// so each (type, country) block is swept in order of span start, pairing a mention with the earlier
// ones whose spans it overlaps. The cost is the number of overlapping pairs, not n²: 100,000 events over
// two years compare in seconds. A mention with no date or no place is also compared with every mention
// of its own article ("Islamic State claimed responsibility for the attack": no place in the sentence).

export type Pair = readonly [number, number];

export function candidatePairs(mentions: readonly Mention[]): Pair[] {
  const pairs: Pair[] = [];
  forEachCandidatePair(mentions, (a, b) => pairs.push([a, b]));
  return pairs;
}

/** The same pairs (a < b), one at a time: a rebuild visits every pair of a type without holding them. */
export function forEachCandidatePair(mentions: readonly Mention[], visit: (a: number, b: number) => void): void {
  const blocks = new Map<string, number[]>();
  const looseByDoc = new Map<string, number[]>();
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    push(byDoc, m.docId, i);
    if (m.window === null || m.place?.country == null) push(looseByDoc, m.docId, i);
    if (m.window !== null) push(blocks, `${m.type}\u0000${m.country}`, i);
  });
  for (const members of blocks.values()) sweep(mentions, members, visit);
  for (const [doc, loose] of looseByDoc) {
    const isLoose = new Set(loose);
    for (const i of loose) {
      for (const j of byDoc.get(doc) ?? []) {
        // a pair of two loose mentions is met from both ends; one the sweep found is not added again
        if (j === i || mentions[j].type !== mentions[i].type || (isLoose.has(j) && j < i) || swept(mentions[i], mentions[j])) continue;
        if (i < j) visit(i, j);
        else visit(j, i);
      }
    }
  }
}

function swept(a: Mention, b: Mention): boolean {
  return a.window !== null && b.window !== null && a.country === b.country
    && a.window.start <= b.window.end + ADJACENT_DAYS && b.window.start <= a.window.end + ADJACENT_DAYS;
}

function sweep(mentions: readonly Mention[], members: number[], visit: (a: number, b: number) => void): void {
  members.sort((a, b) => mentions[a].window!.start - mentions[b].window!.start || a - b);
  // spans still open at the current start: a long (year) span stays while it lasts
  let active: number[] = [];
  for (const i of members) {
    const start = mentions[i].window!.start;
    const open: number[] = [];
    for (const j of active) {
      if (mentions[j].window!.end + ADJACENT_DAYS < start) continue;
      if (j < i) visit(j, i);
      else visit(i, j);
      open.push(j);
    }
    open.push(i);
    active = open;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
