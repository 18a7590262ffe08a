import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';

// "Alexandria, Virginia", "Hyderabad, Sindh", "Valencia, Venezuela", "Birmingham, Alabama": the name set off by a comma
// after a city is its division or its country, and says which city of that name is meant, whatever the story
// around it (a Virginia suburb is no Egyptian port). Up to three capitalised words, the longest that fits.
const QUALIFIER = /^,[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/u;
const DIVISION_WORDS = /\s+(?:state|region|province|governorate|oblast|prefecture|district|department|county|division|territory)$/i;

export interface Qualified {
  readonly entry: PlaceEntry;
  /** The qualifier's span: it names the city's division or country, not a second place. */
  readonly start: number;
  readonly end: number;
}

export function qualifiedCity(text: string, end: number, candidates: readonly PlaceEntry[], kb: Pick<Knowledge, 'places'>): Qualified | null {
  if (candidates.length < 2) return null;
  const m = QUALIFIER.exec(text.slice(end, end + 60));
  if (!m) return null;
  const words = m[1].split(/[ \t]+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const key = normalizeName(name);
    const countries = new Set(kb.places.lookup(key).flatMap((p) => (p.precision === 'country' && p.country ? [p.country] : [])));
    const entry = candidates.find((c) => (c.admin1 !== undefined && normalizeName(c.admin1.replace(DIVISION_WORDS, '')) === key) || (c.country !== null && countries.has(c.country)));
    if (entry) {
      const start = end + m[0].indexOf(m[1]);
      return { entry, start, end: start + name.length };
    }
  }
  return null;
}
