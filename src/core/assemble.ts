import type { ActorRef, Certainty, Event, EventDate } from '../schema/event.ts'; import { SPEAKER_KIN_RULE } from '../resolve/speaker-kin.ts';
import { POSSESSIVE_ROLE_RULE } from '../resolve/owned-body.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { AnalyzedText, Sentence } from '../nlp/types.ts';
import type { ReportingFrame } from '../provenance/frames.ts';
import type { ActorPhrase, DateMention, PlaceMention } from '../resolve/types.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import { speakerTaker, SPEAKER_TAKER_RULE } from './speaker-taker.ts';
import { actorRef, antecedentOf, countryOf, withContextCountry } from './actor-ref.ts';
import { distinctPerson, localOfficial, ownSideGroup, membersActedOn, governmentBodyOfPerson, bodyAppealedTo } from './distinct-person.ts';
import { COLLECTIVE_ACTOR_RULE } from './collective-sides.ts';
import { THING_RULE } from '../extract/tree-roles/node-phrase.ts';
import { SPEAKERS_PAIR_RULE } from '../resolve/collective-antecedent.ts';
import { TRAILING_SPEAKER_OWNER_RULE } from '../resolve/trailing-owner.ts';
import { APPOSED_NAME_RULE } from '../resolve/apposed-antecedent.ts';
import { extractFigures, type Figures } from '../extract/numbers.ts';
import { sameSide } from './sides.ts'; import { EARLIER_ROLE_RULE, takesUpEarlierRole } from './earlier-role.ts';
import { asFaction } from './loyal-faction.ts';
import { POSSESSED_THING_RULE } from '../extract/tree-roles/demonym-owner.ts';
import { REPORTER_COUNTRY_RULE, reporterCountry } from './reporter-country.ts';
import { laterSideReach, LATER_SIDE_OUT_OF_REACH_RULE, type NamedRoleSides } from './article-country.ts';
import { isDelegation, isTravellingSide, MEDIATION, sidesMeetAbroad, sidesOfMediation, withoutVenueCountry } from './sides-abroad.ts';

export interface Attachments {
  readonly certainty: Certainty;
  readonly frame: ReportingFrame | null;
  readonly quote: { text: string; span: [number, number] } | null;
  readonly dates: readonly DateMention[];
  readonly place: PlaceMention | null;
  readonly rules: readonly string[];
  /** The country the article is mostly about, if one stands out. */
  readonly articleCountry?: string | null;
  /** The one country the article names each armed role with ("Israeli troops": MIL → ISR). */
  readonly roleCountries?: NamedRoleSides;
  readonly fallbackPlace?: PlaceEntry | null;
  /** Where the story states this event happened when its own sentence says less ("the town of Elbe" for the lead's attack). */
  readonly inferredPlace?: PlaceMention | null;
  /** The day the story's lead puts its news on ("late Saturday"), for events whose sentence states no date. */
  readonly storyDate?: DateMention | null;
  /** The act itself is stated with nobody named on either side ("clashes broke out"): an event with neither actor nor target. */
  readonly bare?: boolean;
}

// figures are read once per sentence, however many events it holds
const figuresBySentence = new WeakMap<Sentence, Figures>();
const DIPLOMATS = /\b(?:ambassadors?|envoys?|diplomats?|diplomatic|embass(?:y|ies)|consul(?:ate)?s?|charg[eé] d['’]affaires|attach[eé]s?)\b/i;

/** One event record per date the sentence supports, with every actor and target the trigger has (`participants.ts`). */
export function assembleEvents(
  docId: string, doc: AnalyzedText, sentence: Sentence, published: string | null, c: Candidate, a: Attachments,
  antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>,
): Event[] {
  const tokens = doc.tokens;
  const trigger = { text: doc.text.slice(tokens[c.trigger.start].start, tokens[c.trigger.end - 1].end), span: [tokens[c.trigger.start].start, tokens[c.trigger.end - 1].end] as [number, number] };
  const dates: Array<EventDate | null> = a.dates.length
    ? a.dates.map((d) => ({ value: d.value, precision: d.precision, text: d.text, span: [d.start, d.end] as [number, number], basis: 'stated' as const }))
    // no date in the sentence: the day the story's lead dates its news, else the publication date, both inferred
    : a.storyDate ? [{ value: a.storyDate.value, precision: a.storyDate.precision, text: a.storyDate.text, span: [a.storyDate.start, a.storyDate.end] as [number, number], basis: 'inferred' as const }]
    : [published ? { value: published.slice(0, 10), precision: 'reported' as const, text: '', span: null, basis: 'inferred' as const } : null];
  const fallback = a.fallbackPlace;
  // no place in the sentence: the article's main country, at country precision and marked inferred
  const location = a.place
    ? { text: a.place.text, name: a.place.place.name, country: a.place.place.country, lat: a.place.place.lat, lon: a.place.place.lon, span: [a.place.start, a.place.end] as [number, number], precision: a.place.place.precision, id: a.place.place.id, basis: 'stated' as const }
    : a.inferredPlace
      ? { text: a.inferredPlace.text, name: a.inferredPlace.place.name, country: a.inferredPlace.place.country, lat: a.inferredPlace.place.lat, lon: a.inferredPlace.place.lon, span: [a.inferredPlace.start, a.inferredPlace.end] as [number, number], precision: a.inferredPlace.place.precision, id: a.inferredPlace.place.id, basis: 'inferred' as const }
    : fallback
      ? { text: '', name: fallback.name, country: fallback.country, lat: fallback.lat, lon: fallback.lon, span: null, precision: 'country' as const, id: fallback.id, basis: 'inferred' as const }
      : null;
  // ("Interior Minister X said Italy would …" in a story of Italy: a titled official is the story's, as an actor is)
  const speaker = a.frame?.speaker ? antecedents.get(a.frame.speaker) ?? a.frame.speaker : undefined;
  const source = a.frame?.speaker ? withContextCountry(actorRef(a.frame.speaker, antecedents), speaker, null, a.articleCountry) : null;
  // the event's place, stated or inferred: "civilians" are where the attack happened
  const placeCountry = a.place?.place.country ?? a.fallbackPlace?.country ?? null;
  // the other participant lends its country only when it is a domestic authority: police detain their own protesters;
  // a diplomat acts abroad ("the junta expelled the French ambassador": the junta is not French); a former leader
  // (ELI) is at home too ("Bolsonaro accused the government of persecuting him")
  // (an anaphor by what it takes up: "accusing them of spying" after "two French diplomats")
  const domestic = (p: ActorPhrase | undefined) => p !== undefined && /(COP|GOV|JUD|ELI|LEG|OPP)$/.test(actorRef(p, antecedents)?.code ?? '') && !DIPLOMATS.test(p.text) && !DIPLOMATS.test(antecedents.get(p)?.text ?? '');
  // "Troops fired on a car near Hebron" in a story of "Israeli troops": a bare armed role is the side the article names
  // it with, before the place's country (where a hostile act happens is no side)
  // (named before it, or only later: see contextCountry)
  const namedSide = (p: ActorPhrase, from: number, to: number) => (p.kind === 'role' && p.code === null && p.roleCode ? a.roleCountries?.side(p, from, to) : undefined);
  const named = (p: ActorPhrase) => namedSide(p, 0, p.start) ?? null;
  // (only in the role's sentence or the next: core/article-country.ts laterSideReach)
  const namedLater = (p: ActorPhrase) => {
    if (namedSide(p, 0, p.start) !== undefined) return null;
    const reach = laterSideReach(doc, p), near = namedSide(p, p.end, reach);
    if (near === undefined && namedSide(p, reach, Infinity) !== undefined && !taken.includes(LATER_SIDE_OUT_OF_REACH_RULE)) taken.push(LATER_SIDE_OUT_OF_REACH_RULE);
    return near ?? null;
  };
  // a meeting's venue lends no country to a state's delegation or to sides meeting abroad (core/sides-abroad.ts)
  const unlent = (p: ActorPhrase) => a.place?.venue === true && isDelegation(p) || abroad() && isTravellingSide(p);
  const lent = (p: ActorPhrase) => (unlent(p) ? null : placeCountry);
  // (a side named only later yields to a domestic authority acting on the role: "President Marcos ordered the military
  // ... The U.S. military said"; it still beats the place: "Troops fired near Jenin ... Israeli troops later withdrew")
  const contextCountry = (other: readonly ActorPhrase[], p: ActorPhrase) => {
    const fit = notOfStateActedOn(p, stateActedOn(other[0], antecedents), taken);
    return fit(named(p)) ?? (namedLater(p) !== null && domestic(other[0]) ? countryOf(other[0], antecedents) : null) ?? fit(namedLater(p)) ?? fit(lent(p)) ?? (domestic(other[0]) ? countryOf(other[0], antecedents) : null) ?? reported(fit(reporterCountry(source?.code, p)));
  };
  // (the country of a state's voice telling of its own bare body: reporter-country.ts)
  const reported = (country: string | null) => (country !== null && !taken.includes(REPORTER_COUNTRY_RULE) && taken.push(REPORTER_COUNTRY_RULE), country);
  // "Separatists shelled Mariupol ... The separatists denied it": a description taking up a bare role is that role here
  // (a pronoun stays uncoded: "Residents said they were protesting" may mean others than the speakers)
  // ... except one in a witness's quote taking up a bare armed role: "Rebels raided a camp. 'They killed my brother,' a resident said"
  const taken: string[] = [];
  // ("signed by the government and the rebels in Doha": sides meeting in a third country's city, core/sides-abroad.ts)
  // ("Qatar hosted talks between the government and the rebels in Doha": the sides a mediator brings together are not its own)
  const mediator = c.info.code === MEDIATION && c.actors.length === 1 ? countryOf(c.actors[0], antecedents) : null;
  const abroad = () => sidesMeetAbroad({ type: c.info.type, placeCountry, venue: a.place?.venue === true }, [...c.actors, ...c.targets].map(roleOf), a.articleCountry) || sidesOfMediation(mediator, c.targets.map(roleOf));
  const home = mediator !== null && a.articleCountry === mediator ? null : a.articleCountry ?? null;
  const roleOf = (p: ActorPhrase) => {
    if (p.kind !== 'anaphor') return p;
    const antecedent = antecedentOf(p, antecedents); // ("their homes" widened from "their": its antecedent)
    // ("The opposition refused ..." taking up no one named before is the story's opposition, as a bare role is)
    if (p.rule.startsWith('anaphor:definite')) return bareRole(antecedent) ?? (antecedents.has(p) ? p : { ...p, kind: 'role' as const });
    if (p.rule === SPEAKER_KIN_RULE) return (taken.includes(SPEAKER_KIN_RULE) || taken.push(SPEAKER_KIN_RULE), { ...p, kind: 'role' as const }); // ("my husband": a civilian, resolve/speaker-kin.ts)
    // "The army said it had repelled an assault", "President X ... She urged": a singular pronoun taking up an
    // institution or office holder no name resolved is that institution or office
    const institution = bareRole(antecedent) ?? definiteRole(antecedent);
    // "released activist Alaa Abdel Fattah, years after police arrested him": a person introduced by a title is that titled role
    const titled = antecedent?.rule.endsWith('+unresolved-name') ? bareRole(antecedent) : undefined;
    if (/^(he|his|him|she|her)$/i.test(p.text) && titled) return titled;
    // "Hundreds of opposition supporters marched, some of them throwing stones": a part of the group is of its side
    if (PARTITIVE_BEFORE.test(doc.text.slice(Math.max(0, p.start - 16), p.start)) && bareRole(antecedent)) return bareRole(antecedent)!;
    if (/^(its?|he|his|him|she|her|we|us|our)$/i.test(p.text) && institution && INSTITUTIONS.test(institution.roleCode ?? '')) return institution;
    // "Police said they arrested 12 protesters", "the army said it had repelled ...": a pronoun taking up the bare
    // armed body that speaks, or "they" the state body, tells of that body's own act (residents speaking of "they"
    // may mean others); so does one in a witness's quote taking up a bare armed role ("'They killed my brother'")
    const armed = bareRole(antecedent);
    if (!armed) return p;
    const ofSpeaker = a.frame?.speaker !== undefined && a.frame.speaker !== null && (armed === speaker || armed.start === a.frame.speaker.start);
    const quoted = a.quote !== null && a.quote.span[0] <= p.start && p.end <= a.quote.span[1];
    const stateBody = ofSpeaker && /^(they|their)$/i.test(p.text) && INSTITUTIONS.test(armed.roleCode ?? '');
    // "Witnesses told a rights group that soldiers beat them", "residents said gunmen burned their homes": what the
    // speakers' own report says was done to "them" or theirs was done to the speakers, whatever their role
    if (ofSpeaker && TOLD_OF_SELF.test(p.text)) return (taken.includes(TOLD_OF_SELF_RULE) || taken.push(TOLD_OF_SELF_RULE), { ...armed, text: p.text, start: p.start, end: p.end });
    if (!stateBody && !((ofSpeaker || quoted) && ARMED_ROLES.test(armed.roleCode ?? ''))) return takesUpEarlierRole(doc, p, armed) ? (taken.includes(EARLIER_ROLE_RULE) || taken.push(EARLIER_ROLE_RULE), armed) : p;
    if (!taken.includes(PRONOUN_SPEAKING_ROLE)) taken.push(PRONOUN_SPEAKING_ROLE);
    return armed;
  };
  // (where this sentence names no place, the story's country stands for the place its first mention had)
  const coded = (q: ActorPhrase, other: readonly ActorPhrase[], venueless = abroad() ? withoutVenueCountry(q, placeCountry) : q) => {
    const otherCode = stateActedOn(other[0], antecedents);
    const p = unsidedOnOwnState(venueless, otherCode, taken);
    const ownHome = notOfStateActedOn(roleOf(p), otherCode, taken)(home);
    return withContextCountry(actorRef(p, antecedents), roleOf(p), contextCountry(other, roleOf(p)) ?? (roleOf(p) !== p || abroad() && isTravellingSide(p) ? ownHome : null), ownHome);
  };
  // "Ethiopia and Eritrea ... the two countries agreed": a collective is each of the sides it takes up
  const each = (p: ActorPhrase, other: readonly ActorPhrase[]) => collectiveMembers(p, antecedents)?.map((m) => asWritten(coded(m, other), p)) ?? [coded(p, other)];
  // "a rebel commander was captured, the army said": the force telling of an agentless taking is its taker
  const taker = speakerTaker(c, a.frame?.speaker ?? undefined, antecedents);
  if (taker) taken.push(SPEAKER_TAKER_RULE);
  const doers = c.actors.length ? c.actors.flatMap((p) => each(p, c.targets)) : taker ? each(taker, c.targets) : [null];
  // ("forces loyal to the former president clashed with the army": a side of their own, core/loyal-faction.ts)
  const actors = c.factions ? doers.map((x) => asFaction(x, c.targets.flatMap((p) => each(p, c.actors)), c.factions, taken)) : doers;
  if (c.actors.some((p) => collectiveMembers(p, antecedents))) taken.push(COLLECTIVE_ACTOR_RULE); // (core/collective-sides.ts reads it)
  if (c.actors.some((p) => p.kind === 'anaphor' && antecedentOf(p, antecedents)?.rule === SPEAKERS_PAIR_RULE)) taken.push(SPEAKERS_PAIR_RULE);
  taken.push(...antecedentRules([...c.actors, ...c.targets], antecedents));
  if (c.reciprocal && c.actors.length >= 2 && c.targets.length === 0) return reciprocalEvents(docId, doc, sentence, published, c, a, antecedents);
  // "showed off its power": a target that is the actor itself is no target.
  const actorCodes = new Set(actors.map((x) => x?.code).filter(Boolean));
  // "pulled its troops out of Somalia": the actor's own forces are not its target; a side of the same country is
  // ("soldiers were escorting aid trucks when militants ambushed their convoy": the rebels' target is the army's)
  const ownForces = (t: ActorRef) => /^(its|their|his|her|our)\b/i.test(t.text) && [...actorCodes].some((code) => code && t.code && sameSide(code, t.code));
  // ("the union called off its strike": what the possessive takes up is the actor itself, whatever code its noun gives)
  const resolvedOf = (p: ActorPhrase) => (p.kind === 'anaphor' ? antecedentOf(p, antecedents) : p);
  const actorsOwn = (p: ActorPhrase) => p.kind === 'anaphor' && /^(its|their|his|her|our)\b/i.test(p.text) && resolvedOf(p) !== undefined && c.actors.some((a) => resolvedOf(a) === resolvedOf(p));
  // ("congratulated his rival": a relational person is never the possessor's own)
  // ("President Duda accused Tusk": two named people of one code are two participants, not one)
  // ("Trump accused officials of ...": a group of his own side that his hostile act lands on is another participant;
  // diplomats are a foreign state's, whose country the act's doer does not lend)
  // ("Ruto sacked his interior minister": an office the possessive gives its owner is held by another person)
  const ownOfficer = (p: ActorPhrase) => p.rule === POSSESSIVE_ROLE_RULE && p.roleKind === 'person' && !p.plural;
  const otherPerson = (p: ActorPhrase) => ownOfficer(p) || distinctPerson(p, c.actors, antecedents) || localOfficial(p, c.actors, antecedents) || ownSideGroup(p, c.actors, antecedents, c.info.quadClass) && !DIPLOMATS.test(p.text) || membersActedOn(p, c.actors, antecedents, c.info.type) || governmentBodyOfPerson(p, c.actors, antecedents, c.info.quadClass, a.certainty) || bodyAppealedTo(p, c.actors, antecedents, c.info.type);
  // ("Police arrested the leaders and seized their phones": a thing a possessive owns whose owner reads as the doer is a
  // thing the doer acts on, of no code, not the doer's own; tree-roles/demonym-owner.ts possessiveOwner)
  const ownThing = (p: ActorPhrase, t: ActorRef | null) => t !== null && p.rule.startsWith(POSSESSED_THING_RULE) && (t.code !== null && actorCodes.has(t.code) || actorsOwn(p));
  const realTargets = c.targets.flatMap((p) => each(p, c.actors).map((t) => asFaction(t, actors, c.factions, taken)).map((t) => (ownThing(p, t) ? { ...t!, name: t!.text, code: null } : t)).filter((t) => t && !(t.code && actorCodes.has(t.code) && !otherPerson(p)) && (p.rule === 'actor:relational-agent' || ownOfficer(p) || p.rule.startsWith(POSSESSED_THING_RULE) || !ownForces(t) && !actorsOwn(p))));
  // ("the government sent reinforcements to Latakia province": a force moved within its own state's land faces no one there)
  const ownLand = (t: ActorRef | null) => c.info.type === 'MOBILIZE' && t?.code?.length === 3 && [...actorCodes].some((x) => x?.slice(0, 3) === t.code);
  const targets = realTargets.some((t) => !ownLand(t)) ? realTargets.filter((t) => !ownLand(t)) : [null];
  let figures = figuresBySentence.get(sentence);
  if (!figures) figuresBySentence.set(sentence, (figures = extractFigures(sentence.text, sentence.start)));
  const numbers = figuresFor(c.info.type, figures);
  // one event per trigger and date: coordinated participants ("Chad and Cameroon deployed") are listed on it
  const bySpan = (x: ActorRef, y: ActorRef) => x.span[0] - y.span[0];
  const actorList = actors.filter((x): x is ActorRef => x !== null).sort(bySpan);
  const targetList = targets.filter((x): x is ActorRef => x !== null).sort(bySpan);
  const [actor, target] = [actorList[0] ?? null, targetList[0] ?? null];
  if (!actor && !target && !a.bare) return [];
  // the participants a place stands for, a venue lent no country to, or a possessor whose armed act names its military
  const placeRules = [...new Set([...c.actors, ...c.targets].flatMap((p) => (PLACE_ACTOR_RULES.has(p.rule) ? [p.rule] : [])))];
  if ([...c.actors, ...c.targets].some((p) => roleOf(p).code === null && unlent(roleOf(p)))) placeRules.push('place:venue-lends-no-country');
  const out: Event[] = [];
  for (const date of dates) {
    const confidence = Math.min(1, 0.45 + (actor ? (actor.basis === 'stated' ? 0.25 : 0.15) : 0) + (target ? 0.1 : 0) + (c.trigger.pattern.kind === 'verb' ? 0.1 : 0.05) + (c.trigger.tokens.length > 1 ? 0.05 : 0));
    out.push({
      doc_id: docId, type: c.info.type, cameo: c.info.code, goldstein: c.info.goldstein, quad_class: c.info.quadClass,
      actor, ...(actorList.length > 1 ? { actors: actorList } : {}),
      target, ...(targetList.length > 1 ? { targets: targetList } : {}),
      date, location,
      provenance: { source: source ?? 'outlet', reporting_verb: a.frame?.verb ?? null, certainty: a.certainty, quote: a.quote },
      trigger, evidence: { sentence: sentence.text, span: [sentence.start, sentence.end] },
      ...(numbers ? { numbers } : {}),
      confidence: Math.round(confidence * 100) / 100,
      rules: [...c.rules, ...a.rules, ...taken, ...placeRules, ...(actorList.length > 1 || targetList.length > 1 ? ['roles:coordinated-participants'] : [])],
    });
  }
  return out;
}

/** The figures an event type reports: casualties for attacks, arrests for coercion, crowds for protests. */
function figuresFor(type: string, f: Figures): Figures | null {
  const pick: Figures =
    type === 'ASSAULT' ? { killed: f.killed, injured: f.injured } :
    type === 'COERCE' ? { arrested: f.arrested, killed: f.killed, injured: f.injured } :
    type === 'PROTEST' ? { size: f.size, killed: f.killed, injured: f.injured, arrested: f.arrested } : {};
  const kept = Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined)) as Figures;
  return Object.keys(kept).length ? kept : null;
}

/**
 * "X and Y exchanged prisoners", "the army and the rebels clashed", "X and Y met in Doha": one event with every
 * side as actor and no recipient (PLOVER manual, compound and reciprocal actors: a meeting lists all its parties as
 * the actor), not one event each way as CAMEO coders made.
 */
function reciprocalEvents(
  docId: string, doc: AnalyzedText, sentence: Sentence, published: string | null, c: Candidate, a: Attachments,
  antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>,
): Event[] {
  return assembleEvents(docId, doc, sentence, published, { ...c, targets: [], reciprocal: false, rules: [...c.rules, 'roles:reciprocal'] }, a, antecedents);
}

const PLACE_ACTOR_RULES = new Set(['actor:qualified-city-stands-for-country', 'actor:seat-stands-for-bloc', 'actor:possessor+military-act']);

const PRONOUN_SPEAKING_ROLE = 'actor:pronoun-takes-up-armed-role';
// an object or possessive pronoun in the report of the bare role it takes up ("them", "their homes", "him")
const TOLD_OF_SELF = /^(them|their|us|our|him|his|her|me|my)\b/i;
const TOLD_OF_SELF_RULE = 'actor:pronoun-tells-of-speaker';
// armed sides a pronoun may stand for with the country the story gives them (not civilians, residents or workers)
const ARMED_ROLES = /(MIL|COP|REB|INS|SEP|UAF|CRM|SPY)$/;
const INSTITUTIONS = /^(GOV|MIL|COP|JUD|LEG)$/;
const STATE_ACTED_ON_RULE = 'actor:no-country-of-state-acted-on';
const LENT_SIDE_RULES = new Set(['actor:definite-role-of-named-side', 'actor:state-body-of-lead-state']);
// a state's code, or one of its bodies' ("RUS", "RUSMIL")
const STATE_ITSELF = /^([A-Z]{3})(GOV|MIL)?$/;
/** The code of the other participant when it is a state itself, named by its name or its capital ("Moscow"). */
const stateActedOn = (p: ActorPhrase | undefined, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>) => {
  const code = p && actorRef(p, antecedents)?.code;
  const named = p?.kind === 'anaphor' ? antecedentOf(p, antecedents) : p;
  // (a thing read off the tree over a place, "arrested 12 suspects in Port Sudan", is no state; nor is a town standing
  // for its country, "ordered an assault on Omdurman", where a state's forces fight at home)
  const kind = named && !named.rule.includes(THING_RULE) && (named.entry?.kind === 'country' || named.entry?.kind === 'metonym') ? named.kind : undefined;
  // (a state's officials stay apart: "the military detained the prime minister" is a domestic act)
  return code && kind === 'country' ? code : null;
};
const unsidedOnOwnState = (p: ActorPhrase, otherCode: string | null | undefined, taken: string[]): ActorPhrase => {
  // ("the defence ministry accused Moscow" after "Russian forces": the side resolve/definite-role-side.ts lent it is undone)
  if (!LENT_SIDE_RULES.has(p.rule) || p.code?.slice(0, 3) !== STATE_ITSELF.exec(otherCode ?? '')?.[1]) return p;
  if (!taken.includes(STATE_ACTED_ON_RULE)) taken.push(STATE_ACTED_ON_RULE);
  return { ...p, code: null, rule: 'actor:role' };
};
/**
 * "Russian forces shelled Kharkiv, Ukraine said. The defence ministry accused Moscow of ...": a bare body of a state
 * (the ministry, the government, troops) acting on a state takes no country of that state from the story, whatever
 * named it last: no state's body accuses, summons or attacks its own state. The country passed is kept otherwise.
 */
const notOfStateActedOn = (p: ActorPhrase, otherCode: string | null | undefined, taken: string[]) => {
  const state = p.kind === 'role' && p.code === null && INSTITUTIONS.test(p.roleCode ?? '') ? STATE_ITSELF.exec(otherCode ?? '')?.[1] : undefined;
  return (country: string | null | undefined) => {
    if (country === undefined || country === null || country !== state) return country ?? null;
    if (!taken.includes(STATE_ACTED_ON_RULE)) taken.push(STATE_ACTED_ON_RULE);
    return null;
  };
};
// a definite description no name resolved ("the government" as first mention) stands as its bare role
const definiteRole = (p: ActorPhrase | undefined) => (p?.rule.startsWith('anaphor:definite') && p.code === null && p.roleCode ? { ...p, kind: 'role' as const } : undefined);
// "some of", "many of", "two of" before a pronoun
const PARTITIVE_BEFORE = /\b(some|many|most|several|few|all|both|one|two|three|dozens|hundreds|thousands|scores|half) of\s+$/i;
/** The antecedent when it is a bare role with no code of its own ("separatists"), else undefined. */
const bareRole = (p: ActorPhrase | undefined) => (p && p.kind === 'role' && p.code === null && p.roleCode ? p : undefined);

/** The sides a collective takes up ("the two leaders" after "Trump met Putin"), each written as the collective is. */
function collectiveMembers(p: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): readonly ActorPhrase[] | undefined {
  // (and the sides a plural pronoun takes up as a list: "Britain and Australia said they", resolve/coordinated-antecedent.ts)
  return p.kind === 'anaphor' ? antecedentOf(p, antecedents)?.members : undefined;
}
const asWritten = (r: ActorRef | null, p: ActorPhrase): ActorRef | null => r && { ...r, text: p.text, span: [p.start, p.end], basis: 'inferred' };

// "Two of its warplanes bombed the village, the Israeli army said", "The militant group, al-Shabab, said it attacked":
// an anaphor inside a participant taken up by a resolution rule that names itself
const NAMED_RESOLUTIONS = new Set([TRAILING_SPEAKER_OWNER_RULE, APPOSED_NAME_RULE]);
function antecedentRules(phrases: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): string[] {
  const out = new Set<string>();
  for (const [anaphor, antecedent] of antecedents) {
    if (NAMED_RESOLUTIONS.has(antecedent.rule) && phrases.some((p) => anaphor.start >= p.start && anaphor.end <= p.end)) out.add(antecedent.rule);
  }
  return [...out];
}
