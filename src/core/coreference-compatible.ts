import type { ActorRef, Certainty, Event, EventLocation } from '../schema/event.ts'; import { SPEAKER_KIN_RULE } from '../resolve/speaker-kin.ts';
import { hasThingTarget } from '../extract/tree-roles/index.ts';
import { describesGroup, type ArmedActors } from './armed-actors.ts';
import { participantsOf } from './participants.ts';
import { buildingsOfSettlement, settlementsFit } from './settlement-targets.ts';
import { PERSON_SHAPE } from '../resolve/later-mentions.ts';
import { COUNTERED_ACT_DOER } from './countered-act.ts';
import { coordinatedActs } from './coordinated-acts.ts';
import { datesFit, otherToldDay, statedDate } from './coreference-dates.ts';
import { datesTheTelling } from '../provenance/telling-date.ts';
import { otherActForm } from './other-act-forms.ts';
import { EACH_OTHER_RULE } from '../extract/candidate.ts';
import { visitMeetsHost } from './visit-host.ts';
import { placesFit, placeTold } from './places-fit.ts';
import { fold } from './fold-name.ts';
export { datesFit, placesFit };

// When two mentions in one article can be the same real event: no field the two sentences state
// contradicts the other. A field one mention leaves out (no actor, no stated date) never contradicts.


/**
 * The same participant, named alike or coded alike. A code that extends the other is the same actor seen
 * closer: "Iraq" (IRQ) and "Iraqi forces" (IRQMIL), "Nigeria" and "Nigerian villagers".
 */
export function sameParticipant(a: ActorRef, b: ActorRef): boolean {
  // "Foreign Minister Dmytro Kuleba rejected" … "President Volodymyr Zelensky said his side will not": one code, two people
  if (twoPeople(a, b)) return false;
  if (a.code !== null && b.code !== null) return a.code.startsWith(b.code) || b.code.startsWith(a.code);
  const [x, y] = [fold(a.name), fold(b.name)];
  return x !== '' && y !== '' && (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

const surname = (name: string) => fold(name).split(' ').pop() ?? '';
/** Both are people named in full, with different surnames. */
const twoPeople = (a: ActorRef, b: ActorRef) => PERSON_SHAPE.test(a.name) && PERSON_SHAPE.test(b.name) && surname(a.name) !== surname(b.name);

/**
 * 'same' when both name one participant, 'open' when either leaves it out or one only describes the armed
 * group the other names ("militants" … "al-Shabab"), 'conflict' otherwise.
 */
export function participantFit(a: ActorRef | null, b: ActorRef | null, armed?: ArmedActors, text?: string): 'same' | 'open' | 'conflict' {
  if (a === null || b === null || isBarePronoun(a, text) || isBarePronoun(b, text)) return 'open';
  if (sameParticipant(a, b)) return 'same';
  return armed && describesGroup(armed(a), armed(b)) ? 'open' : 'conflict';
}

/**
 * A pronoun with no code says nothing of who acts. Given the article's text, one the resolver took to an antecedent
 * names it ("Thousands of residents fought ... as they tried to block roads"), unless it follows a reporting verb
 * ("Residents said they were protesting": the speakers, or those they speak of).
 */
const isBarePronoun = (a: ActorRef, text?: string) => a.code === null && PRONOUNS.has(fold(a.text))
  && (text === undefined || fold(a.name) === fold(a.text) || AFTER_REPORTING.test(text.slice(Math.max(0, a.span[0] - 24), a.span[0])));
const AFTER_REPORTING = /\b(?:said|says|say|told\s+\S+|added|stated|claimed)\s+(?:that\s+)?$/i;

/**
 * Coordinated participants of two mentions: "Chad and Cameroon deployed forces" … "Chad's troops" share
 * one of them, so they are the same; a pair fits at best as well as its best-fitting two members.
 */
export function participantsFit(a: readonly ActorRef[], b: readonly ActorRef[], armed?: ArmedActors, text?: string): 'same' | 'open' | 'conflict' {
  if (a.length === 0 || b.length === 0) return 'open';
  const fits = a.flatMap((x) => b.map((y) => participantFit(x, y, armed, text)));
  return fits.includes('same') ? 'same' : fits.includes('open') ? 'open' : 'conflict';
}

/**
 * Targets of two mentions: a thing attacked and a person hit fit one act ("stormed the district center" …
 * "killed the police chief"); two things are one when their head nouns agree ("an army base" … "the base").
 */
export function targetFit(a: Event, b: Event): 'same' | 'open' | 'conflict' {
  // "the Kenyans counterattacked" aimed at the militants is inferred: it neither ties nor parts two mentions
  if (a.rules.includes(COUNTERED_ACT_DOER) || b.rules.includes(COUNTERED_ACT_DOER)) return 'open';
  const [x, y] = [hasThingTarget(a), hasThingTarget(b)];
  if (x !== y) return [a, b].some((e) => e.rules.includes(SPEAKER_KIN_RULE)) ? 'conflict' : 'open'; // ('"They killed my brother," a resident said' after a raid on a camp: her own loss, another act; resolve/speaker-kin.ts)
  if (!x || a.target === null || b.target === null) return visitMeetsHost(a, b) || visitMeetsHost(b, a) ? 'same' : participantsFit(participantsOf(a, 'target'), participantsOf(b, 'target'));
  if (headNoun(a.target) !== '' && headNoun(a.target) === headNoun(b.target)) return 'same';
  // "attacked a village" … "attacked the community of Njaba": an indefinite description, or a settlement told by
  // its kind, fits a place the other names
  // and a settlement fits its buildings ("hit five villages" … "burned homes")
  const fits = describesNamed(a.target, b.target) || describesNamed(b.target, a.target) || settlementsFit(a.target.text, b.target.text)
    || buildingsOfSettlement(a.target.text, b.target.text);
  return fits ? 'open' : 'conflict';
}

const headNoun = (t: ActorRef) => fold(t.text).split(' ').pop() ?? '';
const INDEFINITE = /^(?:a|an|one|some|several)\s/i;
const NAMED = /\b\p{Lu}\p{Ll}+/u;
/** `a` is an indefinite description ("a village", "an army base") and `b` names its place ("the town of Kidal"). */
const describesNamed = (a: ActorRef, b: ActorRef) => INDEFINITE.test(a.text) && !INDEFINITE.test(b.text) && NAMED.test(b.text.replace(/^\p{Lu}\p{Ll}*\s/u, (w) => w.toLowerCase()));

// A restatement reports the same event, whether the outlet or a source vouches for it; what an accuser
// alleges, plans, conditions and denials stay apart ("Armenia accused Azerbaijan of attacks" is not
// "Azerbaijan said it had launched an operation").
const FACTUAL = new Set<Certainty>(['asserted', 'claimed']);
export const certaintiesFit = (a: Certainty, b: Certainty) => a === b || (FACTUAL.has(a) && FACTUAL.has(b));

// "Chadian troops reportedly have retaken a village" … "a resident told VOA that Chadian forces took control of the
// village": a hedge word makes the outlet's report of someone's claim, not an accusation; it restates a claim
// the same for unnamed reports ("reports said a Taliban attack on army posts killed 15 soldiers" … "the Taliban said
// it killed 40 soldiers"): hearsay repeats what someone claims, it accuses no one
const HEDGE = 'certainty:hedge:';
const HEARSAY = 'provenance:hearsay';
const asReported = (e: Event): Certainty => (e.provenance.certainty === 'alleged' && e.rules.some((r) => r.startsWith(HEDGE) || r === HEARSAY) ? 'claimed' : e.provenance.certainty);

// "Armenia alleged that Azerbaijani troops shelled a village" … "the Armenian defense ministry said Azerbaijani forces
// attacked the village": one side's speaker alleges the act, then tells it; the allegation and the telling are one act
const REPORTED = new Set<Certainty>(['alleged', 'claimed']);
const speakerCode = (e: Event) => (e.provenance.source === 'outlet' ? null : e.provenance.source.code?.slice(0, 3) ?? null);
function oneAccuser(a: Event, b: Event): boolean {
  const [x, y] = [speakerCode(a), speakerCode(b)];
  return REPORTED.has(a.provenance.certainty) && REPORTED.has(b.provenance.certainty) && x !== null && x === y;
}

/** `a` takes its day from a day the text states elsewhere, and `b` states another day of its own (not the telling's). */
const daysApart = (a: Event, b: Event) => !datesTheTelling(b) && otherToldDay(a.date, b.date);

// "another attack", "a second strike", "attacked again", "also detained": the text says this is a new occasion;
// so do adverbs of sequence ("and later killed a general", "subsequently detained"): a next act, not a restatement.
// Lower case only, so "New Delhi" is no cue; "Another"/"Also"/"Later" may open the sentence.
const ANOTHER = /\b(another|again|second|third|fourth|fresh|new|separate|also|further|renewed|latest|similar|later|subsequently|afterwards|Another|Also|Later|Subsequently|Afterwards)\b/;

// "Separately, reports said a Taliban attack ...", "Elsewhere, gunmen stormed ...": a sentence that opens by turning
// to another thread of the story tells another occasion, however far its trigger is from the cue; so does one that
// opens with the time gone by since what was told ("Hours later, Russian missiles hit ...", "Two days later, ...",
// "The next day, ...")
const NEW_THREAD = /^\W*(?:Separately|Elsewhere|Meanwhile|In (?:a|another) (?:separate|different) \w+|(?:(?:\w+\s+){0,2}(?:later|afterwards)|Shortly after(?:wards)?|The (?:next|following) (?:day|morning|night|week)),)/;

/** The sentence opens with a turn to another thread: apart from what earlier sentences told, one with its own. */
export function opensNewThread(e: Event, text: string): boolean {
  const [s0, s1] = e.evidence.span;
  return NEW_THREAD.test(text.slice(s0, Math.min(s1, s0 + 40)));
}

/** The words just around a mention's trigger (same sentence) mark it as another occasion. */
export function marksAnotherOccasion(e: Event, text: string): boolean {
  const [s0, s1] = e.evidence.span;
  const [t0, t1] = e.trigger.span;
  // the clause around the trigger: back to a comma, forward to a comma ("struck the town again on Monday")
  const clause = text.slice(Math.max(s0, t0 - 30), t0).split(/[,;]/).pop() ?? '';
  // "The group later said its fighters killed ten soldiers": an adverb before the verb of telling times the telling
  const before = clause.split(TELLING).pop() ?? '';
  // "women who fled when the gunmen attacked later returned": an adverb of sequence right before the next verb is its own
  const after = text.slice(t0, Math.min(s1, t1 + 30)).split(/[,;]/)[0].split(NEXT_VERB_SEQUENCE)[0];
  return ANOTHER.test(`${before} ${after}`);
}
const NEXT_VERB_SEQUENCE = /\s(?:later|subsequently|afterwards)\s+[a-z]+ed\b/;
const TELLING = /\b(?:said|says|told|tells|claimed|claims|reported|reports|added|stated|confirmed|confirms|announced|announces)\b/;

/**
 * How well a later mention fits an earlier one: null when the two cannot be the same event, else the
 * participants both name (one more for the same stated day). 0 means nothing contradicts but nothing
 * ties them either ("Gunmen attacked a village" … "A bomb hit a market"): not enough to merge.
 */
export function coreferenceScore(event: Event, later: Event, text: string, armed?: ArmedActors): number | null {
  if (event.type !== later.type || !certaintiesFit(asReported(event), asReported(later)) && !oneAccuser(event, later)) return null;
  if (coordinatedActs(event, later, text) || otherActForm(event, later) || oneIntercepts(event, later)) return null;
  if (newAddressee(event, later, text) || onDoerOfOther(event, later) || onDoerOfOther(later, event)) return null;
  if (outsideEachOther(event, later) || outsideEachOther(later, event)) return null;
  // only the agent may be a description of the group the other names: "Militants then attacked the base" restates
  // "al-Shabab militants attacked a base"; "troops killed 23 militants" is not "troops retook the town from al-Shabab"
  // a stage of a told act ("the assault ... ended in a gun battle with security forces") or what
  // it did ("The assault killed 40 worshippers" after "attacked a church") names whom that hit, which may be others
  // than the act's first target: its target never contradicts
  // ("The assailants killed 12 guests" after "Gunmen stormed a hotel": the doers' noun tells more of their act, on whomever;
  // "The kidnappers beat him" is another act of theirs, CAMEO 182 after 181: only the same act or a generic one, 190)
  const doers = theDoers(event, later, text) && (event.type === 'PROTEST' || later.cameo === event.cameo || [later.cameo, event.cameo].includes('190'));
  // ("The gunmen attacked an army base": a thing introduced anew is another act's target)
  const target = doers && !INDEFINITE.test(later.target?.text ?? '') || later.rules.includes(PART_OF_TOLD_ACT) || later.rules.includes(DONE_BY_TOLD_ACT) ? 'open' : targetFit(event, later);
  const fits = [doers ? 'same' as const : participantsFit(participantsOf(event, 'actor'), participantsOf(later, 'actor'), armed, text), target];
  if (fits.includes('conflict')) return null;
  // an agentless report is not tied to a later one that names an agent: "Two soldiers were killed in an
  // ambush. Troops exchanged fire with militants" are two acts; only the reverse order restates the lead
  // ("The Taliban claimed the attack" names the agent of the act told before it, as its definite noun says)
  // ... unless it refers back with a definite noun ("Friday's attack in Abyan"): a later mention may name its agent again
  if (event.actor === null && later.actor !== null && !refersBack(later) && !event.rules.includes(DEFINITE_ACT)) return null;
  if (!datesFit(event.date, later.date) || !placesFit(placeTold(event), placeTold(later)) || daysApart(event, later) || daysApart(later, event)) return null;
  if (marksAnotherOccasion(later, text)) return null;
  if (later.evidence.span[0] !== event.evidence.span[0] && opensNewThread(later, text)) return null;
  const shared = fits.filter((f) => f === 'same').length;
  const sameDay = statedDate(event.date)?.precision === 'day' && statedDate(later.date)?.value === event.date?.value;
  if (shared === 0) return refersBack(later) || pronounAgent(event) || pronounAgent(later) ? DEFINITE_ANAPHOR : 0;
  return shared + (sameDay ? 1 : 0);
}

// "Russia launched 120 drones at Ukraine" … "its air defences destroyed 64 Ukrainian drones": an act on weapons in
// flight (shot down, intercepted) is a defence, never the same act as one aimed at a place or people
const INTERCEPTION = /\b(?:intercept\w*|shot|shoots?|shooting|down(?:s|ed|ing)?|destroy\w*|neutrali[sz]\w*)\b.*\b(?:drones?|missiles?|rockets?|projectiles?|uavs?|warplanes?|jets?|aircraft|helicopters?|planes?|balloons?)(?:\s+down)?$/i;
const intercepts = (e: Event) => INTERCEPTION.test(e.trigger.text);
const oneIntercepts = (a: Event, b: Event) => intercepts(a) !== intercepts(b) && a.target !== null && b.target !== null;

// "Pakistan accused India of the ambush" … "Islamabad summoned a senior Indian diplomat": a later verbal act aimed at
// someone it introduces (an indefinite description) is said to another addressee, a new act; restating one names
// its addressee as before ("accused India" … "criticized India")
const VERBAL = new Set([1, 3]);
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/iu;
function newAddressee(a: Event, b: Event, text: string): boolean {
  if (!VERBAL.has(a.quad_class) || !VERBAL.has(b.quad_class) || b.target === null) return false;
  const before = text.slice(Math.max(0, b.target.span[0] - 20), b.target.span[0]);
  return (INDEFINITE.test(b.target.text) || INDEFINITE_BEFORE.test(before)) && (a.target === null || fold(a.target.text) !== fold(b.target.text));
}

// "Armenia and Azerbaijan accused each other ... Pashinyan accused Russia of failing to restrain Baku": an act its doers
// did to each other has them as its recipients too, so a mention aimed at someone else is another act
function outsideEachOther(a: Event, b: Event): boolean {
  if (!a.rules.includes(EACH_OTHER_RULE) || b.target === null) return false;
  return !participantsOf(a, 'actor').some((x) => sameParticipant(x, b.target!));
}

// "the army said it had killed militants who ambushed a convoy": the one an act lands on did the other act, whose
// target is someone else: two acts (a clash told from both sides names each side as actor and target in turn)
// (one party exactly: "Nigeria" as a place hit and "Nigerian militants" share a country, not a party)
function onDoerOfOther(a: Event, b: Event): boolean {
  if (a.target === null || b.actor === null || !sameParty(a.target, b.actor)) return false;
  return !(a.actor !== null && b.target !== null && sameParty(a.actor, b.target));
}
const sameParty = (x: ActorRef, y: ActorRef) => (x.code !== null && y.code !== null ? x.code === y.code : sameParticipant(x, y));

// "Several hundred Iranians staged protests in Isfahan" … "the protesters marched", "Gunmen ambushed a convoy" … "The
// attackers struck the convoy": in a later act of the same type, the doers' own noun with "the" (and nothing more)
// names whoever did the one told before, as "the attack" does an act
const DOERS: Readonly<Record<string, RegExp>> = {
  PROTEST: /^(?:the )?(?:protesters|protestors|demonstrators|marchers)$/i,
  ASSAULT: /^(?:the )?(?:attackers?|assailants?|gunm[ae]n|raiders|kidnappers|abductors|hijackers|bombers)$/i,
};
/** The mention's agent is only the doers' noun ("the attackers") with no code: it names less than a group told before. */
export const doerNounAgent = (e: Event): boolean => e.actor !== null && e.actor.code === null && Object.values(DOERS).some((r) => r.test(e.actor!.text.trim()));
// ... unless the act told before was done to such doers ("officers killed two of the assailants" … "the gunmen had kidnapped
// a farmer"): there the noun takes up whom it hit, another party, and the later act is theirs, not the officers'
const theDoers = (a: Event, b: Event, text: string) => a.actor !== null && b.actor !== null && DOERS[a.type]?.test(b.actor.text.trim()) === true
  && !(a.target !== null && DOERS[a.type]?.test(a.target.text.replace(/^.*\bof\s+/i, '').trim()) === true)
  && /\bthe\s+$/i.test(text.slice(Math.max(0, b.actor.span[0] - 5), b.actor.span[0]) + (b.actor.text.toLowerCase().startsWith('the ') ? 'the ' : ''));

// Weaker than any shared participant: a definite mention joins the latest fitting event, never outbids a named one.
const DEFINITE_ANAPHOR = 0.5;
// "the attack", "this attack", "Monday's attack", "the heavy fighting": a determiner or possessive up to two words before
const DEFINITE = /(?:\b(?:the|this|that|these|those|its|their)|['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// "Officials said insurgents stormed the governor's office and they overran the district center", "Residents said
// they were protesting": a pronoun agent that no name resolved takes up a participant already told, like "the attack"
// third person only: "we" in a quote is its speaker ("We call for calm," the envoy said), who may be anyone
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them']);
/** The mention's agent is a bare pronoun with no resolved code: it refers back to an act already told. */
export const pronounAgent = (e: Event): boolean => e.actor !== null && e.actor.code === null && PRONOUNS.has(fold(e.actor.text));

/** The rule the coder gives an act noun that names a stage of a definite act (src/core/part-of-told-act.ts). */
export const PART_OF_TOLD_ACT = 'coreference:part-of-told-act';
/** The rule of a verb whose subject is a definite act noun ("The strikes hit two homes"; src/core/part-of-told-act.ts). */
export const DONE_BY_TOLD_ACT = 'coreference:done-by-told-act';
/**
 * A verb whose definite act-noun subject states the act and its result ("the airstrike killed 12 people"): an event of
 * its own where the article tells no act of its type before it or beside it (coreference.ts), else a mention.
 */
export const TOLD_ACT_STATED = 'coreference:told-act-stated';

/** The rule of a definite act noun with nothing that reports it as happening: only a mention (src/core/unreported-act.ts). */
export const UNREPORTED_ACT = 'coreference:unreported-act';

/** The rule the coder gives a mention whose trigger ends in a definite act noun (see `isDefinite`). */
export const DEFINITE_ACT = 'coreference:definite-act';

/**
 * "Gunmen stormed a hotel on Friday. The attack lasted six hours.", "Six soldiers were killed in a bombing. The
 * Taliban claimed the attack.": a mention that speaks of the act with a definite noun refers back to an act
 * already told; it adds its date, place or agent to it.
 */
export const refersBack = (e: Event): boolean => e.rules.includes(DEFINITE_ACT);

/** The words before `at` (not before `floor`, the sentence start) make the noun there definite. */
export function isDefinite(text: string, at: number, floor: number): boolean {
  return DEFINITE.test(text.slice(Math.max(floor, at - 40), at));
}
