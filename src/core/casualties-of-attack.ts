import type { Event } from '../schema/event.ts';
import { joinMentions } from './mentions.ts';
import { filledFrom, withParticipants } from './participants.ts';
import { THING_TARGET } from '../extract/tree-roles/named-act.ts';

// A killing stated as the result of an attack the same sentence names is that attack, not a second one:
// "six soldiers were killed in a suicide bomb attack", "dozens of police were killed in overnight attacks by
// the Taliban", "a Taliban attack on army posts has killed 20 soldiers". The attack keeps its words and
// gains the victims and figures; the killing's own actor (often the wrong noun) is dropped with it.

const CASUALTY = /^(kill|killed|killing|wound|wounded|wounding|injure|injured|injuring|murder|murdered)\b/i;
// between "killed" and the attack: no clause edge, and "in", "during" or "amid" leading to it
const KILLED_IN = /^[^,;.:"“”]{0,40}\b(in|during|amid)\b[^,;.:"“”]{0,50}$/;
// between the attack and "killed": its own noun phrase, no clause edge, no second verb of saying
const ATTACK_KILLED = /^[^,;.:"“”]{0,90}$/;
const SAYING = /\b(said|says|say|told|according)\b/;

const VICTIMS_OWN_THING_RULE = 'refiner:victims-own-thing';
// a thing the attack landed on that a personal possessive gives an owner ("their car", "his home"): the victims'
const OWNED = /^(their|his|her)\s/i;
const ownThingHit = (a: Event) => a.target !== null && a.target.code === null && a.rules.includes(THING_TARGET) && OWNED.test(a.target.text);

const passiveOrAgentless = (e: Event) => e.actor === null || e.rules.includes('roles:passive') || /^(killed|wounded|injured)$/i.test(e.trigger.text);
const isNounAttack = (e: Event) => e.type === 'ASSAULT' && e.rules.some((r) => r.startsWith('pattern:data/patterns/nouns.tsv'));

/** The attack event a casualty report belongs to, if the sentence ties them. */
function attackOf(kill: Event, events: readonly Event[], text: string): Event | null {
  for (const a of events) {
    if (a === kill || !isNounAttack(a) || a.evidence.span[0] !== kill.evidence.span[0]) continue;
    // "X killed Y in a raid" (the killing has its own agent) is left to coreference, which keeps both mentions
    if (a.trigger.span[0] > kill.trigger.span[1] && passiveOrAgentless(kill) && KILLED_IN.test(text.slice(kill.trigger.span[1], a.trigger.span[0]))) return a;
    // "heavy fighting has killed 29 rebels": the attack is the killing's own subject (roles:instrument-subject)
    const byTheAttack = kill.actor === null && kill.rules.includes('roles:instrument-subject');
    if (a.trigger.span[1] < kill.trigger.span[0] && (byTheAttack || kill.actor !== null && a.actor !== null && kill.actor.code !== a.actor.code)) {
      const between = text.slice(a.trigger.span[1], kill.trigger.span[0]);
      if (ATTACK_KILLED.test(between) && !SAYING.test(between)) return repellersOwnKilling(kill, a, between) ? repellingAct(kill, a, events) : a;
    }
  }
  return null;
}

// "... the army's attack | and (later) | killed": the killing a verb coordinated after the attack's own clause
const AND_THEN_KILLED = /\band\s+(?:\w+ly\s+|then\s+|later\s+)?$/;

/**
 * "its forces repelled the army's attack and killed dozens of soldiers": the attack noun is what another verb acted
 * on, and the killing, coordinated with that verb, has the same subject, named before the attack: the killing is that
 * side's own act, not the attack's toll (the attack's side lost the soldiers). It is part of that side's act on the
 * attack ("repelled"), one occasion of one side's force (dev GUIDE rule 2).
 */
const repellersOwnKilling = (kill: Event, a: Event, between: string) =>
  AND_THEN_KILLED.test(between) && kill.actor?.span !== undefined && kill.actor.span[1] <= Math.min(a.trigger.span[0], a.actor?.span?.[0] ?? Infinity);

/** The act of the killing's side on the attack ("repelled the army's attack"), told between its subject and the attack; null when none was coded. */
function repellingAct(kill: Event, a: Event, events: readonly Event[]): Event | null {
  const side = kill.actor?.code ?? kill.actor?.name;
  return events.find((r) => r !== kill && r !== a && r.type === 'ASSAULT' && r.evidence.span[0] === kill.evidence.span[0] && (r.actor?.code ?? r.actor?.name) === side && r.trigger.span[1] <= a.trigger.span[0] && r.trigger.span[0] >= kill.actor!.span![1]) ?? null;
}

export function mergeCasualtiesIntoAttack(events: readonly Event[], text: string): Event[] {
  const drop = new Set<Event>();
  const replaced = new Map<Event, Event>();
  for (const k of events) {
    if (k.type !== 'ASSAULT' || !CASUALTY.test(k.trigger.text) || isNounAttack(k)) continue;
    const a = attackOf(k, events, text);
    if (!a || drop.has(a)) continue;
    drop.add(k);
    const base = replaced.get(a) ?? a;
    // "two aid workers were killed in a strike on their car": the thing hit is the victims' own, they are whom it hit
    const owned = ownThingHit(base) && k.target !== null && !OWNED.test(k.target.text);
    const filled = filledFrom(filledFrom(owned ? withParticipants(base, 'target', []) : base, k, 'actor'), k, 'target');
    replaced.set(a, { ...filled, mentions: joinMentions([base, k]), numbers: base.numbers ?? k.numbers, rules: [...base.rules, 'refiner:casualties-of-attack', ...(owned ? [VICTIMS_OWN_THING_RULE] : [])] });
  }
  return events.filter((e) => !drop.has(e)).map((e) => replaced.get(e) ?? e);
}
