import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { homeOfDomesticAct, nationalMeasure } from '../resolve/home-place.ts';
import { placeHangsOnTrigger, placeHangsViaSubject, visitDestination } from '../resolve/place-attachment.ts';
import { placeFromStory } from '../resolve/story-place.ts';
import { addressedSites } from '../resolve/site-phrases.ts';
import { addressedBodies, addressOfTrigger } from '../resolve/body-seats.ts';
import { compassParts } from '../resolve/compass-parts.ts';
import { tokenAt } from '../resolve/token-map.ts';
import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';
import { hasLandmark, LANDMARK_RULE, namesTargetFacility, NEAR_PARTICIPANT, nearParticipant, placeFor, TOWN_OF_SITE, townOfSite } from './attach.ts';
import { paragraphPlace } from './paragraph-place.ts';
import { contentHead, dominatedBy, filedFrom, landsOnCountry, objectOwner, onRequestedThing, ownLegislature, REQUESTED_THING, SPEECH_CONTENT, SPOKEN_FROM, stayHost, SUBJECT_ORIGIN } from './event-place-parts.ts';
import type { Lexicon } from '../knowledge/types.ts';
import { inOtherClause, inSourcePhrase } from './clause-places.ts';
import { inTopicAct } from './topic-places.ts';
import { filterPlaces, type PlaceFilter } from './place-filters.ts';
import { governingStateCity, standsForState } from './state-metonym.ts';
import { purposeGovernorPlace, withoutAimPlaces } from './purpose-place.ts';
import { upperSubjectHolding } from './speakers-seat.ts';
import { opensNewScene } from './new-scene.ts';
import { capitalName, namesCapital } from '../resolve/capital-phrases.ts';
import { speakersState } from './speaker-place.ts';
import { isProposerAfterFrom, STANCE_NOUNS } from '../resolve/proposer.ts';
import { EXAMPLE_OF_WIDER, isExampleOfWider, listedPlacesCountry } from './listed-places.ts';
import { describesListedMember } from './member-places.ts';
import { whereTargetWas } from './gathered-target.ts';
import { isListedPartOfWhole } from './parts-of-whole.ts';
import { actAtSea } from './sea-acts.ts';
import { inSpeechOpener, SPEECH_OPENER } from './speech-opener-place.ts';
import type { TownBody } from '../resolve/town-bodies.ts';
import { onSidelinesOfGathering, SIDELINE_PLACE_RULE } from './sideline-place.ts';
import { actedForLeadState, LEAD_STATE_RULE } from './lead-state-acts.ts';
import { BESIDE_ACT_NOUN, nounIsSubject } from './places-fit.ts';
import { retellsOccurrence } from './occurrence-relative.ts';

// Where one event happened, by six rules in order; the first that gives a place decides:
//   1. a place its sentence states for it ("shelled Kharkiv", "a rally in Minsk"), nearest the trigger, not one of
//      its aim ("a sit-in to protest the war in Gaza"); an aim's act happens where its governor does (purpose-place.ts);
//      where no name is stated, a site named by description ("a sit-in at the airport");
//   2. a visit's destination ("a three-day visit to Ethiopia"), even one that is its target;
//   3. its paragraph's setting, for a later sentence that names no place ("In August near Kabul, ... Another
//      killed three contractors"; paragraph-place.ts);
//   4. the story's opening place, for a material act of the lead or of a sentence that names none;
//   5. the dateline city, for a material act told as done ("KABUL, Afghanistan (AP) — A bomber killed 12 people");
//   6. a state's domestic act with nothing stated happened at home ("Burma has freed 20 prisoners").

export interface StoryPlaces {
  /** Places of the article, with capitals named by their country ("the nation's capital"). */
  readonly places: readonly PlaceMention[];
  /** Where the story's opening sentences put its news (resolve/story-place.ts). */
  readonly lead: PlaceMention | null;
  /** The country most places of the article are in. */
  readonly fallback: PlaceEntry | null;
  readonly countries: ReadonlyMap<string, PlaceEntry>;
  /** The city of the story's dateline ("KABUL, Afghanistan (AP) —"), for a material act the text places nowhere. */
  readonly dateline: PlaceMention | null;
  /** The countries the story's opening sentences place its news in (story-place.ts `leadCountries`). */
  readonly leadCountries?: ReadonlySet<string>;
  /** The state a desk abroad's lead is about ("GENEVA — ... Sudanese paramilitaries"), whose acts are not at the desk. */
  readonly abroadLead?: PlaceEntry | null;
  /** Sites named by description ("at the airport"): a place only where the sentence names none (site-phrases.ts). */
  readonly sites: readonly PlaceMention[];
  /** Nouns of material acts, whose places are a protest's or statement's topic (topic-places.ts). */
  readonly materialActNoun?: (lemma: string) => boolean;
  /** Nouns of statements and reactions, whose "from" names who made them (topic-places.ts isVerbalActNoun). */
  readonly verbalActNoun?: (lemma: string) => boolean;
  /** Nouns of speakers who hold a seat of state ("officials", "the ministry"), whose capital is theirs (speakers-seat.ts). */
  readonly seatedSpeaker?: (word: string) => boolean;
  /** Towns named before one of their bodies ("Moscow police"), for an act the body does that nothing else places. */
  readonly townBodies?: readonly TownBody[];
  /** The one state the actors of the sentence at a character name ("Burkina Faso's army said"), if only one. */
  readonly actorCountryAt?: (at: number) => string | null;
  /** The city of a body's seat, by the gazetteer's name and the country (body-seats.ts). */
  readonly seatOf?: (city: string, country: string) => PlaceEntry | null;
  /** For purpose clauses (purpose-place.ts). */
  readonly lexicon: Pick<Lexicon, 'reporting' | 'speechActs' | 'modality' | 'clauseCues' | 'topicAimVerbs' | 'nationalBodies'> & Partial<Pick<Lexicon, 'seaNouns' | 'placeNounWords' | 'siteNouns' | 'addressWords' | 'bodySeats' | 'venueWords' | 'occurrenceVerbs'>>;
}

export interface EventPlace {
  /** Stated or a visit's destination. */
  readonly place: PlaceMention | null;
  /** The story's opening place, when it decides. */
  readonly inferred: PlaceMention | null;
  /** The actor's own country for a domestic act; else the article's fallback country. */
  readonly fallback: PlaceEntry | null;
  readonly rules: string[];
}


export function eventPlace(c: Candidate, sentence: { index: number; start: number; end: number }, isLead: boolean, doc: AnalyzedText, tree: () => TreeView, story: StoryPlaces, certainty = 'asserted', refs: ReadonlyMap<ActorPhrase, ActorPhrase> = new Map()): EventPlace {
  const rules: string[] = [];
  const material = c.info.quadClass === 2 || c.info.quadClass === 4;
  const retells = (k: number) => material && story.materialActNoun !== undefined && retellsOccurrence(tree(), k, story.lexicon.occurrenceVerbs ?? new Map(), story.materialActNoun);
  const hangs = (p: PlaceMention) => placeHangsOnTrigger(tree(), tokenAt(doc, p.start), tokenAt(doc, p.end - 1) + 1, c.trigger.start, c.trigger.end, retells) || namesTargetFacility(p, tokenAt(doc, p.start), doc.tokens, c.trigger);
  const participants = [...c.actors, ...c.targets].map((p) => [p.start, p.end] as const);
  // only the sentence's own places can be its stated place (placeFor reads no other): the filters below judge those,
  // not every place of the article once per filter and event (and those the tree judges listed once, not once per place)
  const sentencePlaces = story.places.filter((p) => p.start >= sentence.start && p.end <= sentence.end); let judgedPlaces: PlaceMention[] | undefined;
  // "rallied in Paris to demand a ceasefire in Gaza": the demand is made where the rally is
  const aim = purposeGovernorPlace(tree(), doc, c.trigger.head, sentencePlaces, sentence, story.lexicon);
  const governed = aim.place;
  // "staged a sit-in to protest the war in Gaza": the aim's places are not the sit-in's (nor the protest's in it)
  const unaimed = withoutAimPlaces(tree(), doc, c.trigger, aim.clause, material && c.info.type !== 'PROTEST', sentencePlaces, sentence, story.lexicon);
  const verbal = c.info.quadClass === 1 || c.info.quadClass === 3;
  // a place of this sentence, where the tree can judge it
  const judged = (p: PlaceMention) => p.start >= sentence.start && p.end <= sentence.end && tree().has(c.trigger.head);
  // a place inside the trigger's own words is in its clause, however the parse splits it ("closed the Kerem Shalom crossing")
  const triggerChars = [doc.tokens[c.trigger.start].start, doc.tokens[c.trigger.end - 1].end];
  const apart = (p: PlaceMention) => judged(p) && !(p.start < triggerChars[1] && triggerChars[0] < p.end);
  const token = (p: PlaceMention) => tokenAt(doc, p.start);
  // "protested against the war in Ukraine", "condemned the attack in Baghdad": the topic act's place is not the protest's
  const aboutActs = (verbal || c.info.type === 'PROTEST') && story.materialActNoun ? story.materialActNoun : null;
  const speakersSeat = (p: PlaceMention) => {
    const subject = story.seatedSpeaker && p.place.country && namesCapital(p.place.country, p.place.name) ? upperSubjectHolding(tree(), token(p), c.trigger.head) : -1;
    return subject >= 0 && story.seatedSpeaker!(tree().tokens[subject].lower);
  };
  // "pardoned 2,000 prisoners, including two activists from Naivasha prison": where a listed member comes from (member-places.ts)
  const listedMember: PlaceFilter = { rule: 'place:listed-member', drops: (p) => judged(p) && describesListedMember(doc, p, sentence, triggerChars[0]) };
  // "rallied in two places in the city — the Mong Kok area and the Wan Chai district": the whole, not a part (parts-of-whole.ts)
  const partOfWhole: PlaceFilter = { rule: 'place:part-of-whole', drops: (p) => judged(p) && isListedPartOfWhole(doc, p) };
  const onPeople = c.info.type === 'ASSAULT' || c.info.type === 'COERCE';
  const spokenContent = verbal && c.rules.some((r) => r.startsWith('speech-act:content:'));
  const addressVerb = (w: string) => story.lexicon.addressWords?.has(`${w}\tverb`) ?? false;
  // (only the subject's origin, "Rebels from Darfur": "Police in Nairobi arrested ..." are at the scene)
  const viaSubject = (p: PlaceMention) => p.prep === 'from' && placeHangsViaSubject(tree(), tokenAt(doc, p.start), tokenAt(doc, p.end - 1) + 1, c.trigger.start, c.trigger.end);
  // ... or "overriding opposition from France": a stance held toward the act (resolve/proposer.ts STANCE_NOUNS)
  const reactionNoun = (lemma: string) => STANCE_NOUNS.has(lemma) || (story.verbalActNoun?.(lemma) ?? false);
  const filters: PlaceFilter[] = [
    // "Moscow rejected the proposal", "Beijing warned Manila": a city standing for its state is no place of the act
    { rule: 'place:city-stands-for-state', drops: (p) => judged(p) && (standsForState(p, c, doc.text) || governingStateCity(tree(), p, token(p), tokenAt(doc, p.end - 1) + 1, c.trigger.head)) },
    // "struck targets, as Hezbollah fired rockets at northern Israel": a place of another act's clause is not this one's
    // ... unless it tells where the people the act lands on were ("fired tear gas at protesters who marched in X": gathered-target.ts)
    { rule: 'place:other-clause', drops: (p) => apart(p) && inOtherClause(tree(), token(p), c.trigger.head, verbal, retells) && !(onPeople && whereTargetWas(tree(), token(p), c.trigger.head)) },
    { rule: 'place:topic-act', drops: (p) => aboutActs !== null && apart(p) && inTopicAct(tree(), aboutActs, token(p), c.trigger, story.lexicon.venueWords) },
    // "Officials in Kabul said gunmen attacked a checkpoint": the capital the speakers speak from (speakers-seat.ts)
    { rule: 'place:speakers-seat', drops: (p) => apart(p) && speakersSeat(p) },
    // "arrested 30 protesters, according to a rights group based in London": where the source is
    { rule: 'place:source-phrase', drops: (p) => apart(p) && inSourcePhrase(tree(), token(p)) },
    // "rejected an offer of talks from Washington": the city names who made the offer (proposer.ts), no scene
    { rule: 'place:proposer', drops: (p) => isProposerAfterFrom(doc, p.start) },
    // "the strike sparked condemnation from Egypt": who reacted, not where anything happened
    { rule: 'place:reaction-source', drops: (p) => isProposerAfterFrom(doc, p.start, reactionNoun) },
    // "in Siberia and the Urals, including Yekaterinburg": an example of a wider place (listed-places.ts)
    { rule: EXAMPLE_OF_WIDER, drops: (p) => judged(p) && isExampleOfWider(doc.text, p, (judgedPlaces ??= sentencePlaces.filter(judged))) },
    // "told parliament that Russia must withdraw from Ukraine": a speech act coded by what it asks or offers is made
    // where its speaker is; the places of its content are the content's (the body spoken to may place it, below)
    { rule: SPEECH_CONTENT, drops: (p) => spokenContent && apart(p) && dominatedBy(tree(), token(p), contentHead(tree(), c.trigger.head)) },
    // "Speaking in Ankara, the president accused al-Shabaab of the bombing": where he spoke is no place of the act he told of
    { rule: SPOKEN_FROM, drops: (p) => !verbal && judged(p) && inSpeechOpener(tree(), token(p), c.trigger.head, addressVerb) },
    { rule: REQUESTED_THING, drops: (p) => c.info.type === 'REQUEST' && apart(p) && onRequestedThing(tree(), c.trigger, token(p), tokenAt(doc, p.end - 1) + 1) },
    listedMember,
    partOfWhole,
    // "Migrants from Africa were detained", "Troops from Chad attacked the camp": where the doers or the people acted on
    // come from is no place of the act, even where the sentence names none other (the dateline or the story may);
    // last, as `filters[1]` is read below
    { rule: SUBJECT_ORIGIN, drops: (p) => judged(p) && viaSubject(p) },
  ];
  const choose = (list: readonly PlaceMention[]) => placeFor(sentence.start, sentence.end, doc.tokens[c.trigger.head].start, list, participants, hangs, doc.text, viaSubject);
  const filtered = filterPlaces(unaimed, filters, choose);
  const ownClause = filtered.kept;
  // "Speaking to reporters in Ankara, Erdogan accused ...": where the speaker spoke, before the places of what he said
  const spokenAt = verbal && !governed ? sentencePlaces.find((p) => judged(p) && inSpeechOpener(tree(), token(p), c.trigger.head, addressVerb)) ?? null : null;
  if (spokenAt) rules.push(SPEECH_OPENER);
  const facility = governed ?? spokenAt ?? choose(ownClause);
  const siteTown = facility && !governed && !spokenAt ? townOfSite(facility, ownClause, doc.text, story.lexicon.siteNouns ?? new Map()) : null;
  if (siteTown) rules.push(TOWN_OF_SITE);
  const chosen = siteTown ?? facility;
  if (chosen && !governed && !spokenAt && hasLandmark(chosen, ownClause, doc.text)) rules.push(LANDMARK_RULE);
  // "struck Kyiv and Lviv": the country of the places listed together (listed-places.ts)
  const listed = chosen && !governed ? listedPlacesCountry(doc.text, chosen, ownClause.filter(judged), story.countries, story.lexicon.placeNounWords) : null;
  const named = listed ?? chosen;
  if (named && nearParticipant(named) && participants.some(([s, e]) => s <= named.start && named.end <= e)) rules.push(NEAR_PARTICIPANT);
  // "summoned the envoy in Kabul to protest against the strikes": a place beside an act noun, not on it (places-fit.ts)
  // ("the strikes hit five areas in Idlib", "one of the raids struck a hospital in Kunduz": the act noun's own verb)
  if (named && c.trigger.pattern.kind === 'noun' && !hangs(named) && !nounIsSubject(tree(), c.trigger.head)) rules.push(BESIDE_ACT_NOUN);
  // "Rebels from Darfur attacked a town in Kordofan": the subject's place gave way to the act's
  if (!governed && !spokenAt && chosen && chosen !== placeFor(sentence.start, sentence.end, doc.tokens[c.trigger.head].start, ownClause, participants, hangs, doc.text)) rules.push('place:act-before-subject');
  if (!governed) rules.push(...filtered.rules);
  // "staged a sit-in at the airport": a site named by description, hanging on the trigger, where no name is stated
  // ... or, for a statement, the body's seat it was made to ("in a speech to parliament": site-phrases.ts addressedSites)
  // ... before them, a body with a seat spoken to ("Addressing the Bundestag, he accused ...": at Berlin; body-seats.ts)
  const body = named || !verbal || !story.seatOf || !story.lexicon.addressWords || !story.lexicon.bodySeats ? null
    : addressedBodies(doc, tokenAt(doc, sentence.start), tokenAt(doc, sentence.end - 1) + 1, story.lexicon.addressWords, ownLegislature(story.lexicon.bodySeats, speakersState(c.actors, refs)), story.seatOf)
      .find((b) => addressOfTrigger(tree(), b.word, c.trigger.head, (k) => c.actors.some((a) => a.start <= doc.tokens[k].start && doc.tokens[k].end <= a.end)))?.mention ?? null;
  const site = named || body ? null : story.sites.find((p) => p.start >= sentence.start && p.end <= sentence.end && hangs(p)) ?? (verbal && story.lexicon.addressWords && story.lexicon.siteNouns
    ? addressedSites(doc, tokenAt(doc, sentence.start), tokenAt(doc, sentence.end - 1) + 1, story.lexicon.siteNouns, story.lexicon.addressWords, story.fallback?.country ?? null).find(hangs) : null) ?? null;
  // "attacked a police station in the northwest": a part of the story's country, in the trigger's clause
  // ... of the one state its speakers or actors name where the story names no place ("Burkina Faso's army said ... in the
  // east of the country")
  const part = named || site || body ? null : compassParts(doc.text, sentence, story.fallback ?? story.countries.get(story.dateline?.place.country ?? story.actorCountryAt?.(sentence.start) ?? '') ?? null)
    .find((p) => !inOtherClause(tree(), token(p), c.trigger.head, verbal)) ?? null;
  // "JERUSALEM — Israeli jets struck Iran's air defences": an act on a state's own things is in that state (event-place-parts.ts)
  const owner = named || body || site || part || !material ? null : objectOwner(c.targets, doc.text, triggerChars, story.countries);
  // "shot dead the mayor of Uruapan in the western state of Michoacan": an act on a town's official (town-bodies.ts) lands
  // in that town; a region or country holding it, the only place the sentence states, says which town
  // (named after its "of" only: "attacked the Kaduna governor" may be the state's, met anywhere)
  const officialsTown = onPeople && material ? story.townBodies?.find((b) => b.bodyStart !== undefined && c.targets.some((t) => t.start < b.bodyEnd && b.bodyStart! < t.end))?.town ?? null : null;
  const heldOnly = (p: PlaceMention | null) => p === null || holdsTown(p.place, officialsTown!.place);
  const stated = officialsTown && heldOnly(named ?? body ?? site ?? part ?? owner) ? null : named ?? body ?? site ?? part ?? owner;
  if (governed) rules.push('place:purpose-of-governor');
  const visited = stated ? null : visitDestination(c.info.code, story.places, sentence, hangs);
  const host = stated || visited ? null : stayHost(c, story.places);
  const destination = visited ?? host;
  // a sentence that names no place continues its paragraph's setting ("In August near Kabul, ... Another killed ...")
  // ... unless it opens on another scene ("Separately, a roadside bomb killed two soldiers": new-scene.ts)
  const elsewhere = !isLead && opensNewScene(doc.text.slice(sentence.start, sentence.end), story.lexicon.clauseCues);
  if (elsewhere && !stated && !destination) rules.push('place:new-scene');
  // "KYIV — ... Belarusian police detained a blogger": another state's police, ministry or court acting at home, in a
  // sentence that names no place, is at its home, not in the paragraph's, the story's or the dateline's town (home-place.ts)
  // ... unless a force of the sea acts or a vessel is acted on: that is where the boat was (sea-acts.ts)
  const atSea = story.lexicon.seaNouns !== undefined && actAtSea(c.actors, c.targets, story.lexicon.seaNouns);
  const homeAbroad = stated || destination || atSea ? null : homeOfDomesticAct(c.info.code, c.actors, story.countries, true);
  const countryOf = (p: PlaceMention) => p.place.country ?? story.fallback?.country ?? null;
  const abroad = (p: PlaceMention | null) => homeAbroad !== null && p !== null && countryOf(p) !== null && countryOf(p) !== homeAbroad.country;
  // (the lead's own mention among the event's places, which may know its country: article-places.ts withStoryCountry)
  const lead = story.lead && (story.places.find((p) => p.start === story.lead!.start && p.end === story.lead!.end) ?? story.lead);
  const awayFromStory = [lead, story.dateline].some(abroad);
  if (awayFromStory) rules.push('place:home-abroad');
  // "President Ruto pardoned 2,000 prisoners": a government's national measure is no town's of the paragraph, the story's
  // opening or the dateline (home-place.ts)
  const nationwide = !stated && !destination && nationalMeasure(c.info.code, c.actors.map((a) => refs.get(a) ?? a), story.countries, story.fallback?.country ?? null) !== null;
  if (nationwide) rules.push('place:national-measure');
  // "Moscow police detained 30 protesters": a town's own body acting, placed nowhere else, acts in its town (town-bodies.ts),
  // before the paragraph's, the story's, the dateline's or the state's place; inferred, so it merges no two acts
  // ... or its pronoun ("Lagos police said they had detained 12 men": "they" is the body, by its antecedent)
  const bodyTown = stated || destination ? null : story.townBodies?.find((b) => c.actors.some((a) => [a, refs.get(a) ?? a].some((x) => x.start < b.bodyEnd && (b.bodyStart ?? b.town.start) < x.end)))?.town ?? officialsTown;
  if (bodyTown) rules.push('place:town-body');
  // "The mayor of Kharkiv said Russian missiles struck two blocks": a town's body reporting a material act speaks of its
  // own town, where nothing else (the paragraph's setting, the story's opening) places the act; before the dateline
  const reportedTown = (p: PlaceMention) => judged(p) && upperSubjectHolding(tree(), token(p), c.trigger.head) >= 0;
  const speakersTown = stated || destination || bodyTown || !material ? null : story.townBodies?.find((b) => reportedTown(b.town))?.town ?? null;
  const paragraphs = stated || destination || isLead || elsewhere || nationwide || bodyTown ? null : paragraphPlace(doc.sentences, sentence.index, doc.text, story.places);
  const carried = abroad(paragraphs) ? null : paragraphs;
  const own = stated ?? destination ?? carried;
  if (visited) rules.push('place:visit-destination');
  if (host) rules.push('place:stay-host');
  // a lead place that is this event's aim ("a sit-in to protest the war in Gaza") is not where it happened
  const aimOnly = lead !== null && lead.start >= sentence.start && lead.end <= sentence.end && !ownClause.includes(lead);
  // "Russia launched a massive attack on Ukraine overnight. In Kyiv, ...": an act on a whole country is no act in the
  // town a later sentence names in it
  const onWholeCountry = lead !== null && (lead.start < sentence.start || lead.end > sentence.end) && landsOnCountry(c.targets, sentencePlaces, lead.place.country, (t) => doc.tokens[tokenAt(doc, t.end - 1) + 1]?.pos === 'NOUN');
  if (onWholeCountry) rules.push('place:act-on-whole-country');
  const inferred = lead && !onWholeCountry && !bodyTown && !aimOnly && !elsewhere && !nationwide && !abroad(lead) && placeFromStory(lead, own, { lead: isLead, material, fallbackCountry: story.fallback?.country ?? story.dateline?.place.country ?? null, ownHangsOnTrigger: own !== null && hangs(own), sentence });
  const place = inferred ? null : own;
  if (inferred) rules.push('place:story-opening');
  const bodyReport = place || inferred || elsewhere ? null : speakersTown;
  if (bodyReport) rules.push('place:town-body-reports');
  else if (carried) rules.push('place:paragraph-setting');
  if (place?.rule) rules.push(place.rule);
  // "along the Euphrates": the river's stretch in the story's country, at a town on its bank (knowledge/rivers.ts)
  if (place?.place.id.startsWith('river:')) rules.push('place:river-stretch');
  // "KABUL, Afghanistan (AP) — A suicide bomber killed 12 people at a mosque": placed nowhere else, at the dateline
  // (only an act told as done: not one someone is accused of, "MOSCOW — Russia accused Ukraine of violating the truce")
  const told = certainty === 'asserted' || certainty === 'claimed';
  // (nor an act at sea: "MANILA — the Chinese navy seized a fishing boat" was not in Manila)
  const leadState = place?.place.country || inferred || bodyTown || bodyReport || atSea || !actedForLeadState(c.actors, refs, story.abroadLead) ? null : story.abroadLead ?? null;
  if (leadState) rules.push(LEAD_STATE_RULE);
  const filed = place || inferred || bodyTown || bodyReport || atSea || leadState || !material || !told || !story.dateline || elsewhere || nationwide || abroad(story.dateline) ? null : filedFrom(story.dateline, story.fallback, story.leadCountries);
  if (filed) rules.push('place:dateline');
  const sideline = place || inferred || filed || bodyTown || bodyReport || !told || c.info.type !== 'CONSULT' || !story.dateline || abroad(story.dateline) || !onSidelinesOfGathering(doc.text.slice(sentence.start, sentence.end)) ? null : story.dateline;
  if (sideline) rules.push(SIDELINE_PLACE_RULE);
  const home = place || inferred || filed || sideline || bodyTown || bodyReport || atSea ? null : homeOfDomesticAct(c.info.code, c.actors, story.countries) ?? (awayFromStory ? homeAbroad : null);
  if (home) rules.push('place:domestic-act-at-home');
  // "arrested 12 activists, while thousands marched in Abuja": the other act's place still says which country the story is
  // in (not for a statement: "accused Tehran of supplying drones to Russia" is not said in Russia), as does where a listed
  // member comes from ("killed 12 militants, including a commander from Kandahar"); the parts of a whole the act was in
  // are its own ("rallied in two places in the territory — the Mong Kok area and ...")
  const neighbour = (material && !aboutActs ? unaimed.find((p) => p.place.country !== null && !ownClause.includes(p) && (filters[1].drops(p) || listedMember.drops(p))) : undefined)
    ?? unaimed.find((p) => p.place.country !== null && !ownClause.includes(p) && partOfWhole.drops(p));
  const sentenceCountry = neighbour?.place.country ? story.countries.get(neighbour.place.country) ?? null : null;
  return { place: place ?? filed ?? sideline, inferred: inferred || bodyTown || bodyReport, fallback: home ?? leadState ?? story.fallback ?? sentenceCountry, rules };
}

/** A country, or a region of the town's country and first-level division, holds the town ("the western state of Michoacan"). */
function holdsTown(holder: PlaceEntry, town: PlaceEntry): boolean {
  if (holder.country === null || holder.country !== town.country) return false;
  return holder.precision === 'country' || holder.precision === 'region' && holder.admin1 !== undefined && holder.admin1 === town.admin1;
}
