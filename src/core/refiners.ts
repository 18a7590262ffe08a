import type { Event } from '../schema/event.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { Token } from '../nlp/types.ts';
import type { Knowledge, RoleEntry } from '../knowledge/types.ts';
import type { PhraseIndex } from '../knowledge/phrase-index.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import type { SpanIndex } from '../resolve/span-index.ts';
import { hasThingTarget } from '../extract/tree-roles/index.ts';
import { joinMentions } from './mentions.ts';
import { filledFrom, participantsOf, withParticipants } from './participants.ts';
import { isStateRole, isUnplacedTitle, speaksForActor } from './sides.ts';
import { coordinatedActs } from './coordinated-acts.ts';
import { otherActForm, otherAgreementForm } from './other-act-forms.ts';
import { namesMannedThing, namesSettlement } from './settlement-targets.ts';

const who = (a: Event['actor']) => a?.code ?? a?.name ?? null;

/**
 * One event per (type, actor, target, date) within a sentence: the first, longest pattern wins.
 * An event that says less than another of the same sentence, type, actor and date — no target where
 * the other has one ("A US drone strike killed a commander": the strike and the killing) — is dropped.
 * The one kept lists the dropped one's words as a mention of it ("A US drone strike killed a commander": both
 * "strike" and "killed").
 */
export function dedupe(events: readonly Event[], text?: string): Event[] {
  const keptFor = new Map<string, Event>();
  const folded = new Map<Event, Event[]>();
  const fold = (kept: Event, dropped: Event) => folded.set(kept, [...(folded.get(kept) ?? []), dropped]);
  const unique = events.filter((e) => {
    const key = [e.evidence.span[0], e.type, who(e.actor), who(e.target), e.date?.value].join('|');
    const kept = keptFor.get(key);
    // "raided a rebel camp and later killed two militia leaders": two coordinated acts, however alike their codes
    // "killed three robbers after a gun battle with the gang": the fight that sets the act is a second act, its sides'
    // a signing beside a promise is two acts however alike their roles ("signed a memorandum and pledged to cooperate")
    if (kept && !(text !== undefined && coordinatedActs(kept, e, text)) && !settingFight(kept, e) && !otherAgreementForm(kept, e)) { fold(kept, e); return false; }
    keptFor.set(key, e);
    return true;
  });
  const bySentence = groupBySentence(unique);
  const out = unique.filter((e) => {
    if (e.target !== null) return true;
    // ("Soldiers seized power and suspended the constitution": two forms of one type are two acts, core/other-act-forms.ts)
    const fuller = (bySentence.get(e.evidence.span[0]) ?? []).find((o) =>
      o !== e && o.target !== null && o.type === e.type && who(o.actor) === who(e.actor) && o.date?.value === e.date?.value && !otherActForm(o, e) && !settingFight(o, e)
      && !(text !== undefined && coordinatedActs(o, e, text))); // "closed the borders and imposed a curfew": two acts
    if (fuller) fold(fuller, e);
    return !fuller;
  });
  return out.map((e) => withFolded(e, folded.get(e) ?? []));
}

const FIGHT_SIDE_RULE = 'roles:noun-fight-side-subject';
/** One of two acts is a fight read as the setting of the clause's act (noun-roles.ts): two acts, never one. */
export const settingFight = (a: Event, b: Event) => a.rules.includes(FIGHT_SIDE_RULE) !== b.rules.includes(FIGHT_SIDE_RULE)
  // ... and so is a deed told in a set-off relative clause beside its main clause's act ("Boko Haram, which has seized
  // much of Borno state, attacked a village on Sunday": core/background.ts)
  || a.rules.includes(RELATIVE_DEED_RULE) !== b.rules.includes(RELATIVE_DEED_RULE);
export const RELATIVE_DEED_RULE = 'roles:set-off-relative-deed';

function withFolded(kept: Event, dropped: readonly Event[]): Event {
  return dropped.length === 0 ? kept : { ...kept, mentions: joinMentions([kept, ...dropped]) };
}

function groupBySentence(events: readonly Event[]): Map<number, Event[]> {
  const out = new Map<number, Event[]>();
  for (const e of events) {
    const list = out.get(e.evidence.span[0]);
    if (list) list.push(e);
    else out.set(e.evidence.span[0], [e]);
  }
  return out;
}

/** A trigger whose words are part of a name: "Popular Mobilization Units", "Rapid Support Forces", "Camp Victory". */
export function insideName(tr: { start: number; end: number }, tokens: readonly Token[], names: SpanIndex<{ start: number; end: number }>): boolean {
  return names.containing(tokens[tr.start].start, tokens[tr.end - 1].end).length > 0;
}

/**
 * A one-word trigger that opens a hyphenated compound modifying the noun after it ("a call-in show", "a hit-and-run
 * attack" for "hit"): the compound names a kind of thing, the word is no act of its own. "a shoot-out with police"
 * (no noun after) stays.
 */
export function opensModifierCompound(tr: { start: number; end: number }, tokens: readonly Token[]): boolean {
  if (tr.end - tr.start !== 1) return false;
  let k = tr.start;
  let parts = 0;
  while (tokens[k + 1]?.text === '-' && tokens[k + 1].start === tokens[k].end && tokens[k + 2] && tokens[k + 2].start === tokens[k + 1].end && /^[a-z]/i.test(tokens[k + 2].text)) {
    k += 2;
    parts++;
  }
  return parts > 0 && tokens[k + 1]?.pos === 'NOUN' && tokens[k + 1].start > tokens[k].end;
}

const bareName = (name: string) => name.toLowerCase().replace(/^(the|a|an)\s+/, '').trim();

/**
 * A speaker's claim that another actor is planning an attack is an accusation, not an attack:
 * “Iran or its proxies are planning a sneak attack on US troops,” Trump wrote → ACCUSE Trump → Iran.
 * A speaker of the actor's own side announces its plan, and so may a title or role we cannot place (no name, no code):
 * "Kenya will send 1,000 police officers to Haiti, the president said", "The army will deploy more troops, a spokesman
 * said", "Hamas will retaliate, its spokesman said"; and an acting title we cannot place is the speaker's own ("the
 * White House said the president would order strikes").
 */
export function claimedPlanAsAccusation(e: Event, accuse: { cameo: string; goldstein: number; quad_class: number }, roles: PhraseIndex<RoleEntry>): Event {
  const source = e.provenance.source;
  if (e.quad_class !== 4 || e.provenance.certainty !== 'planned' || source === 'outlet' || !e.actor) return e;
  // a sanction is a policy its own government announces ("officials said Washington would impose sanctions"), not force
  // ... and so is a march or strike ("the union said workers would march on Monday"): its organisers announce it
  if (e.type === 'SANCTION' || e.type === 'PROTEST') return e;
  // nobody's side speaks ("analysts said Moscow would attack Kharkiv", "residents said"): a forecast, kept as the planned act
  if (source.code === null && !isUnplacedTitle(source.text) && !namesSide(source.name, roles) && !PROPER_NAME.test(source.name)) return e;
  if (speaksForActor(source, e.actor)) return e;
  // "NATO said it would help Ukrainian forces defend their cities": the act of whom a verb of helping or causing governs
  // is that verb's plan, the speaker's own, not one it lays on them
  if (e.rules.includes('roles:tree-xcomp-object')) return e;
  // "Lukashenko said police would arrest the organisers": a state's forces no text places (a country guessed from the
  // place at most) are the state speaker's own
  // ("Security Minister X said police would arrest ...": so is one whose title is a state office, placed or not)
  const stateSpeaker = source.code !== null ? STATE_SPEAKER.test(source.code) : holdsStateOffice(source.text, roles);
  if ((e.actor.code === null || e.actor.basis === 'inferred') && stateSpeaker && namesStateForce(e.actor.name, roles)) return e;
  // "the junta said it would arrest ...": an actor no gazetteer codes is the speaker when its name is the speaker's
  if (source.code === null && e.actor.code === null && bareName(source.name) === bareName(e.actor.name)) return e;
  // the planners (all of them: "Iran and its proxies") become the accused
  const accused = withParticipants(withParticipants(e, 'target', participantsOf(e, 'actor')), 'actor', [source]);
  return {
    ...accused, type: 'ACCUSE', cameo: accuse.cameo, goldstein: accuse.goldstein, quad_class: accuse.quad_class,
    provenance: { ...e.provenance, certainty: 'asserted' },
    rules: [...e.rules, 'refiner:claimed-plan-is-accusation'],
  };
}

// a name of two or more capitalised words ("Donald Trump") names someone with a side, coded or not
const PROPER_NAME = /^(?:[A-Z][\w'’.-]*\s+)+[A-Z][\w'’.-]*$/;
// a role of a side (rebels, opposition, police), not of civilians
const namesSide = (name: string, roles: PhraseIndex<RoleEntry>) =>
  roles.lookup(name.toLowerCase().split(/\s+/).pop() ?? '').some((r) => r.role !== 'CVL');

// a country, its government or its forces ("ISR", "BLRGOV", "RUSMIL")
const STATE_SPEAKER = /^[A-Z]{3}(?:GOV|MIL|COP|SPY|JUD|LEG)?$/;
// police, troops, security forces: a role the state holds
const namesStateForce = (name: string, roles: PhraseIndex<RoleEntry>) =>
  roles.lookup(name.toLowerCase().split(/\s+/).pop() ?? '').some((r) => /^(?:MIL|COP|SPY)$/.test(r.role));
// "Security Minister Patricia Bullrich", "the interior minister": a word of the speaker's title names a government role
// and none another side's ("Opposition leader X")
function holdsStateOffice(text: string, roles: PhraseIndex<RoleEntry>): boolean {
  const found = text.toLowerCase().split(/\s+/).flatMap((w) => roles.lookup(w).map((r) => r.role));
  return found.includes('GOV') && found.every(isStateRole);
}

/** A verb pattern coding an accusation or a blame, whose words may name the alleged act. */
export function isAccusation(tr: { pattern: { kind: string; cameo: string } }, kb: Knowledge): boolean {
  return tr.pattern.kind === 'verb' && lookupCameo(kb.ontology, tr.pattern.cameo)?.type === 'ACCUSE';
}

/**
 * "Hamas's leader was killed in an Israeli strike": the passive killing (no agent) and the strike (no
 * target) are one event — the strike's actor, the killing's target.
 */
export function mergeAgentlessWithAgent(events: readonly Event[]): Event[] {
  const absorbed = new Set<Event>();
  // each agent event with what it took in so far: "before they were overpowered and pushed back" folds two reports into one
  const current = new Map<Event, Event>();
  const bySentence = groupBySentence(events);
  for (const a of events) {
    // "Fighting has intensified as government troops continue an offensive against the rebels": an act stated
    // to happen, with no participant, is the act its sentence names who does
    const bare = a.target === null && a.rules.includes('actor:stated-occurrence');
    if (a.actor !== null || a.target === null && !bare || current.has(a)) continue;
    // "militants attacked a military base ...; six soldiers were killed": the thing attacked stays the target
    // "Russia launched 30 drones, of which 25 were shot down": an act that lands on the agent's own side is the
    // other side's answer, not the agent's act
    const ownSide = (o: Event) => a.target?.code != null && a.target.code === o.actor?.code;
    const b = (bySentence.get(a.evidence.span[0]) ?? []).find((o) => o !== a && !absorbed.has(o) && o.type === a.type && o.actor !== null && (bare || o.target === null || hasThingTarget(o)) && o.date?.value === a.date?.value && !ownSide(o));
    if (!b) continue;
    absorbed.add(a);
    const base = current.get(b) ?? b;
    current.set(b, { ...filledFrom(base, a, 'target'), mentions: joinMentions([base, a]), numbers: base.numbers ?? a.numbers, rules: [...base.rules, ...a.rules.filter((r) => r.startsWith('pattern:')), ...(base === b ? ['refiner:merged-agentless-report'] : [])] });
  }
  // (merged reports come last, as one merge always put them: which of two equal reports dedupe keeps depends on it)
  return [...events.filter((e) => !absorbed.has(e) && !current.has(e)), ...current.values()];
}

/**
 * ", killing at least six people" continues the event before it: "Russian missiles struck a park,
 * killing six people" is one attack (the killing adds its toll; its victims replace a settlement the tree
 * read as the target with no code, "a village", not a thing struck: the park stays), not two.
 */
export function mergeParticipleConsequences(events: readonly Event[], text: string): Event[] {
  const drop = new Set<Event>();
  const replaced = new Map<Event, Event>();
  const bySentence = groupBySentence(events);
  for (const b of events) {
    // ", killing six", ", reportedly killing six": an adverb may sit between the comma and the participle
    if (!/ing$/i.test(b.trigger.text.split(' ')[0]) || !/,\s*(?:[a-z]+ly\s+)?$/.test(text.slice(Math.max(0, b.trigger.span[0] - 24), b.trigger.span[0]))) continue;
    // ("A Russian glide bomb hit a bus station, killing two": the nearest act before the participle, the verb it hangs on,
    // not the weapon noun that opens the clause)
    const a = (bySentence.get(b.evidence.span[0]) ?? []).filter((o) => o !== b && (o.type === b.type || tollOfLaunch(o, b) || damageOfAttack(o, b)) && o.trigger.span[0] < b.trigger.span[0] && !drop.has(o)).sort((x, y) => y.trigger.span[0] - x.trigger.span[0])[0];
    if (!a) continue;
    drop.add(b);
    const before = replaced.get(a) ?? a;
    // "fired two ballistic missiles on Tuesday, killing 12 people": a launch that kills is the attack (ASSAULT, not MOBILIZE)
    const base = tollOfLaunch(before, b) ? { ...before, type: b.type, cameo: b.cameo, goldstein: b.goldstein, quad_class: b.quad_class, rules: [...before.rules, 'refiner:launch-with-toll'] } : before;
    // "bombed a village in Sagaing region, killing 11 civilians", "ambushed a patrol, killing four policemen": a
    // settlement or a unit (or the post it mans) struck with no code of its own stands for the coded dead or wounded
    // who lived or served there; it keeps its words and takes their code. A building or vehicle keeps its own
    // ("struck a petrol station, killing six civilians"); the dead stay in the numbers
    const coded = base.target;
    const victims = hasThingTarget(base) && coded !== null && coded.code === null && (namesSettlement(coded.text) || namesMannedThing(coded.text)) && b.target?.code != null && (b.numbers?.killed ?? b.numbers?.injured) !== undefined;
    const filled = victims ? withParticipants(base, 'target', [{ ...coded, code: b.target!.code, basis: 'inferred' as const }]) : filledFrom(base, b, 'target');
    replaced.set(a, { ...filled, mentions: joinMentions([base, b]), numbers: base.numbers ?? b.numbers, rules: [...base.rules, 'refiner:participle-consequence', ...(victims ? ['refiner:participle-consequence-victims'] : [])] });
  }
  return events.filter((e) => !drop.has(e)).map((e) => replaced.get(e) ?? e);
}

// a show of weapons (CAMEO 150: "fired two ballistic missiles", no target) whose participle kills or wounds people
const tollOfLaunch = (launch: Event, toll: Event) => launch.type === 'MOBILIZE' && launch.cameo === '150' && toll.type === 'ASSAULT'
  && (toll.numbers?.killed ?? toll.numbers?.injured) !== undefined;

// "rammed the vessel, damaging its hull": property an attack damages (CAMEO 171) is that attack's toll, no seizure
const damageOfAttack = (attack: Event, damage: Event) => attack.type === 'ASSAULT' && damage.type === 'COERCE' && damage.cameo === '171';

// CAMEO 043: host a visit
const HOSTING = '043';

/**
 * "Xi Jinping hosted his Brazilian counterpart", "the crown prince received the visiting prime minister": PLOVER
 * CONSULT codes the visitor as the actor and the host as the recipient ("the visitor will always be coded as the
 * actor"). A host with no visitor named ("Turkey hosted talks") stays the actor.
 */
export function visitorFirst(c: Candidate): Candidate {
  if (c.info.code !== HOSTING || c.actors.length === 0 || c.targets.length === 0) return c;
  return { ...c, actors: c.targets, targets: c.actors, rules: [...c.rules, 'roles:visitor-is-actor'] };
}
