import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { ActorPhrase } from './types.ts';

/** In a phrase's rule: a city or region before a person's title says whose official the named person is. */
export const PLACE_TITLE_RULE = 'actor:place-title+unresolved-name';

// a town named before a title is a sizeable one: "Warsaw Mayor", not a hamlet that shares a family name
const TITLE_TOWN_POPULATION = 100_000;
// "Lagos State Governor", "Kherson Region Governor": the division's word after its name
const DIVISION_WORD = /\s+(?:State|Province|Region|Oblast|Governorate|Prefecture|County|City)$/;

/**
 * "Warsaw Mayor Rafal Trzaskowski", "Belgorod Governor Vyacheslav Gladkov", "Lagos State Governor Babajide
 * Sanwo-Olu": a capitalised run of a place, a person's title and a name no gazetteer knows is that official, of the
 * place's country (as "the mayor of Warsaw" is). The run from `start` to `end` holds the title as a known role phrase.
 */
export function placeTitled(doc: AnalyzedText, kb: Knowledge, known: readonly ActorPhrase[], start: number, end: number): ActorPhrase | null {
  const title = known.find((k) => k.start > start && k.end < end && k.rule === 'actor:role' && k.roleKind === 'person' && /^[A-Z]/.test(k.text));
  if (!title || !/^\s+[A-Z]/.test(doc.text.slice(title.end, end))) return null;
  // ("German Chancellor Olaf Scholz": a demonym the tagger read as a name is its country, not a parish named German)
  const place = doc.text.slice(start, title.start).trim();
  const country = kb.actors.lookup(place).find((a) => a.kind === 'country' && a.demonym)?.country ?? placeCountry(kb, place);
  if (!country) return null;
  const text = doc.text.slice(start, end);
  const name = doc.text.slice(title.end, end).trim();
  return { start, end, text, name, code: `${country}${title.roleCode ?? ''}`, kind: 'person', plural: false, entry: null, locative: false, rule: PLACE_TITLE_RULE };
}

/** The country of a region, or of the largest sizeable town, of that name. */
export function placeCountry(kb: Knowledge, place: string): string | null {
  if (!place) return null;
  const region = regionCountry(kb, place);
  if (region) return region;
  const bare = place.replace(DIVISION_WORD, '');
  const town = kb.cities(normalizeName(bare))[0];
  return town && (town.population ?? 0) >= TITLE_TOWN_POPULATION ? town.country : null;
}

/**
 * The country of a region of that name ("Puntland", "Kurdistan Region", "Borno State"); null for a town's name alone,
 * and for a name regions of several countries share ("Punjab": India's or Pakistan's, the story's context decides).
 */
export function regionCountry(kb: Knowledge, place: string, within?: string): string | null {
  if (!place) return null;
  const bare = place.replace(DIVISION_WORD, '');
  const isRegion = (p: PlaceEntry) => p.precision === 'region' && p.country !== null && p.country !== undefined;
  // the name as written first ("Kurdistan Region" is Iraq's, though Iran has a Kurdistan province), then without its
  // division word ("Florida Senator": a division far bigger than the towns of its name, knowledge/geonames.ts)
  const named = kb.places.lookup(place).filter(isRegion);
  const regions = named.length > 0 ? named : [...kb.places.lookup(bare), ...kb.divisionsOverTowns?.(normalizeName(bare)) ?? []].filter(isRegion);
  // ("Iraq's Kurdistan Region": the country owning it says which)
  if (within && regions.some((r) => r.country === within)) return within;
  const country = regions[0]?.country ?? null;
  return regions.every((r) => r.country === country) ? country : null;
}
