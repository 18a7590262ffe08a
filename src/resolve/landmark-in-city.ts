import type { PlaceMention } from './types.ts';

// "Buda Castle in Budapest", "the Galata Bridge in Istanbul", "Hyde Park in London": a landmark whose name ends in a
// site noun written as part of it (data/lexicon/site-nouns.tsv, capitalised) and is followed by "in <city>" lies in that
// city. A gazetteer's reading of a word of its name (a Buda in Romania, a Hyde Park in New York) or the name read whole
// as an unknown place gives way to the city named right after: the landmark takes the city's entry (and country).
// Rule: place:landmark-in-city.
export const LANDMARK_IN_CITY = 'place:landmark-in-city';

// the capitalised words after the hit that end the landmark's name, then its "in"
const NAME_REST = /^((?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]+in[ \t]+(?:the[ \t]+)?/u;
const LAST_WORD = /(\p{Lu}[\p{L}'’.-]*)\s*$/u;

export function landmarksInCities(text: string, places: readonly PlaceMention[], siteNouns: ReadonlyMap<string, boolean>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const swallowed = new Set<PlaceMention>();
  for (const p of places) {
    if (swallowed.has(p) || p.place.precision === 'country') {
      if (!swallowed.has(p)) out.push(p);
      continue;
    }
    const rest = NAME_REST.exec(text.slice(p.end, p.end + 80));
    const nameEnd = p.end + (rest?.[1].length ?? 0);
    const last = LAST_WORD.exec(text.slice(p.start, nameEnd))?.[1];
    const city = rest && last && siteNouns.has(last.toLowerCase()) ? places.find((q) => q.start === p.end + rest[0].length) : undefined;
    if (!city || city.place.precision === 'site') {
      out.push(p);
      continue;
    }
    // other hits inside the landmark's name ("Santiago" of "Santiago Bernabeu Stadium") are the landmark's
    for (const q of places) if (q !== p && q.start >= p.start && q.end <= nameEnd) swallowed.add(q);
    out.push({ start: p.start, end: nameEnd, text: text.slice(p.start, nameEnd), place: city.place, locative: p.locative, prep: p.prep ?? null, rule: LANDMARK_IN_CITY });
  }
  return out.filter((p) => !swallowed.has(p));
}
