import type { ActorEntry } from '../knowledge/types.ts';
import { entryOn } from '../knowledge/dated-codes.ts';

// Which of the entries an alias names is meant (split from actor-phrases.ts).

// Named actors outrank metonyms and countries when one alias names several ("Georgia").
const KIND_RANK: Record<string, number> = { group: 0, organization: 1, person: 2, metonym: 3, country: 4 };

/**
 * Picks the entry an alias means on the publication date (leaders by their term of office): of the entries live
 * then, the first of the best-ranked kind. One pass, no arrays: every gazetteer hit of an article asks.
 */
export function pickEntry(entries: readonly ActorEntry[], published: string | null): ActorEntry | null {
  let best: ActorEntry | null = null;
  let bestRank = Infinity;
  for (const entry of entries) {
    // dictionary entries carry dated codes: the one holding on the publication date, or none
    const e = entryOn(entry, published);
    if (e === null || (e.kind === 'person' && published && !((!e.from || e.from <= published) && (!e.to || published <= e.to)))) continue;
    const rank = KIND_RANK[e.kind] ?? 9;
    if (rank < bestRank) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}
