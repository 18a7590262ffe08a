import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';

// "Alexandria, Virginia", "Hyderabad, Sindh", "Valencia, Venezuela", "Birmingham, Alabama": the name set off by a comma
// after a city is its division or its country, and says which city of that name is meant, whatever the story
// around it (a Virginia suburb is no Egyptian port). Up to three capitalised words, the longest that fits.
// The pair must agree: when no city of the name lies in the qualifier's country ("Victoria, Australia": GeoNames' towns
// of that name are in Hong Kong, Canada, Brazil), the name is the country's division of that name (the Australian
// state), else a place known by name only in that country; so too a name followed by "in" and a division or a country
// ("near Mambasa in Ituri province": no Kenyan port that has "Mambasa" as another spelling).
const QUALIFIER = /^(?:,[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?)(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]+(?:state|region|province|governorate|oblast))?)/u;
const DIVISION_WORDS = /\s+(?:state|region|province|governorate|oblast|prefecture|district|department|county|division|territory)$/i;
// what may follow a qualifier that ends the place's name: punctuation, or a word that opens no clause of the qualifier's
// own ("in Gaza, Israel said" names a speaker, no country of Gaza)
const QUALIFIER_END = /^(?:[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:on|in|at|near|during|after|before|last|this|earlier|late|overnight|when|where|and|to|from|for|with|since|until|amid)\b)/;
const DIVISION_SUFFIXES = ['state', 'region', 'province'];

/** A qualifier (", Lebanon", " in Lebanon") opens right after `end`. */
export const hasQualifier = (text: string, end: number): boolean => QUALIFIER.test(text.slice(end, end + 60));

export interface Qualified {
  readonly entry: PlaceEntry;
  /** The qualifier's span: it names the city's division or country, not a second place. */
  readonly start: number;
  readonly end: number;
}

export function qualifiedCity(text: string, start: number, end: number, candidates: readonly PlaceEntry[], kb: Pick<Knowledge, 'places'>): Qualified | null {
  const m = QUALIFIER.exec(text.slice(end, end + 60));
  if (!m) return null;
  const comma = m[0].startsWith(',');
  if (comma && candidates.length < 2 && candidates.some((c) => c.country === null)) return null;
  const words = m[1].split(/[ \t]+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const key = normalizeName(name);
    const named = kb.places.lookup(key);
    // (after "in", only a country or a division qualifies: "in Kabul" after a name is a second place)
    const countries = new Set(named.flatMap((p) => ((p.precision === 'country' || !comma && p.precision === 'region') && p.country ? [p.country] : [])));
    const agreeing = candidates.find((c) => comma && c.admin1 !== undefined && normalizeName(c.admin1.replace(DIVISION_WORDS, '')) === key || c.country !== null && countries.has(c.country));
    const qualifierStart = end + m[0].indexOf(m[1]);
    const span = { start: qualifierStart, end: qualifierStart + name.length };
    if (agreeing) return candidates.length > 1 || !comma ? { entry: agreeing, ...span } : null;
    if (countries.size !== 1 || !QUALIFIER_END.test(text.slice(span.end, span.end + 12))) continue;
    const [country] = countries;
    return { entry: divisionNamed(text.slice(start, end), country, kb) ?? placeKnownByName(text.slice(start, end), country), ...span };
  }
  return null;
}

/** The country's first-level division of that name ("Victoria" of Australia), if it has one. */
function divisionNamed(name: string, country: string, kb: Pick<Knowledge, 'places'>): PlaceEntry | null {
  for (const word of DIVISION_SUFFIXES) {
    const division = kb.places.lookup(normalizeName(`${name} ${word}`)).find((p) => p.precision === 'region' && p.country === country);
    if (division) return division;
  }
  return null;
}

const placeKnownByName = (name: string, country: string): PlaceEntry => ({ id: `unresolved:${normalizeName(name)}`, name, precision: 'city', country, lat: null, lon: null });
