import { meterSentence } from '../stage-meter.ts'; import { articleAnalyzer, findActorPhrases, findOtherPhrases, resolveAnaphora, withCompassStates, articleQuotes, articlePlaces, eventPlaceMentions, capitalPhrases, storyPlace, leadCountries, datelinePlace, sitePhrases, triggerPrepass, deniesGerund, proposeCandidate, quotedOrder, withoutNonEvents, withoutBackground, withoutDescriptions, splitCoordinatedClauses, speechActs, governingCandidate, sentenceFrames, chooseFrame, noteQuoteSpeakers, withDocumentSpeakers, withPronounSpeakers, datedEvents, storyDate, refineArticleEvents, ArticleDates, metered } from './metered-stages.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import type { Article, Event } from '../schema/event.ts';
import type { EventPattern, Knowledge } from '../knowledge/types.ts';
import { patternInfo } from '../knowledge/patterns.ts';
import { storyText, headlineLine, normalizeWithMap } from '../nlp/index.ts';
import { toldActPassive } from './told-act-passive.ts';
import { seatCity } from '../resolve/body-seats.ts';
import { stateDescriptions } from '../resolve/state-descriptions.ts';
import { withAttachedReadings } from '../resolve/attached-readings.ts';
import { withTownOfficials } from '../resolve/town-officials.ts';
import { withCountryTitleRoles } from '../resolve/country-title-roles.ts'; import { withAttendants } from '../resolve/attendant-phrases.ts'; import { withSelfGivenNames } from '../resolve/self-given-names.ts'; import { withApposedTitleNames } from '../resolve/apposed-title-name.ts';
import { withDefiniteSides } from '../resolve/definite-role-side.ts';
import { withNamedBodyHeads } from '../resolve/named-body-head.ts'; import { withoutSurnameTowns } from '../resolve/surname-towns.ts';
import { withAcronyms } from '../resolve/acronym-mentions.ts';
import { withoutNobody } from '../resolve/nobody-phrases.ts';
import { POLICE_CONTEXT_RULE, withPoliceContext } from '../resolve/police-context-role.ts';
import { withCustodyGuards } from '../resolve/custody-guards.ts';
import { insideOutlet, outletSpans } from '../resolve/outlet-names.ts';
import { NAMED_GROUP_DESCRIPTION } from '../resolve/anaphor-phrases.ts';
import { withPatronGroups } from '../resolve/patron-groups.ts'; import { withHeadlineStates } from './headline-states.ts'; import { pronounStandIns } from '../resolve/pronoun-stand-ins.ts'; import { formTable } from '../extract/morphology.ts';
import type { DateMention } from '../resolve/types.ts';
import { namesSite, soleActorCountry, storyActorCountries, standsAsPlace, townBodies, townOfOrganizationName } from './article-places.ts';
import { datelineSpan } from '../resolve/dateline.ts';
import { countryMentionsOf } from '../resolve/capital-phrases.ts';
import { isMaterialActNoun, isVerbalActNoun } from './topic-places.ts';
import { ATTRIBUTED_DOER_RULE } from '../extract/tree-roles/tree-actors.ts';
import { seatedSpeaker, seatOfSpeakers } from './speakers-seat.ts';
import { spokenFrom } from './speech-opener-place.ts';
import { SpanIndex } from '../resolve/span-index.ts';
import { placeActors, withOriginPlaces, withQualifiedCities } from '../resolve/place-actors.ts';
import { nestedTriggers } from '../extract/triggers.ts';
import { withinCharge, withoutLaidOnTwins } from '../extract/accused-twins.ts';
import { parseReadsVerb } from '../extract/verb-reading.ts';
import { sentenceMatches, triggersWithParse } from '../extract/trigger-prepass.ts'; import { withoutUnmetRows } from '../extract/unmet-rows.ts';
import { jointActTriggers } from '../extract/joint-act.ts'; import { ANSWERED_DOERS_RULE, isAnsweredByForce } from './answered-doers.ts'; import { inquiredActReason } from './inquired-act.ts';
import { actedOnProtests } from '../extract/acted-on-events.ts';
import { SentenceTrees } from '../nlp/syntax/sentence-trees.ts';
import { SentenceViews } from '../extract/tree-repair/sentence-views.ts';
import { retagger, knownNameSpans, knownPlaceSpans } from '../extract/tree-repair/retag.ts';
import { phraseTokenMap, type SentenceContext } from '../extract/context.ts';
import { skippedRegions } from '../extract/clause.ts';
import { type Candidate } from '../extract/candidate.ts'; import { withoutAuthorisingVerbs } from '../extract/authorised-deployment.ts';
import { isCalledOffOnTree, isCancelledAct, isPreventedAct, treeCondition, withoutFiction } from '../extract/tree-clauses/index.ts';
import { CHARGE_MADE_RULE, decideCertainty } from './certainty.ts';
import { type ArticleScope, type UndatedEvent } from './dated-events.ts';
import { agentlessReason, COMMUNAL_FORCE_RULE, isCommunalForce, isArmedOrState, isGroupSideOfFight, isLabourDispute, isReliefParty, isPoliticalParticipant, LABOUR_DISPUTE_RULE, participationType, sameActor } from './actor-ref.ts';
import { isGamePiece, isOffTopic, isSportsArticle, type OffTopicDomain } from './off-topic.ts';
import { OBITUARY_REFINER, withoutLifeStory } from './obituary.ts';
import { dominantCountry, dominantPlaceCountry, namedRoleCountries, storyPlaceCountry, datelineHomeCountry, datelineActorsCountry, abroadLeadCountry } from './article-country.ts';
import { insideName, opensModifierCompound, isAccusation } from './refiners.ts';
import { armedActors } from './armed-actors.ts';
import { definiteMentionMarks } from './definite-mention.ts';
import { sentenceDropper, traceRefiner, type TraceSink } from './trace.ts';
import { applyWordSenses } from './word-sense.ts';
import { withLoyalFactions } from './loyal-faction.ts';
import { withPartiesBetween } from './between-parties.ts';
import { asCancelledActs, isCancelledByRule } from './called-off-plan.ts';
import { contentShell, twinAccusation } from './governed.ts';
import { isDatedTollSubject, isMainAssertion, isStatedOccurrence } from './stated-occurrence.ts';
import { isPerceivedNoun } from './perceived-act.ts';
import { withoutPurposes, withoutReliefMobilizations, withoutRestatedPurposes, withoutSpokenContentConjuncts } from './purpose.ts';
import { withoutProtestTopics } from './protest-topic.ts';
import { withoutCharges } from './charge-clause.ts';
import { speaksFor } from './speaks-for.ts';
import { accusedActModality, actModality } from './hedged-act.ts';
import { outsideWeighedQuestion, withWeighedMeasures } from './weighed-measure.ts';
import { madeThreat, withInvertedCondition } from './inverted-condition.ts';
import { answeredClaimTriggers, deniedGerundTriggers } from '../extract/denial-triggers.ts';
import { isUnspecificAccusedAct, withoutUnspecificAccusedActs } from './accused-acts.ts';
import { accusedCandidate, accuserFrame, isStatedPossibility, selfClaimFrame, unknownSpeakerFrame, withSpeaker } from './claims.ts';
const ANNOUNCING = new Set(['announce', 'declare', 'proclaim']); // verbs whose act-noun object is done by saying it: "announced a pause in its operations"

export interface CoderOptions {
  /** Keep events that are only possibilities ("could strike", "if Iran attacks"); dropped by default. */
  readonly includeHypothetical?: boolean;
  /** Code the headline too (it usually repeats the lead). Off by default. */
  readonly codeHeadline?: boolean;
  /** Diagnostics: told of every trigger and event the pipeline drops, with the stage and reason (`eval --explain`). */
  readonly trace?: TraceSink;
}

export interface Coder {
  code(article: Pick<Article, 'id' | 'text' | 'published' | 'title'>): Event[];
}

/**
 * The pure core: text in, events out. Stages run in this order:
 *  1. nlp: sentences, tokens, POS, lemmas;
 *  2. resolve: actor phrases (gazetteer, then pronouns and unknown names), anaphora, places, quotes;
 *  3. per sentence: triggers → candidates with roles → certainty (modality, conditions, reporting frames)
 *     → dates and place → event records;
 *  4. refiners: events governed by a request/threat are dropped, hypotheticals dropped, duplicates merged.
 */
export function createCoder(kb: Knowledge, options: CoderOptions = {}): Coder {
  const armed = armedActors(kb), analyze = articleAnalyzer(kb);
  return {
    code(given) {
      const { text, turns } = storyText(given.text, kb.lexicon.pageFurniture), article = { ...given, text, title: given.title ?? headlineLine(text) }; // no "RELATED: ..." line or speaker label is the story's; a headline set off by bylines is one
      const doc = analyze(article.text);
      const normalized = normalizeWithMap(article.text);
      const published = article.published;
      // site names first: "Assad" inside "Al-Assad Airbase" is part of a place, not the Syrian president
      const siteSpans = kb.places.findAll(article.text, normalized).filter((m) => m.values.some(namesSite));
      // "the Sudan Tribune", "Daily Sabah": a state or place inside a news outlet's name names the paper only
      const outlets = outletSpans(doc, kb.lexicon.outletWords);
      // ("the North" in a story naming North Korea: resolve/compass-states.ts)
      const found = withCompassStates(doc, kb, findActorPhrases(doc, normalized, kb, published, siteSpans).filter((p) => !insideOutlet(outlets, p.start, p.end)));
      const foundIndex = new SpanIndex(found);
      const allPlaces = withoutSurnameTowns(doc, articlePlaces(doc, normalized, kb, found, foundIndex, outlets), kb.lexicon.givenNameGenders); // ("President Elena Cárdenas": no town of Cuba)
      const sites = allPlaces.filter((p) => namesSite(p.place));
      const siteIndex = new SpanIndex(sites);
      // ... and a person's name inside a longer town's ("Ismail Khan" in "Dera Ismail Khan") is the town's
      const townIndex = new SpanIndex(allPlaces.filter((p) => p.place.precision === 'city'));
      const named = found.filter((n) => !siteIndex.containing(n.start, n.end).some((s) => s.end - s.start > n.end - n.start) && !(n.kind === 'person' && townIndex.containing(n.start, n.end).some((s) => s.end - s.start > n.end - n.start)));
      const namedIndex = new SpanIndex(named.filter((n) => n.kind === 'group' || n.kind === 'organization' || n.kind === 'person'));
      // "struck Hamas positions", "fined Meta": a city sharing a group's, person's or body's name is not meant, unless that name stands as a place ("in the Donetsk People's Republic", "in Toyota")
      const places = allPlaces.filter((p) => p.place.precision !== 'city' || !namedIndex.overlapping(p.start, p.end).some((n) => !standsAsPlace(n, p) && !townOfOrganizationName(n, p, article.text)));
      // "a protest in the nation's capital", "the Afghan capital": a capital named by its country, only as an event's place
      const eventPlaces = [...places, ...capitalPhrases(doc, kb, places, countryMentionsOf(allPlaces, found, article.text, kb.lexicon.foreignPresenceNouns), dominantPlaceCountry(places))].sort((a, b) => a.start - b.start);
      const others = findOtherPhrases(doc, kb, named, places);
      const othersIndex = new SpanIndex(others);
      const kept = named.filter((n) => othersIndex.containing(n.start, n.end).length === 0);
      // "The Sudanese army said ... The military said": a definite armed role takes up the side named before
      // ("a group calling itself the National Salvation Council": the description carries the name it gives itself)
      const phrases = withApposedTitleNames(doc, withSelfGivenNames(doc, withAttendants(doc, withCountryTitleRoles(doc, withAttachedReadings(doc, withTownOfficials(doc, kb, stateDescriptions(doc, kb.lexicon.anaphors, withoutNobody(doc, withAcronyms(doc, withNamedBodyHeads(doc, withDefiniteSides(doc, withPoliceContext(doc, withCustodyGuards(doc, withPatronGroups(article.text, [...withOriginPlaces(article.text, withQualifiedCities(article.text, kept, places, kb), places), ...others, ...placeActors(places, [...kept, ...others], kb, article.text)].sort((a, b) => a.start - b.start)), kb.lexicon.custodyWords), kb.lexicon.policeContextRoles), kb.lexicon.weaponNouns, kb.lexicon.nationals, kb.lexicon.nationalBodies), kb.lexicon.anaphors)))))), kb.lexicon.countryTitleRoles), kb.lexicon.attendantLinks), cuePhrases(kb.lexicon.clauseCues, 'self-naming'), cuePhrases(kb.lexicon.clauseCues, 'self-named-body')));
      const { quotes, speakers: quoteSpeakers } = articleQuotes(doc, turns, phrases, (label) => kb.actors.lookup(label).some((e) => e.role === 'MED')); // a transcript's turns are quotes of their speakers
      const antecedents = withHeadlineStates(resolveAnaphora(doc, phrases, (lemma) => kb.lexicon.reporting.has(lemma), (lemma) => kb.lexicon.claimNouns.has(lemma), quotes, { verb: (lemma) => kb.lexicon.measureWords?.verbs.has(lemma) === true, noun: (lemma) => kb.lexicon.measureWords?.nouns.has(lemma) === true }, (word) => cuePhrases(kb.lexicon.clauseCues, 'mediating').has(word), (word) => kb.lexicon.anaphors.get(`the ${word}`) === 'state', (lemma) => kb.lexicon.reporting.get(lemma) === 'denied', (title) => kb.lexicon.officeTitles?.get(title), { isNoun: (noun) => kb.lexicon.stateCollectiveNouns?.has(noun) === true, nameOf: (code) => kb.countries.get(code)?.name }, kb.lexicon.internationalTitles, (word) => cuePhrases(kb.lexicon.clauseCues, 'talks-between').has(word), (lemma) => cuePhrases(kb.lexicon.clauseCues, 'custody-act').has(lemma), kb.lexicon.givenNameGenders, (lemma) => kb.lexicon.tellingVerbs?.has(lemma) === true), phrases, doc, article.title, analyze, kb, published);
      const phraseAt = phraseTokenMap(doc, phrases); formTable(doc.tokens).setStandIns(pronounStandIns(doc, antecedents)); // a pronoun stands for its antecedent's words in the rows ("summoned him")
      const placeIndex = new SpanIndex(places);
      const nameIndex = new SpanIndex([...phrases.filter((p) => p.kind === 'group' || p.kind === 'organization' || p.kind === 'person'), ...places.filter((p) => p.place.precision === 'site')]);
      const events: Event[] = [];
      const headlineEnd = !options.codeHeadline && article.title && doc.sentences[0]?.text.trim() === article.title.trim() ? doc.sentences[0].end : -1;
      const sportsArticle = isSportsArticle(doc.tokens, kb);
      const roleCountries = namedRoleCountries(doc, phrases, kb.lexicon.weaponNouns, kb.lexicon.nationals);
      // the dateline's city says where the story is filed: it counts as two of the story's places, and so do capitals named by country
      const dateline = datelinePlace(article.text, kb, allPlaces, storyActorCountries(article.text, found));
      const body = doc.sentences.filter((s) => s.end > headlineEnd);
      const opening = leadCountries(body, eventPlaces, datelineSpan(article.text), 3, doc);
      const abroadLead = abroadLeadCountry(dateline, opening, phrases, body[0], (c) => kb.countries.get(c) !== undefined, kb.lexicon.weaponNouns, doc); // a desk abroad's lead names another state's actors
      const placeCountry = storyPlaceCountry(eventPlaces, abroadLead ? null : dateline, opening);
      const articleCountry = dominantCountry(phrases, places) ?? abroadLead ?? datelineHomeCountry(dateline, opening) ?? datelineActorsCountry(dateline, phrases, body[0]);
      const fallbackPlace = placeCountry ? kb.countries.get(placeCountry) ?? null : null;
      const articleDates = new ArticleDates(doc.sentences, published, doc.text, { now: [...cuePhrases(kb.lexicon.clauseCues, 'story-now')], flashback: [...cuePhrases(kb.lexicon.clauseCues, 'story-flashback')] });
      // read (its first sentences' dates) only for an event whose sentence states no date and carries none
      let leadDate: DateMention | null | undefined;
      const lead = () => (leadDate === undefined ? (leadDate = storyDate(body, published, (s) => articleDates.stated(s.index))) : leadDate);
      // where the lead's news happened, as the opening sentences name it ("... in the town of Elbe")
      const storyPlaces = { places: eventPlaceMentions(doc, eventPlaces, { storyCountry: placeCountry, actors: phrases, points: kb.lexicon.borderPoints, countryName: (c: string) => kb.countries.get(c)?.name }, kb.lexicon.placeAnaphors, abroadLead ?? datelineHomeCountry(dateline, opening), townBodies(doc, kb), placeCountry ?? articleCountry, kb.countries), lead: storyPlace(body, places, article.text, 3, (p) => seatOfSpeakers(kb, article.text, p) || spokenFrom(article.text, p)), fallback: fallbackPlace, countries: kb.countries, lexicon: kb.lexicon, materialActNoun: (lemma: string) => isMaterialActNoun(kb, lemma), verbalActNoun: (lemma: string) => isVerbalActNoun(kb, lemma), seatedSpeaker: (word: string) => seatedSpeaker(kb, word), dateline, leadCountries: opening, abroadLead: abroadLead ? kb.countries.get(abroadLead) ?? null : null, sites: sitePhrases(doc, kb.lexicon.siteNouns, placeCountry), seatOf: (city: string, country: string) => seatCity(kb, city, country), townBodies: townBodies(doc, kb), actorCountryAt: (at: number) => soleActorCountry(doc, phrases, at, kb.lexicon.foreignAffairsWords) };
      // a sentence with a trigger asks for its tree: those are parsed together, first (twice the speed)
      // where the word tagger reads a candidate verb as a noun ("have retaken"), the sentence asks its parse
      const prepass = triggerPrepass(doc.tokens, doc.sentences, kb.patterns);
      const { triggers: outerTriggers, needParse: askedParse } = prepass;
      const denials = new Set(doc.sentences.filter((s) => s.end > headlineEnd && deniesGerund(doc.tokens, s, kb)).map((s) => s.index));
      const withTriggers = doc.sentences.filter((s) => s.end > headlineEnd && (outerTriggers[s.index].length > 0 || askedParse.has(s.index) || denials.has(s.index)));
      // a sentence whose tags hide a verb ("Officials | report that ...") is parsed again with that word a verb
      const views = new SentenceViews(new SentenceTrees(doc, withTriggers), doc.tokens, withTriggers, retagger(doc, prepass.doubts, [...knownNameSpans(phrases), ...knownPlaceSpans(places)]), kb.lexicon);
      let previousFrames: ReturnType<typeof sentenceFrames> = [];
      const chainedFrames: Array<ReturnType<typeof sentenceFrames>> = [];
      const contexts = doc.sentences.map((sentence): SentenceContext => {
        let skip: ReadonlySet<number> | undefined; // the clauses roles skip, read only once a trigger asks for roles
        return { doc, sentence, kb, phraseAt, get skip() { return (skip ??= skippedRegions(doc, sentence)); }, places: placeIndex, tree: () => views.of(sentence), published: published ?? undefined };
      });
      // every sentence's reporting frames in one run, as the dates and trees (their code stays in the CPU's caches)
      const ownFrames = contexts.map((ctx) => (meterSentence(ctx.sentence.start), sentenceFrames(ctx)));
      // events judged but not yet dated: their sentences' dates are read after the loop, in one run (dated-events.ts)
      const scope: ArticleScope = { article, dates: articleDates, places: placeIndex, lead: body[0], storyPlaces, articleCountry, roleCountries, storyDate: lead };
      const undated: UndatedEvent[] = [];
      for (const sentence of doc.sentences) {
        const ctx = contexts[sentence.index]; meterSentence(sentence.start); // (the bench's split by sentence: stage-meter.ts)
        const treeOf = ctx.tree; // the dependency parse, repaired
        // "he said" after a named speaker is that speaker; "the statement said" is whoever issued it
        const frames = withDocumentSpeakers(withPronounSpeakers(ownFrames[sentence.index], previousFrames, antecedents), sentence.index, chainedFrames, doc, phrases, antecedents, kb.lexicon.speakingDocuments);
        chainedFrames[sentence.index] = frames;
        noteQuoteSpeakers(frames, previousFrames, quotes, quoteSpeakers, doc, sentence);
        previousFrames = frames;
        // the prepass found this sentence's triggers unless the word tagger read a candidate verb as a noun there; a row whose `requires` fail leaves its words to the others (unmet-rows.ts)
        const triggersOf = metered('triggers', () => {
          const reading = askedParse.has(sentence.index) ? (i: number) => parseReadsVerb(treeOf(), i) : undefined, outer = withoutUnmetRows(ctx, reading ? triggersWithParse(prepass, doc.tokens, sentence, kb.patterns, reading) : outerTriggers[sentence.index], () => sentenceMatches(prepass, doc.tokens, sentence, kb.patterns, reading));
          const inner = withinCharge(treeOf, outer.flatMap((tr) => (isAccusation(tr, kb) ? nestedTriggers(doc.tokens, sentence, tr, kb.patterns) : actedOnProtests(doc.tokens, sentence, tr, kb))), doc.tokens, sentence);
          return [...withoutLaidOnTwins(doc.tokens, outer, inner), ...inner, ...jointActTriggers(doc.tokens, sentence, kb, treeOf), ...(outer.length || denials.has(sentence.index) ? [...answeredClaimTriggers(doc.tokens, sentence, kb, phraseAt, treeOf), ...deniedGerundTriggers(doc.tokens, sentence, kb, treeOf)] : [])];
        });
        let offTopic: OffTopicDomain | null | undefined; // asked only of a candidate that got this far
        const drop = sentenceDropper(options.trace, doc.tokens, article.text, sentence);
        const typeOf = (tr: { pattern: EventPattern }) => patternInfo(kb.ontology, tr.pattern)?.type;
        // a headline's triggers are only told of: its parse (asked where the tags may hide a verb) only when tracing
        if (sentence.end <= headlineEnd) {
          if (drop) for (const tr of triggersOf()) drop('trigger', 'trigger:headline', tr, typeOf(tr));
          continue;
        }
        const triggers = triggersOf();
        const raw: Candidate[] = [], shells: Candidate[] = []; // shells: requests etc. that name no one, still holding their content
        for (const tr of triggers) {
          if (insideName(tr, doc.tokens, nameIndex)) { drop?.('trigger', 'trigger:inside-name', tr, typeOf(tr)); continue; } // "Popular Mobilization Units" mobilises nothing
          if (opensModifierCompound(tr, doc.tokens)) { drop?.('trigger', 'trigger:compound-modifier', tr, typeOf(tr)); continue; } // "a call-in show"
          const info = patternInfo(kb.ontology, tr.pattern);
          // "rejected claims that ...": the denial is a REJECT (guide rule 3) and also marks what it denies as denied
          // “Withdraw your troops,” the president told Russia: a quoted order has no roles of its own, its teller's
          const c = info && (proposeCandidate(ctx, tr, info) ?? quotedOrder(ctx, tr));
          if (c) raw.push(c);
          else { drop?.('candidate', info ? 'candidate:no-roles' : 'trigger:unknown-cameo', tr, info?.type); const shell = info && contentShell(treeOf(), ctx, tr, info); if (shell) shells.push(shell); }
        }
        // descriptions, habitual background, purposes and generic charges out ("Hezbollah, which is backed by Iran",
        // "have repeatedly attacked", "sent troops to fight", "accused the army of killings"); a word's sense by its
        // arguments ("a vaccination campaign"); then "vowed to strike", "must withdraw": the speech act is the event,
        // what it talks about its content; "X condemned A and B praised C": B is the second clause's subject, not A's partner
        const dropCandidate = drop ? (c: Candidate, reason: string) => drop('candidate', reason, c.trigger, c.info.type) : undefined;
        let kept = withoutNonEvents(ctx, treeOf, withWeighedMeasures(ctx, treeOf, raw), dropCandidate); // "weighing sanctions": a threat
        kept = withoutDescriptions(ctx, treeOf, kept, dropCandidate);
        kept = withoutBackground(ctx, treeOf, kept, dropCandidate);
        kept = withoutAuthorisingVerbs(treeOf, withoutReliefMobilizations(ctx, treeOf, withoutPurposes(ctx, treeOf, kept, dropCandidate), dropCandidate), dropCandidate); // "endorsed the deployment": one MOBILIZE
        kept = withoutProtestTopics(ctx, treeOf, kept, dropCandidate);
        kept = withoutFiction(treeOf, kb.lexicon.clauseCues, withoutCharges(treeOf, kept, dropCandidate), dropCandidate);
        kept = withLoyalFactions(ctx, withPartiesBetween(ctx, asCancelledActs(ctx, applyWordSenses(ctx, withoutUnspecificAccusedActs(ctx, kept, dropCandidate), dropCandidate))));
        kept = withoutSpokenContentConjuncts(ctx, treeOf, withoutRestatedPurposes(ctx, treeOf, kept, dropCandidate), dropCandidate); // "summoned the envoy to protest": one act; "urged X to stop and hold talks": one request
        const inQuote = (head: number) => quotes.some((q) => q.fromToken <= head && head < q.toToken);
        const frameOf = (head: number) => chooseFrame(head, frames, quotes, quoteSpeakers, doc, sentence).frame;
        const candidates = splitCoordinatedClauses(doc.tokens, speechActs(ctx, kept, { antecedents, frameOf, inQuote, view: treeOf }));
        for (const proposed of candidates) {
          // "rejected Kyiv's claim that its forces shelled the plant", "denied that its forces shelled": a denied act is told, and denied
          const found = governingCandidate(proposed, shells.length ? [...candidates, ...shells] : candidates, treeOf, cuePhrases(kb.lexicon.clauseCues, 'lifted-block'));
          const governor = found?.info.type === 'REJECT' && frameOf(proposed.trigger.head)?.certainty === 'denied' ? null : found;
          // "called for the withdrawal": what is asked for, threatened or agreed to has not happened
          if (governor && governor.info.type !== 'ACCUSE') { drop?.('candidate', `candidate:governed-by-${governor.info.type}`, proposed.trigger, proposed.info.type); continue; }
          // "accused the army of killing civilians and burning homes", "denies backing the rebels": a charged or denied act
          // (conjunct) is coded only as a specific incident (accused-acts.ts); "denied shelling the plant on Sunday" is told
          if ((governor ?? found) && !proposed.trigger.nestedIn && isUnspecificAccusedAct(ctx, proposed, (governor ?? found)!.trigger)) { drop?.('candidate', governor ? 'candidate:accused-act-not-specific' : 'candidate:denied-act-not-specific', proposed.trigger, proposed.info.type); continue; }
          const c = governor ? accusedCandidate(proposed, governor) : proposed;
          const participants = [...c.actors, ...c.targets];
          const chosen = chooseFrame(c.trigger.head, frames, quotes, quoteSpeakers, doc, sentence);
          const frame = governor ? accuserFrame(governor) : selfClaimFrame(c, doc.tokens) ?? chosen.frame ?? unknownSpeakerFrame(treeOf(), c.trigger.head, kb.lexicon.reporting);
          // “Our fighters destroyed three tanks,” the group said: "our" is the speaker
          const refs = withSpeaker(antecedents, participants, frame, phrases, [sentence.start, sentence.end]);
          const judgedAs = participationType(c.info);
          const labour = isLabourDispute(c.actors, c.targets, refs);
          const groupFight = c.info.type === 'ASSAULT' && c.targets.length === 0 && (kb.lexicon.mutualFightNouns?.has(doc.tokens[c.trigger.head].lemma) ?? false) && c.actors.some((p) => isGroupSideOfFight(p, refs));
          const answered = isAnsweredByForce(ctx, treeOf(), c, candidates, refs); const stateOrGroup = labour || groupFight || answered || c.actors.some((p) => isPoliticalParticipant(p, refs, judgedAs, true, kb.lexicon.sideNouns)) || c.targets.some((p) => isPoliticalParticipant(p, refs, judgedAs, false));
          const communal = !stateOrGroup && isCommunalForce(c.info.type, c.actors, c.targets, refs, c.trigger.tokens.some((k) => k > c.trigger.head), () => articleDates.of(sentence.index).length > 0 || placeIndex.overlaps(sentence.start, sentence.end, (p) => p.place.precision !== 'country')); // crowds' force on people (actor-ref.ts)
          const political = stateOrGroup || communal;
          // a place and a date make an agentless act one occasion; the lead's main clause's place is the story's own ("Two engineers were kidnapped on Sunday")
          const agentless = political ? null : agentlessReason(c, refs, () => (sentence === body[0] && c.trigger.pattern.kind === 'verb' && isMainAssertion(treeOf(), c.trigger.head) || placeIndex.overlaps(sentence.start, sentence.end, (p) => p.place.precision !== 'country')) && articleDates.of(sentence.index).length > 0, () => (c.trigger.pattern.kind === 'noun' || doc.tokens[c.trigger.head].lower.endsWith('ing') && ((v) => v < 0 || isMainAssertion(treeOf(), v))(treeOf().head(c.trigger.head))) && (isStatedOccurrence(treeOf(), c.trigger.head, kb.lexicon.occurrenceVerbs) || [c.trigger.head, c.trigger.start].some((n) => isDatedTollSubject(treeOf(), n, c.info.type)) || isPerceivedNoun(treeOf(), c.trigger.head, kb.lexicon.clauseCues) && articleDates.of(sentence.index).length > 0), () => isMainAssertion(treeOf(), c.trigger.head)) ?? inquiredActReason(c, treeOf, cuePhrases(kb.lexicon.clauseCues, 'reacting'), refs, () => articleDates.of(sentence.index).length > 0, () => placeIndex.overlaps(sentence.start, sentence.end, (p) => p.place.precision !== 'country')) ?? toldActPassive(kb, doc.tokens, treeOf(), article.text, sentence.start, c); // "an investigation into the killing of a journalist in March" (inquired-act.ts); "the truce was signed" (told-act-passive.ts)
          if (!political && !agentless) { drop?.('candidate', 'candidate:no-political-participant', c.trigger, c.info.type); continue; }
          // among sport, market, weather or epidemic words an event needs an armed or state participant (relief, a giver)
          offTopic ??= sportsArticle ?? isOffTopic(doc.tokens, sentence, kb);
          const disaster = offTopic === 'weather' || offTopic === 'health';
          if (offTopic && !participants.some((p) => isArmedOrState(p, refs, disaster, offTopic === 'sport') && !(offTopic === 'sport' && isGamePiece(p, kb)) || c.info.type === 'AID' && disaster && isReliefParty(p, refs))) { drop?.('candidate', 'candidate:off-topic-without-armed-or-state', c.trigger, c.info.type); continue; }
          const rules: string[] = [...(frame ? [frame.rule, ...(frame.via ? [frame.via] : [])] : []), ...(labour ? [LABOUR_DISPUTE_RULE] : []), ...(communal ? [COMMUNAL_FORCE_RULE] : []), ...(answered ? [ANSWERED_DOERS_RULE] : [])];
          const condition = outsideWeighedQuestion(treeOf(), c, madeThreat(treeOf(), c, withInvertedCondition(treeCondition(treeOf(), c.trigger.head, ctx.kb.lexicon.clauseCues, c.trigger.tokens), doc.tokens, sentence, c.trigger.head)));
          const cancelled = isCancelledByRule(c.rules) || isCancelledAct(treeOf(), c.trigger.head, ctx.kb.lexicon.clauseCues);
          const calledOff = isCalledOffOnTree(treeOf(), c.trigger.head, ctx.kb.lexicon.clauseCues), prevented = isPreventedAct(treeOf(), c.trigger.head, ctx.kb.lexicon.clauseCues);
          // "Ukraine announced a halt in its fight": an act noun its own actor announces is done by the announcing ("claimed a drone attack" still only claims it)
          const announced = c.trigger.pattern.kind === 'noun' && c.rules.some((r) => r.startsWith('roles:support-verb:') && ANNOUNCING.has(r.slice(19)));
          const ownSpeechAct = (c.info.quadClass === 1 || c.info.quadClass === 3 || announced) && frame?.speaker != null && c.actors.some((a) => sameActor(a, frame.speaker!, refs) || speaksFor(frame.speaker!, a, refs));
          // ("a bombing blamed on the PKK killed": who did it is laid on the doer by someone unnamed)
          const decided = c.rules.includes('roles:characterised-by-is-target') && !frame || c.rules.includes(ATTRIBUTED_DOER_RULE) && !frame
            ? { certainty: 'alleged' as const, rule: c.rules.includes(ATTRIBUTED_DOER_RULE) ? 'certainty:attributed-doer' : 'certainty:unattributed-characterisation' }
            : decideCertainty({ modality: accusedActModality(ctx, c.trigger, (governor ?? twinAccusation(proposed, candidates))?.trigger), inCondition: condition.inCondition, conditionalMain: condition.conditionalMain, conditionRule: condition.rule, calledOff, cancelled, prevented, frame, ownSpeechAct, verbal: c.info.quadClass === 1 || c.info.quadClass === 3 });
          rules.push(decided.rule);
          if (decided.certainty === null) { drop?.('certainty', decided.rule, c.trigger, c.info.type); continue; }
          // an act with no named agent is coded only when stated as having happened
          if (agentless && decided.certainty !== 'asserted' && decided.certainty !== 'claimed') { drop?.('certainty', 'actor:agentless-act-not-stated-as-fact', c.trigger, c.info.type); continue; }
          if (agentless) rules.push(agentless);
          // "clashes broke out" stands with nobody named; "the attack" alone only refers back to an act already told
          const { rules: mentionRules, bare } = definiteMentionMarks(kb, doc.tokens, article.text, sentence.start, c, agentless, treeOf);
          rules.push(...mentionRules);
          // a participant no gazetteer vouches for is flagged for analysts; so is a role read by its story ("officers" as police)
          for (const p of participants) if ((p.rule.includes('unresolved-name') || p.rule === POLICE_CONTEXT_RULE) && !rules.includes(p.rule)) rules.push(p.rule);
          else if (p.rule.endsWith(NAMED_GROUP_DESCRIPTION) && !rules.includes(NAMED_GROUP_DESCRIPTION)) rules.push(NAMED_GROUP_DESCRIPTION);
          if (decided.certainty === 'hypothetical' && !options.includeHypothetical && !isStatedPossibility(c, decided.rule)) { drop?.('certainty', `${decided.rule}:hypothetical-dropped`, c.trigger, c.info.type); continue; }
          const judged: UndatedEvent = { ctx, candidate: c, certainty: decided.certainty, frame: decided.rule === CHARGE_MADE_RULE ? null : frame, quote: chosen.quote, rules, bare, refs, drop };
          // traced, each event is finished at once, so the drops are told in the sentence's order
          if (drop) for (const e of datedEvents(judged, scope)) events.push(e);
          else undated.push(judged);
        }
      }
      // the dates of the sentences that hold events, and what those with none may carry, in one run (article-dates.ts)
      meterSentence(-1); articleDates.readForEvents(undated.map((u) => u.ctx.sentence.index), body.slice(0, 3).map((s) => s.index));
      for (const u of undated) { meterSentence(u.ctx.sentence.start); for (const e of datedEvents(u, scope)) events.push(e); } // (no spread: `code` runs unoptimised)
      meterSentence(-1);
      const out = traceRefiner(options.trace, OBITUARY_REFINER, (es) => withoutLifeStory(es, article))(refineArticleEvents(events, { kb, sentenceStarts: doc.sentences.map((s) => s.start), text: article.text, armed, trace: options.trace })); // an obituary's life is background
      return [...out].sort((x, y) => x.trigger.span[0] - y.trigger.span[0]);
    },
  };
}
