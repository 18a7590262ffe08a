import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';
import { SpanIndex } from '../resolve/span-index.ts';

/**
 * The country an article is about: named (as actor or place) at least three times and at least twice
 * as often as any other. "The government" and "security forces" in that article are its own.
 */
export function dominantCountry(phrases: readonly ActorPhrase[], places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  const add = (c: string | null | undefined) => {
    if (c && /^[A-Z]{3}$/.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (const p of phrases) if (p.kind !== 'anaphor') add(p.entry?.country ?? p.code?.slice(0, 3));
  const index = new SpanIndex(phrases);
  for (const p of places) if (index.containing(p.start, p.end).length === 0) add(p.place.country);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

/**
 * Where an article's events happen: the country of most of its places (sites, cities, regions and
 * countries after "in"), named at least twice and at least twice as often as any other.
 */
export function dominantPlaceCountry(places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.place.precision === 'country' && !p.locative) continue;
    if (p.place.country) counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}
