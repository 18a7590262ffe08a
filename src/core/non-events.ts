import { WARNED_CONSEQUENCE_RULE } from '../extract/warned-consequence.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { concessionCue } from './concession.ts';
import { isStatedOccurrence } from './stated-occurrence.ts';
import { isTollSubject } from '../extract/tree-roles/named-act.ts';
import { POSSESSED_VERB_NOUN_RULE } from '../extract/tree-roles/gerund-noun.ts';
import { isDeliberatedAct } from './deliberated-act.ts';
import { isWeighedAct, WEIGHED_MEASURE_RULE } from './weighed-measure.ts';
import { isClosureForCause } from './closure-cause.ts';
import { isMeasureScope } from './measure-scope.ts';
import { isDefiedMeasure } from './defied-measure.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { besideOtherActs } from './beside-other-acts.ts';
import { inNamingPredicate, isNamingCall } from './naming-call.ts';
import { attackSubject, comparisonPart, isDangerReading, isEvaluatedAct, isStalledAct, isForestalled, isImperative, isLandmarkAct, isLandmarkClause, isSupposed, isQuestionAsked, isUnstartedState, isObjectClauseSubject, isOpenQuestion, isPrecondition, isPrepositionalTo, isStateUnder, isStatedAim, isHeldRelation, isWarnedOfState } from '../extract/tree-clauses/index.ts';
import { withoutCampaignPledges } from './campaign-pledge.ts';

/** One class of text that names an act without stating that it happened, read off the tree. */
interface NonEvent {
  /** the reason id a dropped candidate carries in the trace (`eval --explain`) */
  readonly reason: string;
  readonly test: (view: TreeView, c: Candidate, ctx: SentenceContext) => boolean;
}

// In order; the first that fits names the reason. Each class has its table tests in test/coder/non-events-*.test.ts.
const NON_EVENTS: readonly NonEvent[] = [
  // "imposed tariffs in retaliation for EU duties", "shelled the town in reprisal": the clause's own act told as an answer
  { reason: 'candidate:answer-manner', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && isAnswerManner(ctx, c.trigger.start, c.trigger.head) },
  // "Call your senator and demand a vote", "Fight for your rights": asked of the reader, done by no one
  { reason: 'candidate:tree-imperative', test: (view, c, ctx) => isImperative(view, c.trigger.head, ctx.sentence.text) },
  // "called the walkout unnecessary": a verb of naming with a predicate judges the act, it calls none
  { reason: 'candidate:tree-naming-call', test: (view, c) => c.trigger.pattern.kind === 'verb' && isNamingCall(view, c.trigger.head, c.trigger.tokens) },
  // "called the strikes an act of sabotage": an act noun in a naming's predicate judges the act named, it is none
  { reason: 'candidate:tree-naming-predicate', test: (view, c) => c.trigger.pattern.kind === 'noun' && inNamingPredicate(view, c.trigger.head) },
  // "Suppose that Iran hosted him and financed his attacks", "Imagine that China invaded Taiwan": a hypothesis
  { reason: 'candidate:tree-supposed', test: (view, c, ctx) => isSupposed(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'supposing'), ctx.sentence.text) },
  // "the drones exploded before they could hit the base": forestalled, not possible
  { reason: 'candidate:tree-forestalled', test: (view, c) => isForestalled(view, c.trigger.head) },
  // "will not take part in talks until Russia has withdrawn": what must come first has not happened
  { reason: 'candidate:tree-precondition', test: (view, c, ctx) => isPrecondition(view, c.trigger.head, ctx.kb.lexicon.clauseCues) },
  // "their goal was to march to the parliament": an aim, not an act
  { reason: 'candidate:tree-stated-aim', test: (view, c, ctx) => isStatedAim(view, c.trigger.head, ctx.kb.lexicon.clauseCues) },
  // "the attack is similar to raids conducted by Boko Haram": both sides of a likeness are told elsewhere
  { reason: 'candidate:tree-comparison', test: (view, c) => comparisonPart(view, c.trigger.head) !== null },
  // "it is not known how many rebels have been killed": an open question states nothing
  { reason: 'candidate:tree-open-question', test: (view, c) => isOpenQuestion(view, c.trigger.head) },
  // "told the BBC's service to Africa that ...": the "to" of "tell * to" is a noun's preposition, no infinitive follows
  { reason: 'candidate:tree-to-is-preposition', test: (view, c) => c.info.type === 'REQUEST' && isPrepositionalTo(view, c.trigger.pattern, c.trigger.tokens) },
  // "to make sure their demands are heard": the pattern's noun is the subject of a clause below the verb, not its object
  // ("warned there would be consequences if ...": a harm in store is the warning's object, extract/warned-consequence.ts)
  { reason: 'candidate:tree-object-is-clause-subject', test: (view, c) => isObjectClauseSubject(view, c.trigger.head, c.trigger.pattern, c.trigger.tokens) && !c.rules.includes(WARNED_CONSEQUENCE_RULE) },
  // "warned lawmakers that the debt was a threat to the country": a danger told of how things stand, no coercive warning
  { reason: 'candidate:tree-warned-of-state', test: (view, c) => c.info.type === 'THREATEN' && c.trigger.pattern.kind === 'verb' && c.trigger.tokens.length === 1 && isWarnedOfState(view, c.trigger.head) },
  // "tariffs on Chinese goods now stand at 145%", "the sanctions remain in place": a measure's level or standing is a state
  { reason: 'candidate:tree-measure-level', test: (view, c, ctx) => c.info.type === 'SANCTION' && c.trigger.pattern.kind === 'noun' && view.base(c.trigger.head) === 'nsubj' && cuePhrases(ctx.kb.lexicon.clauseCues, 'level-state').has(view.tokens[view.head(c.trigger.head)]?.lemma ?? '') },
  // "Eritrea has long been under U.N. sanctions": a state its subject is in
  { reason: 'candidate:tree-state-under', test: (view, c) => c.trigger.pattern.kind === 'noun' && isStateUnder(view, c.trigger.head) },
  // "flew him back to Libya on a government plane", "the soldiers were flown to Moscow": a verb of going with an
  // object, or in the passive, carries someone there, no visit
  { reason: 'candidate:tree-carried-not-gone', test: (view, c, ctx) => c.info.code === '042' && c.trigger.pattern.kind === 'verb' && cuePhrases(ctx.kb.lexicon.clauseCues, 'going').has(view.tokens[c.trigger.head].lemma) && (view.childrenWith(c.trigger.head, 'obj').length > 0 || view.isPassive(c.trigger.head)) },
  // "drones struck an energy facility, cutting power to 30,000 homes": a participle of outcome set off by a comma after
  // its act's clause, with no subject of its own, tells what that act did (clause-cues.tsv result-participle)
  { reason: 'candidate:tree-result-participle', test: (view, c, ctx) => isResultParticiple(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'result-participle')) },
  // "thousands gathered in the square to celebrate the victory", "supporters gathered to welcome him": a crowd met for a
  // feast, a welcome or a funeral is no protest (clause-cues.tsv festive-purpose)
  { reason: 'candidate:tree-festive-gathering', test: (view, c, ctx) => c.info.type === 'PROTEST' && c.trigger.pattern.kind === 'verb' && view.childrenWith(c.trigger.head, 'advcl', 'xcomp').some((k) => view.tokens[k - 1]?.lower === 'to' && cuePhrases(ctx.kb.lexicon.clauseCues, 'festive-purpose').has(view.tokens[k].lemma)) },
  // "activists who had travelled to observe the vote", "fans flew to watch the final": a journey whose "to" opens an
  // infinitive names what one went to do, no place and no host visited (with someone to meet, "travelled to meet
  // Netanyahu", the visit has its host)
  { reason: 'candidate:tree-went-to-do', test: (view, c, ctx) => c.info.code === '042' && c.trigger.pattern.kind === 'verb' && c.targets.length === 0 && cuePhrases(ctx.kb.lexicon.clauseCues, 'going').has(view.tokens[c.trigger.head].lemma) && view.tokens[c.trigger.tokens[c.trigger.tokens.length - 1]].lower === 'to' && view.upos(c.trigger.tokens[c.trigger.tokens.length - 1] + 1) === 'VERB' },
  // "the United States, which has a mutual defence treaty with the Philippines": a cooperative tie held now
  { reason: 'candidate:tree-held-relation', test: (view, c) => c.trigger.pattern.kind === 'noun' && TIES.has(c.info.type) && isHeldRelation(view, c.trigger.head) },
  // "rejected an attack on al-Qaeda bases", "ruled out an invasion": an act weighed or opposed, none done
  // (a hostile measure its own side weighs is a threat, weighed-measure.ts)
  { reason: 'candidate:tree-deliberated-act', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && !c.rules.includes(WEIGHED_MEASURE_RULE) && isDeliberatedAct(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'deliberating')) },
  // "is considering deporting the migrants", "weighing whether to arrest the organisers": an act weighed, none done
  { reason: 'candidate:tree-weighed-act', test: (view, c, ctx) => !c.rules.includes(WEIGHED_MEASURE_RULE) && isWeighedAct(view, c, cuePhrases(ctx.kb.lexicon.clauseCues, 'weighing')) },
  // "Thousands rallied despite army warnings": an act the news happened in spite of is told as its setting
  { reason: 'candidate:tree-concession', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && concessionCue(view, c.trigger.head, ctx.kb.lexicon.backgroundCues) !== null },
  // "protesters want the president to resign": what one wants another to do has not been done
  { reason: 'candidate:tree-wanted-of-another', test: (view, c, ctx) => isWantedOfAnother(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'desire')) },
  // "the 2014 annexation of Crimea", "since the 2003 invasion", "the invasion in 2003": an act named by its year is a past event referred to
  { reason: 'candidate:tree-named-by-year', test: (view, c) => c.trigger.pattern.kind === 'noun' && namedByYear(view, c.trigger.head) },
  // "since the invasion of Iraq, prices have doubled": an act a time is counted from is a past landmark
  { reason: 'candidate:tree-landmark-act', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && isLandmarkAct(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'reference-from'), c.trigger.start, ctx.sentence.tokenStart) },
  // "the chaos that has gripped the country since the dictator was toppled": so for a clause the time is counted from
  { reason: 'candidate:tree-landmark-clause', test: (view, c, ctx) => c.trigger.pattern.kind === 'verb' && isLandmarkClause(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'reference-from')) },
  // "The bombing of Dresden remains a war crime", "the invasion provided cover": an act judged, not told
  { reason: 'candidate:tree-evaluated-act', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && isEvaluatedAct(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'evaluating')) },
  // "said peace talks with Kyiv were on pause", "the negotiations are at a standstill": a state, no meeting held
  { reason: 'candidate:tree-stalled-act', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && isStalledAct(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'stalled-state')) },
  // "the Taliban are a bigger threat", "poses a threat to Iran": a danger, no threat anyone made
  { reason: 'candidate:tree-danger-noun', test: (view, c, ctx) => c.info.type === 'THREATEN' && c.trigger.pattern.kind === 'noun' && isDangerReading(view, c.trigger.head, dangerCues(ctx)) },
  // "the Israeli occupation", "the cost of the Iraq occupation": a state that lasts, no act that happened
  { reason: 'candidate:tree-unstarted-state', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && isUnstartedState(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'state-noun'), cuePhrases(ctx.kb.lexicon.clauseCues, 'onset')) },
  // "'Where is the money?' asked Bush", "asked the minister about the funds": a question, no appeal
  { reason: 'candidate:tree-question-asked', test: (view, c, ctx) => c.info.type === 'REQUEST' && c.trigger.tokens.length === 1 && isQuestionAsked(view, c.trigger.head, (n) => ctx.phraseAt.has(n) || view.upos(n) === 'PRON') },
  // "deliver arms to rebels", "longer sentences": the word tagger's verb is a noun phrase's head in the parse
  // (a one-word trigger only: the patterns of several words read nouns on purpose, "repeated calls for a cease-fire"; a
  // possessed act noun of the verb's form is an act, "Russia's capture of Avdiivka": gerund-noun.ts)
  { reason: 'candidate:tree-noun-phrase-head', test: (view, c) => c.trigger.pattern.kind === 'verb' && c.trigger.tokens.length === 1 && isNounPhraseHead(view, c.trigger.head) && !c.rules.includes(POSSESSED_VERB_NOUN_RULE) },
  // "Russian shelling damaged several homes": the damage is the shelling's effect, the shelling the event (a
  // killing by it joins the attack as its toll: casualties-of-attack)
  // "the U.N. peacekeeping mission withdrew from Mali": a mission or force named by its work, as a verb's subject, is
  // the body that acts, not an act; so it is where it describes a body named beside it ("the UN peacekeeping force
  // UNIFIL said", "UNIFIL, the UN peacekeeping force in Lebanon, said") or owns a person ("the force's commander")
  { reason: 'candidate:tree-acting-body', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && BODY_SLOTS.has(view.label(c.trigger.head)) && cuePhrases(ctx.kb.lexicon.clauseCues, 'acting-body').has(view.tokens[c.trigger.head].lemma) },
  // "warned its nationals against travelling to Mali", "advised citizens against visiting Iran", "decided against
  // sending troops": a gerund marked by "against" is an act advised or decided against, not one done
  { reason: 'candidate:tree-act-against', test: (view, c) => isActAgainst(view, c.trigger.head) },
  // "violated a ban on exports to Iran", "circumvented export controls": a measure defied stands already, no new one
  { reason: 'candidate:tree-defied-measure', test: (view, c, ctx) => isDefiedMeasure(view, c, cuePhrases(ctx.kb.lexicon.clauseCues, 'defying')) },
  // "imposed restrictions on protests", "a ban on rallies", "a moratorium on executions": the kind of act a curb is on,
  // none done (the curb is its own event; a pattern that spells the curb, "restrictions on the movement", is the curb)
  { reason: 'candidate:tree-curbed-kind', test: (view, c, ctx) => c.trigger.pattern.kind === 'noun' && isCurbedKind(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'curbing')) && !c.trigger.tokens.includes(view.head(c.trigger.head)) },
  // "adopted new sanctions, targeting dozens of tankers": what a measure covers, no attack
  { reason: 'candidate:tree-measure-scope', test: (view, c, ctx) => isMeasureScope(view, c, ctx) },
  // "offices were closed because of the typhoon", "banks closed for the Eid holiday": a precaution or a day off
  { reason: 'candidate:tree-closure-for-cause', test: (view, c, ctx) => isClosureForCause(view, c, ctx) },
  // "Israel warned of a possible Iranian attack", "Egypt warned of an Israeli offensive on Rafah": the act warned of
  // is another party's (its demonym or owner names a country not the speaker's), a danger, no threat of one's own
  { reason: 'candidate:tree-warned-of-others-act', test: (view, c, ctx) => c.info.type === 'THREATEN' && warnsOfOthersAct(view, c, ctx) },
  { reason: 'candidate:tree-effect-of-attack', test: (view, c, ctx) => isMaterialConflict(c) && attackSubject(view, ctx.kb, c.trigger.head) !== null },
  // "Russian banks were hit by new EU sanctions", "towns struck by floods": the effect of a measure or a natural force
  { reason: 'candidate:tree-hit-by-measure', test: (view, c, ctx) => c.info.type === 'ASSAULT' && c.trigger.pattern.kind === 'verb' && hitByMeasure(view, c.trigger.head, cuePhrases(ctx.kb.lexicon.clauseCues, 'measure')) },
  // "received the visiting British prime minister", "the fighting factions agreed": a one-word act noun read off an
  // -ing form that modifies the noun after it describes that noun; the act is the clause's own (hosting, agreeing)
  { reason: 'candidate:tree-prenominal-ing', test: (view, c) => c.trigger.pattern.kind === 'noun' && c.trigger.tokens.length === 1 && isPrenominalIng(view, c.trigger.head) },
  // "Moscow blamed Kyiv for the attack, an accusation Ukraine rejected", "The rebels attacked the base, an assault that
  // killed 12 soldiers": an indefinite noun set off after a clause, described by a relative clause, names that
  // clause's act again; the act is told once, by its clause
  { reason: 'candidate:tree-summary-apposition', test: (view, c) => c.trigger.pattern.kind === 'noun' && isSummaryApposition(view, c.trigger.head) },
  // "Russia's war in Ukraine", "the war between Israel and Hamas": a war named is a lasting state; "war broke out in
  // April", "the war between A and B has killed thousands" state it (rows marked `stated`, data/patterns/nouns.tsv)
  { reason: 'candidate:tree-war-not-stated', test: (view, c, ctx) => c.trigger.pattern.requiresStatement === true && !isStatedOccurrence(view, c.trigger.head, ctx.kb.lexicon.occurrenceVerbs) && !isTollSubject(view, c.trigger.head) },
];

// the types of a tie one side may hold with another (a meeting held now, "have talks on Monday", is still an act)
const TIES = new Set(['SUPPORT', 'COOPERATE', 'AGREE']);
const SUMMARY_LABELS = new Set(['parataxis', 'appos', 'obl:unmarked', 'dep']);
// where a body named by its work stands as a participant: a subject, a name's apposition or description, an owner
const BODY_SLOTS = new Set(['nsubj', 'nsubj:pass', 'appos', 'compound', 'nmod:poss']);
/** The verb is passive and its agent's head noun names a measure ("hit by U.S. sanctions", "battered by storms"). */
function hitByMeasure(view: TreeView, verb: number, measures: ReadonlySet<string>): boolean {
  return view.isPassive(verb) && view.childrenWith(verb, 'obl:agent', 'obl').some((a) => view.marker(a) === 'by' && measures.has(view.tokens[a].lemma));
}

// the act noun is the "on" noun of a curbing noun
const isCurbedKind = (view: TreeView, noun: number, curbs: ReadonlySet<string>) => view.label(noun) === 'nmod' && view.marker(noun) === 'on'
  && view.head(noun) >= 0 && curbs.has(view.tokens[view.head(noun)].lemma);

function isSummaryApposition(view: TreeView, noun: number): boolean {
  const det = noun - 1;
  if (view.upos(noun) !== 'NOUN' || !SUMMARY_LABELS.has(view.label(noun)) || view.upos(view.head(noun)) !== 'VERB') return false;
  if (!['a', 'an'].includes(view.tokens[det]?.lower ?? '') || view.tokens[det - 1]?.text !== ',') return false;
  return view.childrenWith(noun, 'acl:relcl').length > 0;
}

// a noun in the parse with what only a noun takes: a preposition, a determiner, an adjective or an owner before it
// ("their hammer", "his hammer"; "to caution Iraqi forces" the parse may read as a preposition's noun: "to" counts
// before a plural only)
// (a gerund or participle keeps its verb reading: "heavy shelling hit the city", "watched the students marching")
const isNounPhraseHead = (view: TreeView, head: number) => view.upos(head) === 'NOUN' && !/(?:ing|ed)$/.test(view.tokens[head].lower) && view.children(head).some((k) => k < head && ['case', 'det', 'amod', 'nmod:poss'].includes(view.label(k))
  && !(view.tokens[k].lower === 'to' && !/[a-z]s$/.test(view.tokens[head].lower)));

const isPrenominalIng = (view: TreeView, k: number) => /[a-z]ing$/.test(view.tokens[k].lower) && view.label(k) === 'amod'
  && view.head(k) > k && ['NOUN', 'PROPN'].includes(view.upos(view.head(k)));

const isActAgainst = (view: TreeView, head: number) => view.upos(head) === 'VERB' && /ing$/.test(view.tokens[head].lower)
  && view.children(head).some((k) => ['mark', 'case'].includes(view.label(k)) && view.tokens[k].lower === 'against');

function warnsOfOthersAct(view: TreeView, c: Candidate, ctx: SentenceContext): boolean {
  const t = ctx.doc.tokens;
  if (c.trigger.pattern.kind !== 'verb' || t[c.trigger.head].lemma !== 'warn' || !c.trigger.tokens.some((k) => t[k].lower === 'of')) return false;
  const own = c.actors[0]?.code?.slice(0, 3);
  const act = c.trigger.tokens[c.trigger.tokens.length - 1];
  const doers = view.children(act).filter((m) => ['amod', 'nmod:poss', 'compound'].includes(view.label(m))).map((m) => ctx.phraseAt.get(m)?.code?.slice(0, 3));
  return own !== undefined && doers.some((d) => d !== undefined && d !== own);
}

const dangerCues = (ctx: SentenceContext) => ({
  nouns: cuePhrases(ctx.kb.lexicon.clauseCues, 'danger-noun'),
  verbs: cuePhrases(ctx.kb.lexicon.clauseCues, 'danger-verb'),
  modifiers: cuePhrases(ctx.kb.lexicon.clauseCues, 'danger-modifier'),
});

// the infinitive hangs on a verb of wanting that has an object of its own (the party wanted to act)
const isWantedOfAnother = (view: TreeView, verb: number, desire: ReadonlySet<string>) => {
  const head = view.head(verb);
  return view.label(verb) === 'xcomp' && head >= 0 && desire.has(view.tokens[head].lemma) && view.childrenWith(head, 'obj').length > 0;
};

const YEAR = /^(?:1[89]|20)\d\d$/;
// a year among the words before the act noun that modify it ("the 2014 annexation", "Russia's 2022 invasion")
// ... or a year after it that dates the noun itself ("before the American invasion in 2003", "the coup in 1999")
const namedByYear = (view: TreeView, noun: number) => view.children(noun).some((m) => YEAR.test(view.tokens[m].text) && (m < noun && ['nummod', 'compound', 'amod', 'nmod:poss'].includes(view.label(m))
  || m > noun && view.label(m) === 'nmod' && view.childrenWith(m, 'case').some((k) => view.tokens[k].lower === 'in')));

// a material act against someone other than an attack itself: coercion, seizure, sanctions (quad class 4)
const isMaterialConflict = (c: Candidate) => c.info.quadClass === 4 && c.info.type !== 'ASSAULT' && c.trigger.pattern.kind === 'verb';

/**
 * Candidates that only name an act (coding guide rule 1): each class in NON_EVENTS drops what it fits.
 * Runs with the other clause filters (descriptions, background, purposes), before the speech acts.
 */
export function withoutNonEvents(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const beside = besideOtherActs(candidates);
  return withoutCampaignPledges(ctx, view, candidates, onDrop).filter((c) => {
    const reason = NON_EVENTS.find((n) => n.test(view(), c, ctx))?.reason ?? beside(view(), c, ctx);
    if (reason === undefined) return true;
    onDrop?.(c, reason);
    return false;
  });
}

const MANNER_MARKERS = new Set(['in', 'as']);
/** "in retaliation (for ...)", "as a reprisal": the trigger is an answer word (clause-cues answer-manner) right after "in" or "as (a)". */
function isAnswerManner(ctx: SentenceContext, start: number, head: number): boolean {
  const t = ctx.doc.tokens;
  if (start !== head || !cuePhrases(ctx.kb.lexicon.clauseCues, 'answer-manner').has(t[head].lower)) return false;
  const before = t[head - 1]?.lower === 'a' ? head - 2 : head - 1;
  return before >= ctx.sentence.tokenStart && MANNER_MARKERS.has(t[before].lower);
}

/** An -ing adverbial clause after a comma, below an earlier verb, with no subject: "struck a substation, cutting power to". */
function isResultParticiple(view: TreeView, verb: number, results: ReadonlySet<string>): boolean {
  const t = view.tokens;
  // (the parse may join the participle to the verb as a conjunct with no "and")
  const adverbial = view.base(verb) === 'advcl' || view.base(verb) === 'conj' && view.childrenWith(verb, 'cc').length === 0;
  if (!results.has(t[verb].lemma) || !t[verb].lower.endsWith('ing') || !adverbial) return false;
  const head = view.head(verb);
  return head >= 0 && head < verb && t[verb - 1]?.text === ',' && view.childrenWith(verb, 'nsubj', 'nsubj:pass').length === 0;
}
