import type { Token } from '../nlp/types.ts';

// Groups of words that count as one word where a pattern lets words sit between its own (the pattern tries in
// pattern-trie.ts and their reference scan in test/extract/scan-matcher.ts), as an amount does ("sent 3,000 tons of").

// "barred a group of Greenpeace activists from entering", "freed dozens of hostages": a collective and its "of"
const COLLECTIVES = new Set(['group', 'number', 'team', 'delegation', 'handful', 'couple', 'contingent', 'batch', 'band', 'squad', 'dozen', 'dozens', 'hundreds', 'thousands', 'scores']);

/**
 * The end (exclusive) of the group that starts at j, or j when none does: a collective with its "of" (only in a
 * `*` gap), or a hyphenated compound, also between words of a pattern without a gap ("held a joint
 * search-and-rescue drill" reads `hold * joint drill`).
 */
export function groupEnd(tokens: readonly Token[], j: number, end: number, gap: boolean): number {
  const k = tokens[j].pos === 'DET' ? j + 1 : j;
  if (gap && k + 1 < end && COLLECTIVES.has(tokens[k].lower) && tokens[k + 1].lower === 'of') return k + 2;
  let h = j;
  while (h + 2 < end && tokens[h + 1].text === '-' && tokens[h + 1].start === tokens[h].end && tokens[h + 2].start === tokens[h + 1].end) h += 2;
  return h > j ? h + 1 : j;
}

/** Past the first word of a hyphenated compound ending at `compoundEnd`: "the rebel-held town" holds nothing. */
export const insideCompound = (tokens: readonly Token[], j: number, compoundEnd: number) => j < compoundEnd && tokens[j - 1].text === '-';
