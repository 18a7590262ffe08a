import type { ActorEntry } from '../knowledge/types.ts';
import { entryOn } from '../knowledge/dated-codes.ts';

// Which of the entries an alias names is meant (split from actor-phrases.ts).

// Named actors outrank metonyms and countries when one alias names several ("Georgia").
const KIND_RANK: Record<string, number> = { group: 0, organization: 1, person: 2, metonym: 3, country: 4 };

/**
 * Picks the entry an alias means on the publication date (leaders by their term of office): of the entries live
 * then, the first of the best-ranked kind. One pass, no arrays: every gazetteer hit of an article asks.
 */
export function pickEntry(entries: readonly ActorEntry[], published: string | null, fullName = true): ActorEntry | null {
  let best: ActorEntry | null = null;
  let bestRank = Infinity;
  let former: ActorEntry | null = null;
  for (const entry of entries) {
    // dictionary entries carry dated codes: the one holding on the publication date, or none
    const e = entryOn(entry, published);
    if (fullName && e !== null && published && e.to && e.to < published && !entry.dated) former ??= formerHolder(e);
    if (e === null || (e.kind === 'person' && published && !((!e.from || e.from <= published) && (!e.to || published <= e.to)))) continue;
    const rank = KIND_RANK[e.kind] ?? 9;
    if (rank < bestRank) {
      best = e;
      bestRank = rank;
    }
  }
  return best ?? former;
}

/**
 * "Rodrigo Duterte" in 2025, "Angela Merkel" in 2023: an office holder of our list after the term is a former
 * official, the country's elite (ELI, as CAMEO codes former leaders), not an unknown name; a live entry of the
 * same alias (a second term) wins. The imported dictionaries' dated codes keep their own ranges. Only by a name of two
 * words or more (`fullName`): out of office a bare surname ("Kuleba" in "the village of Kuleba") names no one for sure.
 */
function formerHolder(e: ActorEntry): ActorEntry | null {
  // (a state's office only: an armed group's or a party's leader, coded by the group, stays as out of the list)
  if (e.kind !== 'person' || e.country === null || !/^[A-Z]{3}(GOV|MIL|LEG|JUD|COP|SPY)$/.test(e.code)) return null;
  return { ...e, code: `${e.country}ELI`, role: 'ELI', from: e.to ?? undefined, to: null };
}

// The last date the imported dictionaries write (data/actors/petrarch/actors.tsv; test/resolve/dictionary-horizon.test.ts
// checks it): they know no office taken after it.
export const DICTIONARY_HORIZON = '2015-02-17';

/**
 * "President Julius Maada Bio" in 2026: a person the imported dictionaries code only by their undated fallback, an
 * elite's (PETRARCH's ranges stop in 2015, Bio came back to office in 2018), whom an article written after the
 * dictionaries' horizon titles with an office right before the name holds that office: the article is fresher than
 * the dictionary. Before the horizon the dictionary's dates stand ("President Mohammad Najibullah" in 2000 is a former
 * president); our own list (people.json, dated to 2026) stands always; "former President X" keeps ELI (the caller).
 */
export function titledOverElite(e: ActorEntry, titleRole: string | undefined, published: string | null): ActorEntry {
  if (e.kind !== 'person' || e.role !== 'ELI' || !e.country || !titleRole || !/^[A-Z]{3}$/.test(titleRole) || titleRole === 'ELI') return e;
  // "Opposition leader Raila Odinga", "rebel leader X": a side's title before an elite's name says which side the article
  // finds them on, whatever the dictionary's dates (an elite out of office leads the opposition or a rebellion)
  if (titleRole === 'OPP' || titleRole === 'REB') return { ...e, code: `${e.country}${titleRole}`, role: titleRole };
  if (!e.dated || e.from || e.to || !published || published <= DICTIONARY_HORIZON) return e;
  return { ...e, code: `${e.country}${titleRole}`, role: titleRole };
}
