import type { PloverType } from '../schema/event.ts';
import type { PhraseIndex } from './phrase-index.ts';
import type { CueEntry, PlaceNoun, RecipientVerb, RelationalPerson } from './lexicon-entries.ts';
export type { CueEntry, PlaceNoun, RecipientVerb, RelationalPerson } from './lexicon-entries.ts';
// 'blocker' entries stop a shorter alias from matching inside a longer name ("Latin America" is not USA).
export type ActorKind = 'country' | 'group' | 'organization' | 'person' | 'metonym' | 'blocker';

export interface ActorEntry {
  readonly id: string;
  /** Canonical code: ISO alpha-3 (+ CAMEO role), or a group id such as "kataib-hezbollah". */
  readonly code: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly role: string | null;
  readonly plural: boolean;
  /** "Iraqi", "US": a modifier that combines with a role noun ("Iraqi forces" → IRQMIL). */
  readonly modifier: boolean;
  /** "Russian", "Iraqi": an adjective, which names the state only before a role, a weapon or an event noun. */
  readonly demonym?: boolean;
  readonly region?: boolean; // "Caribbean", "Western": a region's adjective (CAMEO region code), an actor only before a noun it names the side of
  readonly body?: string; // a region's own body ("European Union" for "European"), whose offices its adjective names
  readonly parent?: string;
  readonly from?: string;
  readonly to?: string | null;
  readonly title?: string;
  /** Codes that hold over date ranges (imported dictionaries); `code` is then the undated or first one. */
  readonly dated?: readonly DatedCode[];
  readonly source: string;
}
export interface DatedCode {
  readonly code: string;
  readonly from: string | null; // ISO date the code starts to hold (inclusive), or null for "since ever"
  readonly to: string | null; // ISO date the code stops holding (inclusive), or null for "still"
}

export interface RoleEntry {
  readonly phrase: string;
  readonly role: string;
  readonly plural: boolean;
  readonly kind: string;
  /** The file it came from (roles.tsv, or the imported agents). */
  readonly source?: string;
  /** The one country whose office it is ("Taoiseach": IRL), where the title names it alone. */
  readonly country?: string;
}

export type PlacePrecision = 'site' | 'city' | 'region' | 'country';
export interface PlaceEntry {
  readonly id: string;
  readonly name: string;
  readonly precision: PlacePrecision;
  readonly country: string | null; // ISO alpha-3
  readonly admin1?: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population?: number;
}

export interface CameoInfo {
  readonly code: string;
  readonly type: PloverType;
  readonly mode: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly description: string;
}

/** One token position of a pattern: the lemmas it accepts, and whether a `*` gap may precede it. */
export interface PatternStep {
  readonly lemmas: readonly string[];
  readonly gapBefore: boolean;
}
export interface EventPattern {
  readonly id: string; // "verbs.tsv:42 fire rocket at"
  readonly kind: 'verb' | 'noun';
  readonly steps: readonly PatternStep[];
  readonly cameo: string;
  readonly requiresObject: boolean;
  /** An event only with a munition or an act as the verb's subject (`instrument`: "a shell slammed into a house"). */
  readonly requiresInstrument?: boolean;
  /** A noun that is an event only where a verb of happening or a toll states it (`stated`: "war broke out"). */
  readonly requiresStatement?: boolean;
  readonly requiresPlace?: boolean; // `place`: only with a named place as the verb's object or passive subject ("captured Bakhmut")
  readonly requiresStay?: boolean; // `stay`: only as a visitor's dated stay in another country ("was in Eritrea last week")
  readonly requiresActive?: boolean; // `active`: only in the active voice ("was flown to The Hague" is carried)
  readonly requiresNegation?: boolean; // `negated`: only under a negation the idiom owns ("will not stand idly by")
  readonly requiresCallee?: boolean; // `callee`: only with a political person or state called, and no predicate ("called Macron on Tuesday", not "called Macron a liar")
  readonly particleMoved?: true; // a phrasal verb's row read with its particle after the object (separable-particles.ts)
  // `spoken`: a warning made by saying it, its "will" no plan ("will take all necessary measures"); `announced`: only as an act still to come ("would respond to the strikes")
  readonly spoken?: boolean; readonly requiresAnnouncement?: boolean;
  // `ongoing:T`: ends an act of type T under way; a planned one called off is that act, called off (core/called-off-plan.ts)
  readonly requiresOngoing?: boolean; readonly calledOffType?: PloverType;
  readonly type?: PloverType; // the PLOVER type where the row names its own (`type:RETREAT`), else the crosswalk's type of the code
}

/** A trigger word's other sense, decided by its neighbours ("campaign" near "vaccination" is no offensive). */
export interface SenseRule {
  readonly id: string;
  readonly word: string;
  /** Where the argument is: a word before, after or near the trigger, the kind of the event's actor, the verb an event noun hangs on, the head word of a verb trigger's subject or object, or how the act names two partners. */
  readonly side: 'before' | 'after' | 'near' | 'sentence' | 'actor' | 'verb' | 'governor' | 'subject' | 'object' | 'partners' | 'target' | 'landing' | 'article' | 'unarmed-article' | 'agent';
  readonly args: ReadonlySet<string>;
  /** The CAMEO code of the event it then is, null for no event, or '=' to keep the pattern's own reading (rows after it do not apply). */
  readonly cameo: string | null;
  /** The PLOVER type the trigger must have for the row to apply (column `when`), or null for any. */
  readonly when: string | null;
  /** A second condition that must hold too (side `actor&object`, args `organization & *`): its side and args. */
  readonly also?: Pick<SenseRule, 'side' | 'args'>;
}

export interface Lexicon {
  /** Reporting verb lemma → certainty it gives to what it reports ("say" → claimed, "allege" → alleged). */
  readonly reporting: ReadonlyMap<string, string>;
  readonly modality: readonly CueEntry[];
  /** Clause openers ("if") and cancelling verbs ("call off"). */
  readonly clauseCues: readonly CueEntry[];
  readonly supportVerbs: ReadonlySet<string>;
  /** Verbs whose subject does the act noun their preposition governs ("responded with airstrikes" → "with"). */
  readonly supportVerbsVia: ReadonlyMap<string, string>;
  readonly anaphors: ReadonlyMap<string, string>; // "the group" → group, "he" → person
  readonly collectiveNames: ReadonlyMap<string, readonly string[]>; // "the two koreas" → KOR, PRK (collective-names.tsv)
  readonly compassStates: ReadonlyMap<string, readonly string[]>; // "the North" → PRK where named (compass-states.tsv)
  /** Nouns that make a demonym a military actor: "Russian missiles", "Israeli jets". */
  readonly weaponNouns: ReadonlySet<string>;
  /** What is fired or dropped and lands where it hits: "a rocket slammed into a school" (data/lexicon/munition-nouns.tsv). */
  readonly munitionNouns: ReadonlySet<string>;
  /** What an act or a weapon does by itself: "a car bomb killed 12", "a drone attacked a depot" (data/lexicon/weapon-verbs.tsv). */
  readonly weaponVerbs: ReadonlySet<string>;
  /** Nouns whose "that" clause tells their content ("reports that ..."), never an object gap (data/lexicon/content-nouns.tsv). */
  readonly contentNouns: ReadonlySet<string>;
  /** Nouns that make a demonym name its country ("a French researcher" → FRA), with an optional role. */
  readonly nationals: ReadonlyMap<string, string>;
  /** Sport, market and weather words: figurative "attacks" live among them. */
  readonly offTopic: ReadonlyMap<string, string>;
  /** Relations that a present-tense relative clause describes rather than reports ("which is backed by"). */
  readonly stativeVerbs: ReadonlySet<string>;
  /** verbs read without an object: a coordinated verb's object is not theirs ("returned and counted the bodies") */
  readonly intransitiveVerbs: ReadonlySet<string>;
  /** Speech-act cues before an event verb ("vowed to", "must", "refused to") → act class; see core/speech-acts.ts. */
  readonly speechActs: readonly CueEntry[];
  /** Habitual and durative cues ("have repeatedly", "since 1964") → where they sit; see core/background.ts. */
  readonly backgroundCues: readonly CueEntry[];
  /** Words that condemn what they describe ("was a war crime", "is illegal"); see core/speech-acts.ts. */
  readonly condemnationWords: ReadonlySet<string>;
  /** Verbs that say what an act is, as a copula does ("the attack shows the cowardice of ..."); same file. */
  readonly presentingVerbs: ReadonlySet<string>;
  /** Verbs that condemn the act they have as subject ("the strikes violated Syria's sovereignty"); same file. */
  readonly condemningVerbs: ReadonlySet<string>;
  readonly actNouns: ReadonlySet<string>; // Nouns that name an act and so are never its target ("exchanged fire", "launched an operation")
  readonly militaryActNouns: ReadonlyMap<string, 'head' | 'part' | 'play'>; // "Israeli shelling" → ISRMIL (military-act-nouns.tsv)
  /** Verbs whose weapon object is the means, not the target ("fired rockets at X"). */
  readonly instrumentVerbs: ReadonlySet<string>;
  /** Verbs of happening ("broke out", "took place", passive "was held"): their event-noun subject happened; see core/stated-occurrence.ts. */
  readonly occurrenceVerbs: ReadonlyMap<string, 'active' | 'passive'>;
  /** Verbs of receiving or undergoing, with the preposition that names the giver ("received tanks from Poland") and the event types they take; see tree-roles/recipient-subject.ts. */
  readonly recipientVerbs: ReadonlyMap<string, RecipientVerb>;
  /** Verbs whose passive passes on what nobody named says or believes ("is said to have fired", "it is believed that"); see provenance/impersonal-passive.ts. */
  readonly hearsayPassives: ReadonlyMap<string, string>;
  /** Act nouns whose possessor or "of" noun undergoes the act ("Navalny's arrest", "the release of the hostages"). */
  readonly undergoneActs: ReadonlySet<string>;
  readonly ofUndergoneActs: ReadonlySet<string>; // the above, and acts whose possessor does them ("Russia's shelling of Kharkiv"): its "of" noun
  readonly givenNouns: ReadonlyMap<string, ReadonlySet<string>>; // what one side gives another ("support for Kyiv"), by its recipient's prepositions
  /** What a protest carries or holds ("slogans", "flags", "rally"): a name modifying it is whose side it is on. */
  readonly protestEmblems: ReadonlySet<string>;
  readonly thirdPartyParticiples: ReadonlySet<string>; // whose "by" is a third party to the act noun ("talks mediated by Qatar"): data/lexicon/third-party-participles.tsv
  readonly leadingParticiples?: ReadonlySet<string>; // whose "by" is who leads a crowd or force in the act ("a march led by"): data/lexicon/leading-participles.tsv
  readonly orderingVerbs?: ReadonlySet<string>; // whose object with a past participle undergoes what the order makes happen ("ordered him held"): data/lexicon/ordering-verbs.tsv
  readonly givingParticiples: ReadonlySet<string>; // whose "by" gave the thing they describe ("tanks supplied by Poland"): giving-participles.tsv
  readonly adjectivalParticiples: ReadonlySet<string>; // -ing forms describing the noun after them ('met visiting minister X'): adjectival-participles.tsv
  readonly gerundParticiples?: ReadonlySet<string>; // ... of those, the verbs after 'deny', 'consider' ('denied escalating attacks'): its `verb` rows
  readonly subjectActVerbs: ReadonlySet<string>; // a past form after a noun is its act, no passive: 'after fans fought' (subject-act-verbs.tsv)
  readonly gerundVerbs: ReadonlySet<string>; // -ing complement with an object: 'denied targeting civilians' (gerund-verbs.tsv)
  readonly speakersStanceActs: ReadonlySet<string>; // 'said the vote was illegitimate and demanded ...' (speakers-stance-acts.tsv)
  readonly holdingVerbs?: ReadonlySet<string>; // 'Russia occupies a fifth of Ukraine': a holding now, no act (holding-verbs.tsv)
  readonly describedStateVerbs?: ReadonlySet<string>; // 'said the province needed funds and criticized ...' (described-state-verbs.tsv)
  /** What something is said in ("in a statement"): data/lexicon/saying-vehicles.tsv */
  readonly sayingVehicles: ReadonlySet<string>;
  readonly speakingDocuments: ReadonlySet<string>; // Of those, documents that speak for their issuer ("The statement said")
  readonly platforms?: ReadonlySet<string>; // Of those, online platforms a thing is told on ("on social media", "on Telegram")
  /** Participles whose "by" (or other preposition: lemma → it) names the holder ("positions held by X"): data/lexicon/holder-participles.tsv */
  readonly holderParticiples: ReadonlyMap<string, string>;
  readonly captorParticiples?: ReadonlySet<string>; // "hostages held|kidnapped by X": X holds them, data/lexicon/captor-participles.tsv
  /** Nouns of an office that acts for the group its "of" names ("the head of the IAEA"): data/lexicon/title-nouns.tsv */
  readonly titleNouns: ReadonlySet<string>;
  readonly kinNouns: ReadonlySet<string>; // Nouns of kinship ("his daughter"): a relative, no participant for the owner
  /** Nouns of saying whose "that" clause tells what their owner says, with the certainty they give (data/lexicon/claim-nouns.tsv). */
  readonly claimNouns: ReadonlyMap<string, { readonly certainty: string; readonly ownerless: string | null }>;
  /** Nouns that make the name beside them a place ("the village of X", "X district"): data/lexicon/place-nouns.tsv */
  readonly placeNouns: readonly PlaceNoun[];
  /** The nouns of `placeNouns` alone ("neighbourhood", "district"), for "the X and Y neighbourhoods of Z". */
  readonly placeNounWords: ReadonlySet<string>;
  /** The word for a country's first-level divisions → the countries that use it ("state": NGA, IND, ...): data/places/division-designations.tsv */
  readonly divisionDesignations: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns after which a country names its presence abroad ("the U.S. embassy"): data/lexicon/foreign-presence-nouns.tsv */
  readonly foreignPresenceNouns: ReadonlySet<string>;
  /** Nouns of routes a pair of towns can name ("the Kabul-Kandahar highway"): data/lexicon/route-nouns.tsv */
  readonly routeNouns: ReadonlySet<string>;
  /** Verbs whose purpose clause is a topic ("to protest the war in Gaza"): data/lexicon/topic-aim-verbs.tsv */
  readonly topicAimVerbs: ReadonlySet<string>;
  /** Nouns of acts a protest or statement is about ("against the war in Ukraine"): data/lexicon/topic-act-nouns.tsv */
  readonly topicActNouns: ReadonlySet<string>;
  /** Nouns of a site named by description ("at the airport") → whether it stands without "the": data/lexicon/site-nouns.tsv */
  readonly siteNouns: ReadonlyMap<string, boolean>;
  /** Explosives someone meets ("a roadside bomb", "a landmine") → the modifiers a general word needs: data/lexicon/laid-explosives.tsv */
  readonly laidExplosives: ReadonlyMap<string, ReadonlySet<string>>;
  /** Verbs of taking note of an act ("reported shelling", "recorded violations") → 'bare' when only an objectless gerund is observed: data/lexicon/observing-verbs.tsv */
  readonly observingVerbs: ReadonlyMap<string, 'bare' | 'always'>;
  readonly withheldThings: ReadonlySet<string>; // what "deny" withholds, denying no claim ("denied them the right to march"): data/lexicon/withheld-things.tsv
  readonly publicServices: ReadonlySet<string>; // cut for everyone ("shut down the internet"): data/lexicon/public-services.tsv
  /** Nouns that are object enough for a row that wants one, with the types whose rows take them (null: any); data/lexicon/speech-objects.tsv. */
  readonly speechObjects: ReadonlyMap<string, ReadonlySet<string> | null>;
  readonly policeContextRoles: ReadonlySet<string>; // "officers", "agents" name the police in a police story: data/lexicon/police-context-roles.tsv
  readonly custodyWords?: ReadonlySet<string>; // "prison", "detainees": bare "guards" are the state's there: data/lexicon/custody-words.tsv
  /** Words that make a capitalised name a news outlet ("Times", "Tribune", "Daily") → where they stand: data/lexicon/outlet-words.tsv */
  readonly outletWords: ReadonlyMap<string, ReadonlySet<'first' | 'last' | 'of'>>;
  /** Institutions of a state as a whole, which speak from its seat ("the foreign ministry"): data/lexicon/national-bodies.tsv */
  readonly nationalBodies: ReadonlySet<string>;
  /** Forces of the sea and vessels ("coast guard", "tanker") → which: acts by the one or on the other are at sea: data/lexicon/sea-nouns.tsv */
  readonly seaNouns: ReadonlyMap<string, 'force' | 'vessel'>;
  /** Verbs of telling whose passive subject is the hearer ("was told that"): telling-verbs.tsv */ readonly tellingVerbs?: ReadonlySet<string>;
  /** Lemmas of a town's own bodies ("police", "prosecutor", "city hall"), which a town's name before them makes its: data/lexicon/town-bodies.tsv */
  readonly townBodies: ReadonlySet<string>;
  /** Titles of a region's own executive ("president", "chief minister"), a region's only after a region's name: data/lexicon/regional-heads.tsv */
  readonly regionalHeads?: ReadonlySet<string>; /** Regions of many states or none → their code ('' none): region-nouns.tsv */ readonly regionNouns?: ReadonlyMap<string, string>;
  /** Titles of who presides over a body ("president", "speaker"): after a chamber, that chamber's: data/lexicon/presiding-titles.tsv */
  readonly presidingTitles?: ReadonlySet<string>;
  /** An international organisation's officers' titles ("the special envoy"): data/lexicon/international-titles.tsv. */
  readonly internationalTitles?: ReadonlySet<string>;
  /** Words and links of those who serve or stand close to an office ("aide to", "sources close to"): data/lexicon/attendant-links.tsv */
  readonly attendantLinks?: ReadonlySet<string>;
  /** Titles of a state's people posted abroad ("ambassador", "envoy"): no country from where they sit: data/lexicon/posted-titles.tsv */
  readonly postedTitles?: ReadonlySet<string>;
  /** Nouns of a collective that names states ("the two countries", "both nations"): data/lexicon/state-collective-nouns.tsv */
  readonly stateCollectiveNouns?: ReadonlySet<string>;
  /** Countries whose names are also given names ("Chad", "Kenya", "Israel"): data/lexicon/name-countries.tsv */
  readonly nameCountries?: ReadonlySet<string>;
  /** A title's side in one country ("defence chief" → USA → GOV): data/actors/country-title-roles.tsv */
  readonly countryTitleRoles?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Nouns that refer back to a named place after "the" ("the town") → the antecedent's precision: data/lexicon/place-anaphors.tsv */
  readonly placeAnaphors: ReadonlyMap<string, 'city' | 'region' | 'site' | 'any'>;
  /** "SIDE\tNEIGHBOUR" → a point near that border on that side: data/places/border-points.tsv (scripts/border-points.ts) */
  readonly borderPoints: ReadonlyMap<string, { readonly lat: number; readonly lon: number }>;
  /** The people a group sends to talk ("delegation", "negotiators"), no forces of it: data/lexicon/envoy-nouns.tsv */
  readonly envoyNouns: ReadonlySet<string>;
  /** Collective anaphors' nouns for the sides of a conflict or talks ("both sides"): data/lexicon/side-nouns.tsv */
  readonly sideNouns?: ReadonlySet<string>;
  /** Words around which a town's name names a sports club (club-words.tsv) or, before them, a text (document-nouns.tsv); words making an unknown "… Bureau" a state's office (state-bureau-words.tsv); given names' usual gender (given-name-genders.tsv). */
  readonly clubWords?: ReadonlyMap<string, 'contest' | 'supporters'>; readonly documentNouns?: ReadonlySet<string>; readonly stateBureauWords?: ReadonlySet<string>; readonly givenNameGenders?: ReadonlyMap<string, 'male' | 'female'>;
  readonly languages?: ReadonlySet<string>; // Names of languages, no towns ("said in English"): data/lexicon/languages.tsv
  /** "WORD\tnoun|verb": speaking to a body ("a speech to parliament", "told the Senate"): data/lexicon/address-words.tsv */
  readonly addressWords?: ReadonlySet<string>;
  readonly frontLines?: ReadonlySet<string>; // The line two warring sides hold ("contact line", "front line"): data/lexicon/front-lines.tsv
  readonly venueWords?: ReadonlySet<string>; // Words of a meeting whose "in"/"at" place is only its venue ("met in Geneva"): data/lexicon/venue-words.tsv
  readonly blocSeats?: ReadonlyMap<string, string>; // A bloc's seat (lower case) → the bloc's name ("brussels" → European Union): data/lexicon/bloc-seats.tsv
  readonly followerNouns?: ReadonlySet<string>; // A side's following, no part of it ("supporters of the president"): data/lexicon/follower-nouns.tsv
  readonly relationalPeople?: ReadonlyMap<string, RelationalPerson>; // People named by their relation to another ("his rival", "their captors"): data/lexicon/relational-people.tsv
  readonly familyNameFirst?: ReadonlySet<string>; // Countries whose people's names put the family name first ("Yoon Suk Yeol"): data/lexicon/family-name-first.tsv
  readonly honorifics?: ReadonlySet<string>; // words of address or rank before a name ("Prince"): data/lexicon/honorifics.tsv
  readonly hyphenTitles?: ReadonlyMap<string, string>; // hyphened titles read as one noun, form → lemma ("secretary-general"): data/lexicon/hyphen-titles.tsv
  readonly tenureAdjectives?: ReadonlySet<string>; // adjectives of a term in office before a nationality or title ("outgoing"): data/lexicon/tenure-adjectives.tsv
  readonly commonWordNames?: ReadonlySet<string>; // names that are also common words ("Bill", "Said"): data/lexicon/common-word-names.tsv
  readonly nameParticles?: ReadonlyMap<string, 'hyphen' | 'space'>; // particles inside names ("el-Sissi"): data/lexicon/name-particles.tsv
  readonly measureWords?: { readonly verbs: ReadonlySet<string>; readonly nouns: ReadonlySet<string> }; // "suspended it" after "the strike": data/lexicon/measure-words.tsv
  readonly mutualFightNouns?: ReadonlySet<string>; // Nouns of a fight where both sides use force ("clash"): data/lexicon/mutual-fight-nouns.tsv
  readonly durationEnds?: ReadonlyMap<string, 'before' | 'after' | 'both'>; // Words that put a stretch's end on a day ("ended a two-day visit"): data/lexicon/duration-ends.tsv
  readonly officeTitles?: ReadonlyMap<string, string>; // The office a title names ("ambassador" and "envoy" one, "secretary" another): data/lexicon/office-titles.tsv
  readonly partyCreeds?: ReadonlySet<string>; // Words that make an unknown body before a title a party ("Social Democrat leader"): data/lexicon/party-creeds.tsv
  readonly sharedTitles?: ReadonlySet<string>; // Titles any body gives its officers, a club's or a firm's as a state's ("president"): data/lexicon/shared-titles.tsv
  readonly bodySeats?: ReadonlyMap<string, { readonly city: string; readonly country: string }>; // Bodies spoken to and their seats ("the UN General Assembly"): data/lexicon/body-seats.tsv
  readonly bareRefusals?: ReadonlySet<string>; // Refusal verbs that refuse alone ("but New Delhi refused"): data/lexicon/bare-refusals.tsv
  readonly partitiveWords?: ReadonlySet<string>; // A share of a whole named by its "of" ("most of Goma"): data/lexicon/partitive-words.tsv
  readonly retakingVerbs?: ReadonlyMap<string, 'back' | 'seized'>; // Verbs of taking ground, back or seized ("liberated the town"): data/lexicon/retaking-verbs.tsv
  readonly foreignAffairsWords?: ReadonlySet<string>; // Speakers for a state abroad ("the U.S. embassy"), of no "the country": data/lexicon/foreign-affairs-words.tsv
  readonly presencePrepositions: ReadonlySet<string>; // Words after an act verb that put its actor there in person ("protested outside"): data/lexicon/presence-prepositions.tsv
  readonly pageFurniture?: ReadonlyArray<import('../nlp/page-furniture.ts').FurnitureRow>; // Lines that are no part of the story ("RELATED: ...", photo credits): data/lexicon/page-furniture.tsv
  readonly tradedGoods: ReadonlySet<string>; // Goods a demonym before them names the trading country of ("Japanese seafood"): data/lexicon/traded-goods.tsv
}
export interface Knowledge {
  readonly senses: ReadonlyMap<string, readonly SenseRule[]>; // word senses by trigger lemma (data/patterns/argument-senses.tsv)
  /** The CAMEO code a planned act takes, by the act's CAMEO prefix (data/ontology/planned-intent.tsv). */
  readonly plannedIntent?: ReadonlyMap<string, string>;
  readonly actors: PhraseIndex<ActorEntry>;
  readonly officeHolders: ReadonlyMap<string, readonly ActorEntry[]>; // leaders by "ISO3:title" ("USA:president"), with dates in office
  readonly roles: PhraseIndex<RoleEntry>;
  /** Imported sector nouns (Phoenix agents): actors only after a country ("Sudanese peasants" → SDNAGR). */
  readonly agents?: PhraseIndex<RoleEntry>;
  readonly places: PhraseIndex<PlaceEntry>;
  /** GeoNames cities by normalised name ("tripoli" → Libya's and Lebanon's). */
  readonly cities: (normalizedName: string) => readonly PlaceEntry[];
  /** GeoNames cities a name not listed may be another spelling of ("hodeidah" → Al Hudaydah): knowledge/geonames.ts. */
  readonly citiesSpeltLike?: (normalizedName: string) => readonly PlaceEntry[];
  /** First-level divisions far bigger than the towns that share their bare name ("florida"): knowledge/geonames.ts. */
  readonly divisionsOverTowns?: (normalizedName: string) => readonly PlaceEntry[];
  readonly countries: ReadonlyMap<string, PlaceEntry>;
  readonly patterns: ReadonlyMap<string, readonly EventPattern[]>;
  readonly ontology: ReadonlyMap<string, CameoInfo>;
  readonly lexicon: Lexicon;
}
