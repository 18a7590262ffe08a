import { cameoCountryCode } from './cameo-countries.ts';
import type { ActorEntry, PlaceEntry } from './types.ts';

/** The subset of the world-countries record we read. */
export interface CountryRecord {
  readonly cca2: string;
  readonly cca3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  readonly capital?: readonly string[];
  readonly latlng: readonly number[];
  readonly unMember?: boolean;
}

export interface CountryNames {
  readonly actors: Array<[alias: string, entry: ActorEntry]>;
  readonly places: Array<[alias: string, entry: PlaceEntry]>;
  readonly iso2to3: Map<string, string>;
}

// Two-letter alternative spellings such as "IQ" or "AD" would match ordinary words and
// abbreviations; only these are how news writes a country.
const SHORT_ALIASES_KEPT = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'KSA', 'U.S.', 'U.K.']);

/** Names, short forms and demonyms of every country, as actor and place aliases. */
export function countryNames(records: readonly CountryRecord[], extraAliases: Readonly<Record<string, unknown>>, isoNames: Readonly<Record<string, string | readonly string[]>> = {}): CountryNames {
  // ("Ecuadorian" beside world-countries' "Ecuadorean": data/actors/country-aliases.json `_demonyms`)
  const extraDemonyms = (extraAliases._demonyms ?? {}) as Readonly<Record<string, readonly string[]>>;
  const actors: Array<[string, ActorEntry]> = [];
  const places: Array<[string, PlaceEntry]> = [];
  const iso2to3 = new Map<string, string>();
  // UN members first, so a name shared with a territory ("French": France and French Guiana) means the state.
  const taken = new Set<string>();
  const ordered = [...records].sort((a, b) => Number(Boolean(b.unMember)) - Number(Boolean(a.unMember)));
  for (const c of ordered) {
    // coded as the CAMEO dictionaries code it (Kosovo KSV, not world-countries' UNK): data/actors/cameo-country-codes.tsv
    const code = cameoCountryCode(c.cca3);
    iso2to3.set(c.cca2, code);
    const base = { id: code, code, name: c.name.common, country: code, role: null, source: 'world-countries' } as const;
    const iso = isoNames[c.cca2] ?? [];
    const names = new Set([c.name.common, c.name.official, ...(typeof iso === 'string' ? [iso] : iso), ...((extraAliases[c.cca3] ?? []) as readonly string[])]);
    for (const alt of c.altSpellings) {
      if (alt.length > 3 || SHORT_ALIASES_KEPT.has(alt)) names.add(alt);
    }
    const place: PlaceEntry = { id: code, name: c.name.common, precision: 'country', country: code, lat: c.latlng[0] ?? null, lon: c.latlng[1] ?? null };
    for (const n of names) {
      if (taken.has(n.toLowerCase())) continue;
      taken.add(n.toLowerCase());
      actors.push([n, { ...base, kind: 'country', plural: false, modifier: true }]);
      places.push([n, place]);
    }
    for (const demonym of [c.demonyms?.eng?.m, ...(extraDemonyms[c.cca3] ?? [])]) {
      if (!demonym || taken.has(demonym.toLowerCase())) continue;
      taken.add(demonym.toLowerCase());
      actors.push([demonym, { ...base, kind: 'country', plural: false, modifier: true, demonym: true }]);
      // "Iraqis", "Americans": the people of the country.
      actors.push([demonym.endsWith('s') ? demonym : `${demonym}s`, { ...base, code: `${code}CVL`, kind: 'country', role: 'CVL', plural: true, modifier: false }]);
    }
  }
  // a region's adjective ("Caribbean", "Western"): a modifier coded by its CAMEO region, of no one country
  const regions = (extraAliases._regions ?? {}) as Readonly<Record<string, readonly string[]>>;
  const bodies = (extraAliases._region_bodies ?? {}) as Readonly<Record<string, string>>;
  for (const [code, adjectives] of Object.entries(regions)) {
    for (const adjective of adjectives) {
      if (taken.has(adjective.toLowerCase())) continue;
      taken.add(adjective.toLowerCase());
      actors.push([adjective, { id: code, code, name: adjective, country: null, role: null, source: 'country-aliases', kind: 'country', plural: false, modifier: true, demonym: true, region: true, ...(bodies[code] ? { body: bodies[code] } : {}) }]);
    }
  }
  return { actors, places, iso2to3 };
}
