import type { CueEntry, Lexicon, PlaceNoun } from './types.ts';
import { parseTsv } from './tsv.ts';
import { FURNITURE_KINDS, type FurnitureRow } from '../nlp/page-furniture.ts';
import { cameoCountryCode } from './cameo-countries.ts';

export interface LexiconFiles {
  readonly reportingVerbs: string;
  readonly modality: string;
  readonly clauseCues: string;
  readonly supportVerbs: string;
  readonly anaphors: string;
  readonly collectiveNames: string;
  readonly compassStates: string;
  readonly weaponNouns: string;
  readonly munitionNouns: string;
  readonly weaponVerbs: string;
  readonly contentNouns: string;
  readonly nationals: string;
  readonly offTopic: string;
  readonly stativeVerbs: string;
  readonly speechActs: string;
  readonly backgroundCues: string;
  readonly condemnationWords: string;
  readonly actNouns: string;
  readonly militaryActNouns?: string;
  readonly instrumentVerbs: string;
  readonly occurrenceVerbs: string;
  readonly recipientVerbs: string;
  readonly hearsayPassives: string;
  readonly undergoneActs: string;
  readonly givenNouns?: string;
  readonly protestEmblems: string;
  readonly thirdPartyParticiples: string;
  readonly leadingParticiples?: string;
  readonly givingParticiples: string;
  readonly orderingVerbs?: string;
  readonly adjectivalParticiples: string;
  readonly subjectActVerbs: string;
  readonly gerundVerbs: string;
  readonly speakersStanceActs?: string;
  readonly describedStateVerbs?: string;
  readonly holdingVerbs?: string;
  readonly sayingVehicles: string;
  readonly holderParticiples: string;
  readonly captorParticiples?: string;
  readonly titleNouns: string;
  readonly kinNouns: string;
  readonly claimNouns: string;
  readonly placeNouns: string;
  readonly divisionDesignations: string;
  readonly foreignPresenceNouns: string;
  readonly routeNouns: string;
  readonly topicAimVerbs: string;
  readonly topicActNouns: string;
  readonly siteNouns: string;
  readonly laidExplosives: string;
  readonly observingVerbs: string;
  readonly withheldThings: string;
  readonly publicServices: string;
  readonly speechObjects: string;
  readonly policeContextRoles: string;
  readonly custodyWords?: string;
  readonly outletWords: string;
  readonly intransitiveVerbs: string;
  readonly nationalBodies: string;
  readonly placeAnaphors: string;
  readonly borderPoints: string;
  readonly envoyNouns: string;
  readonly sideNouns?: string;
  readonly clubWords?: string;
  readonly documentNouns?: string;
  readonly stateBureauWords?: string;
  readonly givenNameGenders?: string;
  readonly languages?: string;
  readonly addressWords?: string;
  readonly frontLines?: string;
  readonly venueWords?: string;
  readonly blocSeats?: string;
  readonly followerNouns?: string;
  readonly relationalPeople?: string;
  readonly familyNameFirst?: string;
  readonly honorifics?: string;
  readonly hyphenTitles?: string;
  readonly tenureAdjectives?: string;
  readonly commonWordNames?: string;
  readonly nameParticles?: string;
  readonly measureWords?: string;
  readonly mutualFightNouns?: string;
  readonly durationEnds?: string;
  readonly bodySeats?: string;
  readonly foreignAffairsWords?: string;
  readonly sharedTitles?: string;
  readonly partyCreeds?: string;
  readonly officeTitles?: string;
  readonly retakingVerbs?: string;
  readonly partitiveWords?: string;
  readonly bareRefusals?: string;
  readonly seaNouns?: string;
  readonly tellingVerbs?: string;
  readonly townBodies?: string;
  readonly regionalHeads?: string;
  readonly regionNouns?: string;
  readonly presidingTitles?: string;
  readonly internationalTitles?: string;
  readonly attendantLinks?: string;
  readonly postedTitles?: string;
  readonly stateCollectiveNouns?: string;
  readonly nameCountries?: string;
  readonly countryTitleRoles?: string;
  readonly presencePrepositions: string;
  readonly tradedGoods: string;
  readonly pageFurniture?: string;
}

/** title → country → role (data/actors/country-title-roles.tsv). */
function countryTitleRoles(content: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const { cells } of parseTsv(content)) {
    const title = cells[0].toLowerCase().replace(/\s+/g, ' ');
    if (!out.has(title)) out.set(title, new Map());
    out.get(title)!.set(cells[1], cells[2]);
  }
  return out;
}

const cues = (content: string): CueEntry[] =>
  parseTsv(content).map(({ cells }) => ({ words: cells[0].split(' '), value: cells[1] }));

export function parseLexicon(files: LexiconFiles): Lexicon {
  return {
    reporting: new Map(parseTsv(files.reportingVerbs).map(({ cells }) => [cells[0], cells[1]])),
    modality: cues(files.modality),
    clauseCues: cues(files.clauseCues),
    supportVerbs: new Set(parseTsv(files.supportVerbs).filter(({ cells }) => !cells[1]).map(({ cells }) => cells[0])),
    supportVerbsVia: new Map(parseTsv(files.supportVerbs).filter(({ cells }) => cells[1]).map(({ cells }) => [cells[0], cells[1]])),
    anaphors: new Map(parseTsv(files.anaphors).map(({ cells }) => [cells[0], cells[1]])),
    collectiveNames: new Map(parseTsv(files.collectiveNames).map(({ cells }) => [cells[0], cells[1].split(' ')])),
    compassStates: new Map(parseTsv(files.compassStates).map(({ cells }) => [cells[0], cells[1].split(' ')])),
    weaponNouns: new Set(parseTsv(files.weaponNouns).map(({ cells }) => cells[0])),
    munitionNouns: new Set(parseTsv(files.munitionNouns).map(({ cells }) => cells[0])),
    weaponVerbs: new Set(parseTsv(files.weaponVerbs).map(({ cells }) => cells[0])),
    contentNouns: new Set(parseTsv(files.contentNouns).map(({ cells }) => cells[0])),
    stativeVerbs: new Set(parseTsv(files.stativeVerbs).map(({ cells }) => cells[0])),
    intransitiveVerbs: new Set(parseTsv(files.intransitiveVerbs).map(({ cells }) => cells[0])),
    speechActs: cues(files.speechActs),
    backgroundCues: cues(files.backgroundCues),
    condemnationWords: new Set(parseTsv(files.condemnationWords).filter(({ cells }) => !cells[1]).map(({ cells }) => cells[0])),
    presentingVerbs: new Set(parseTsv(files.condemnationWords).filter(({ cells }) => cells[1] === 'verb').map(({ cells }) => cells[0])),
    condemningVerbs: new Set(parseTsv(files.condemnationWords).filter(({ cells }) => cells[1] === 'condemning-verb').map(({ cells }) => cells[0])),
    actNouns: new Set(parseTsv(files.actNouns).map(({ cells }) => cells[0])),
    militaryActNouns: new Map(parseTsv(files.militaryActNouns ?? '').map(({ cells }) => [cells[0], cells[1] === 'part' || cells[1] === 'play' ? cells[1] : 'head'])),
    instrumentVerbs: new Set(parseTsv(files.instrumentVerbs).map(({ cells }) => cells[0])),
    occurrenceVerbs: new Map(parseTsv(files.occurrenceVerbs).map(({ cells }) => [cells[0], cells[1] === 'passive' ? 'passive' : 'active'])),
    recipientVerbs: new Map(parseTsv(files.recipientVerbs).map(({ cells }) => [cells[0], { giver: cells[1], types: new Set((cells[2] || 'AID|COOPERATE').split('|')) }])),
    hearsayPassives: new Map(parseTsv(files.hearsayPassives).map(({ cells }) => [cells[0], cells[1]])),
    undergoneActs: new Set(parseTsv(files.undergoneActs).filter(({ cells }) => cells[1] !== 'of').map(({ cells }) => cells[0])),
    ofUndergoneActs: new Set(parseTsv(files.undergoneActs).map(({ cells }) => cells[0])),
    givenNouns: new Map(parseTsv(files.givenNouns ?? '').map(({ cells }) => [cells[0], new Set(cells[1].split('|'))])),
    protestEmblems: new Set(parseTsv(files.protestEmblems).map(({ cells }) => cells[0])),
    thirdPartyParticiples: new Set(parseTsv(files.thirdPartyParticiples).map(({ cells }) => cells[0])),
    leadingParticiples: new Set(parseTsv(files.leadingParticiples ?? '').map(({ cells }) => cells[0])),
    givingParticiples: new Set(parseTsv(files.givingParticiples).map(({ cells }) => cells[0])),
    orderingVerbs: new Set(parseTsv(files.orderingVerbs ?? '').map(({ cells }) => cells[0])),
    adjectivalParticiples: new Set(parseTsv(files.adjectivalParticiples).map(({ cells }) => cells[0])),
    gerundParticiples: new Set(parseTsv(files.adjectivalParticiples).filter(({ cells }) => cells[1] === 'verb').map(({ cells }) => cells[0])),
    subjectActVerbs: new Set(parseTsv(files.subjectActVerbs).map(({ cells }) => cells[0])),
    gerundVerbs: new Set(parseTsv(files.gerundVerbs).map(({ cells }) => cells[0])),
    speakersStanceActs: new Set(parseTsv(files.speakersStanceActs ?? '').map(({ cells }) => cells[0])),
    describedStateVerbs: new Set(parseTsv(files.describedStateVerbs ?? '').map(({ cells }) => cells[0])),
    holdingVerbs: new Set(parseTsv(files.holdingVerbs ?? '').map(({ cells }) => cells[0])),
    sayingVehicles: new Set(parseTsv(files.sayingVehicles).map(({ cells }) => cells[0])),
    speakingDocuments: new Set(parseTsv(files.sayingVehicles).filter(({ cells }) => cells[1] === 'yes').map(({ cells }) => cells[0])),
    platforms: new Set(parseTsv(files.sayingVehicles).filter(({ cells }) => cells[2] === 'on').map(({ cells }) => cells[0])),
    holderParticiples: new Map(parseTsv(files.holderParticiples).map(({ cells }) => [cells[0], cells[1] || 'by'])),
    captorParticiples: new Set(parseTsv(files.captorParticiples ?? '').map(({ cells }) => cells[0])),
    titleNouns: new Set(parseTsv(files.titleNouns).map(({ cells }) => cells[0])),
    kinNouns: new Set(parseTsv(files.kinNouns).map(({ cells }) => cells[0])),
    claimNouns: new Map(parseTsv(files.claimNouns).map(({ cells }) => [cells[0], { certainty: cells[1], ownerless: cells[2] === 'outlet' ? null : cells[2] || 'alleged' }])),
    offTopic: new Map(parseTsv(files.offTopic).map(({ cells }) => [cells[0], cells[1]])),
    nationals: new Map(parseTsv(files.nationals).map(({ cells }) => [cells[0], cells[1] ?? ''])),
    placeNouns: parseTsv(files.placeNouns).map(({ cells }) => placeNoun(cells)),
    placeNounWords: new Set(parseTsv(files.placeNouns).map(({ cells }) => cells[0].toLowerCase())),
    siteNouns: new Map(parseTsv(files.siteNouns).map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'yes'])),
    topicAimVerbs: new Set(parseTsv(files.topicAimVerbs).map(({ cells }) => cells[0].toLowerCase())),
    topicActNouns: new Set(parseTsv(files.topicActNouns).map(({ cells }) => cells[0].toLowerCase())),
    foreignPresenceNouns: new Set(parseTsv(files.foreignPresenceNouns).map(({ cells }) => cells[0].toLowerCase())),
    routeNouns: new Set(parseTsv(files.routeNouns).map(({ cells }) => cells[0].toLowerCase())),
    laidExplosives: new Map(parseTsv(files.laidExplosives).map(({ cells }) => [cells[0].toLowerCase(), new Set((cells[1] ?? '').split('|').filter(Boolean))])),
    withheldThings: new Set(parseTsv(files.withheldThings).map(({ cells }) => cells[0])),
    publicServices: new Set(parseTsv(files.publicServices).map(({ cells }) => cells[0].toLowerCase())),
    speechObjects: new Map(parseTsv(files.speechObjects).map(({ cells }) => [cells[0], cells[1] === 'any' ? null : new Set(cells[1].split('|'))])),
    observingVerbs: new Map(parseTsv(files.observingVerbs).map(({ cells }) => [cells[0], cells[1] === 'bare' ? 'bare' : 'always'])),
    policeContextRoles: new Set(parseTsv(files.policeContextRoles).map(({ cells }) => cells[0].toLowerCase())),
    custodyWords: new Set(parseTsv(files.custodyWords ?? '').map(({ cells }) => cells[0].toLowerCase())),
    outletWords: outletWords(files.outletWords),
    // (made from GeoNames with world-countries' codes: read as the CAMEO codes places carry)
    borderPoints: new Map(parseTsv(files.borderPoints).map(({ cells }) => [`${cameoCountryCode(cells[0])}\t${cameoCountryCode(cells[1])}`, { lat: Number(cells[2]), lon: Number(cells[3]) }])),
    placeAnaphors: new Map(parseTsv(files.placeAnaphors).map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'region' || cells[1] === 'site' || cells[1] === 'any' ? cells[1] : 'city' as const])),
    nationalBodies: new Set(parseTsv(files.nationalBodies).map(({ cells }) => cells[0].toLowerCase().replace(/\s+/g, ' '))),
    envoyNouns: new Set(parseTsv(files.envoyNouns).map(({ cells }) => cells[0].toLowerCase())),
    sideNouns: new Set(parseTsv(files.sideNouns ?? '').map(({ cells }) => cells[0].toLowerCase())),
    frontLines: new Set(parseTsv(files.frontLines ?? '').map(({ cells }) => cells[0].toLowerCase())),
    blocSeats: new Map(parseTsv(files.blocSeats ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1]])),
    venueWords: new Set(parseTsv(files.venueWords ?? '').map(({ cells }) => cells[0].toLowerCase())),
    clubWords: new Map(parseTsv(files.clubWords ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'contest' ? 'contest' : 'supporters' as const])),
    documentNouns: new Set(parseTsv(files.documentNouns ?? '').map(({ cells }) => cells[0].toLowerCase())),
    stateBureauWords: new Set(parseTsv(files.stateBureauWords ?? '').map(({ cells }) => cells[0].toLowerCase())),
    givenNameGenders: new Map(parseTsv(files.givenNameGenders ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'female' ? 'female' : 'male'] as const)),
    addressWords: new Set(parseTsv(files.addressWords ?? '').map(({ cells }) => `${cells[0].toLowerCase()}\t${cells[1] === 'verb' ? 'verb' : 'noun'}`)),
    languages: new Set(parseTsv(files.languages ?? '').map(({ cells }) => cells[0].toLowerCase())),
    retakingVerbs: new Map(parseTsv(files.retakingVerbs ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'seized' ? 'seized' : 'back' as const])),
    partitiveWords: new Set(parseTsv(files.partitiveWords ?? '').map(({ cells }) => cells[0].toLowerCase())),
    bareRefusals: new Set(parseTsv(files.bareRefusals ?? '').map(({ cells }) => cells[0].toLowerCase())),
    followerNouns: new Set(parseTsv(files.followerNouns ?? '').map(({ cells }) => cells[0].toLowerCase())),
    sharedTitles: new Set(parseTsv(files.sharedTitles ?? '').map(({ cells }) => cells[0].toLowerCase())),
    partyCreeds: new Set(parseTsv(files.partyCreeds ?? '').map(({ cells }) => cells[0].toLowerCase())),
    officeTitles: new Map(parseTsv(files.officeTitles ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1]])),
    relationalPeople: new Map(parseTsv(files.relationalPeople ?? '').map(({ cells }) => [cells[0].toLowerCase(), { role: cells[1] ?? '', foreign: cells[2] === 'none' }])),
    mutualFightNouns: new Set(parseTsv(files.mutualFightNouns ?? '').map(({ cells }) => cells[0].toLowerCase())),
    foreignAffairsWords: new Set(parseTsv(files.foreignAffairsWords ?? '').map(({ cells }) => cells[0].toLowerCase())),
    bodySeats: new Map(parseTsv(files.bodySeats ?? '').map(({ cells }) => [cells[0].toLowerCase(), { city: cells[1], country: cells[2] }])),
    durationEnds: new Map(parseTsv(files.durationEnds ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'after' || cells[1] === 'before' ? cells[1] : 'both' as const])),
    honorifics: new Set(parseTsv(files.honorifics ?? '').map(({ cells }) => cells[0].toLowerCase())),
    tenureAdjectives: new Set(parseTsv(files.tenureAdjectives ?? '').map(({ cells }) => cells[0].toLowerCase())),
    commonWordNames: new Set(parseTsv(files.commonWordNames ?? '').map(({ cells }) => cells[0].toLowerCase())),
    hyphenTitles: new Map(parseTsv(files.hyphenTitles ?? '').map(({ cells }) => [cells[0].toLowerCase(), (cells[1] ?? cells[0]).toLowerCase()])),
    measureWords: {
      verbs: new Set(parseTsv(files.measureWords ?? '').filter(({ cells }) => cells[1] === 'verb').map(({ cells }) => cells[0].toLowerCase())),
      nouns: new Set(parseTsv(files.measureWords ?? '').filter(({ cells }) => cells[1] === 'noun').map(({ cells }) => cells[0].toLowerCase())),
    },
    nameParticles: new Map(parseTsv(files.nameParticles ?? '').map(({ cells }) => [cells[0].toLowerCase(), cells[1] === 'space' ? 'space' : 'hyphen' as const])),
    familyNameFirst: new Set(parseTsv(files.familyNameFirst ?? '').map(({ cells }) => cells[0].toUpperCase())),
    tradedGoods: new Set(parseTsv(files.tradedGoods).map(({ cells }) => cells[0].toLowerCase())),
    pageFurniture: parseTsv(files.pageFurniture ?? '').filter(({ cells }) => (FURNITURE_KINDS as readonly string[]).includes(cells[0])).map(({ cells }) => ({ kind: cells[0] as FurnitureRow['kind'], phrase: cells[1].toLowerCase() })),
    seaNouns: new Map(parseTsv(files.seaNouns ?? '').map(({ cells }) => [cells[0].toLowerCase().replace(/\s+/g, ' '), cells[1] === 'force' ? 'force' : 'vessel' as const])),
    tellingVerbs: new Set(parseTsv(files.tellingVerbs ?? '').map(({ cells }) => cells[0].toLowerCase())),
    townBodies: new Set(parseTsv(files.townBodies ?? '').map(({ cells }) => cells[0].toLowerCase().replace(/\s+/g, ' '))),
    countryTitleRoles: countryTitleRoles(files.countryTitleRoles ?? ''),
    regionalHeads: new Set(parseTsv(files.regionalHeads ?? '').map(({ cells }) => cells[0].toLowerCase().replace(/\s+/g, ' '))),
    regionNouns: new Map(parseTsv(files.regionNouns ?? '').map(({ cells }) => [cells[0].toLowerCase().replace(/\s+/g, ' '), cells[1] === '-' ? '' : cells[1]])),
    presidingTitles: wordSet(files.presidingTitles), internationalTitles: wordSet(files.internationalTitles), attendantLinks: wordSet(files.attendantLinks), postedTitles: wordSet(files.postedTitles),
    stateCollectiveNouns: wordSet(files.stateCollectiveNouns), nameCountries: wordSet(files.nameCountries),
    presencePrepositions: new Set(parseTsv(files.presencePrepositions).map(({ cells }) => cells[0].toLowerCase())),
    divisionDesignations: new Map(parseTsv(files.divisionDesignations).map(({ cells }) => [cells[0].toLowerCase(), new Set(cells[1].split(/\s+/))])),
  };
}

function placeNoun(cells: string[]): PlaceNoun {
  const precision = cells[1] === 'site' || cells[1] === 'region' ? cells[1] : 'city';
  const position = cells[2] === 'after' || cells[2] === 'both' || cells[2] === 'head' ? cells[2] : 'of';
  return { noun: cells[0].toLowerCase(), precision, position };
}

function outletWords(content: string): Map<string, Set<'first' | 'last' | 'of'>> {
  const out = new Map<string, Set<'first' | 'last' | 'of'>>();
  for (const { cells } of parseTsv(content)) {
    const set = out.get(cells[0]) ?? new Set<'first' | 'last' | 'of'>();
    set.add(cells[1] === 'first' || cells[1] === 'of' ? cells[1] : 'last');
    out.set(cells[0], set);
  }
  return out;
}

/** The first column of a one-word-or-phrase list, lower case, spaces single. */
const wordSet = (file: string | undefined): ReadonlySet<string> => new Set(parseTsv(file ?? '').map(({ cells }) => cells[0].toLowerCase().replace(/\s+/g, ' ')));
