import { normalizeName } from '../nlp/normalize.ts';
import { parseTsv } from './tsv.ts';
import type { PlaceEntry } from './types.ts';

/**
 * The gazetteer readings of data/places/rivers.tsv: one reading per river and country, at its anchor town's point
 * (a GeoNames city of that country), each under the river's name and aliases. An anchor the cities do not know
 * leaves the reading without a point (test/knowledge/rivers.test.ts keeps every anchor known).
 */
export function riverPlaces(content: string, cities: (normalizedName: string) => readonly PlaceEntry[]): Array<[string, PlaceEntry]> {
  const out: Array<[string, PlaceEntry]> = [];
  for (const { cells } of parseTsv(content)) {
    const [name, aliases, country, anchor] = cells;
    const town = cities(normalizeName(anchor ?? '')).find((c) => c.country === country);
    const entry: PlaceEntry = { id: `river:${normalizeName(name)}:${country}`, name, precision: 'region', country: country || null, lat: town?.lat ?? null, lon: town?.lon ?? null };
    for (const alias of [name, ...(aliases ?? '').split('|').filter(Boolean)]) out.push([alias, entry]);
  }
  return out;
}
