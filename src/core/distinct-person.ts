import type { ActorPhrase } from '../resolve/types.ts';
import { antecedentOf } from './actor-ref.ts';
import { TOWN_OFFICIAL_RULE } from '../resolve/town-officials.ts';
import { isRoleHolder } from '../resolve/titled-person.ts';

// (a definite title no name took up, "the finance minister" as first mention, stands for its one holder: titled-person.ts)
const resolved = (p: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>) => (p.kind === 'anaphor' ? antecedentOf(p, antecedents) ?? (isRoleHolder(p) ? p : undefined) : p);
// a known person, or a name introduced by a title whose country the story gives later ("Deputy President Rigathi Gachagua")
const isNamedPerson = (p: ActorPhrase) => p.kind === 'person' || p.kind === 'role' && p.roleKind === 'person' && p.rule.endsWith('+unresolved-name');
// ... or one holder of an office named by its title alone ("the finance minister", "Germany's interior minister")
const isOfficeHolder = (p: ActorPhrase) => isNamedPerson(p) || isRoleHolder(p) || (p.kind === 'role' || p.kind === 'person') && p.roleKind === 'person' && !p.plural;

/**
 * "President Duda accused Prime Minister Tusk", "the speaker of parliament criticised the justice minister by
 * name": codes name a party (both are POLGOV), so a target sharing the actor's code is usually the actor itself
 * ("showed off its power"); but a named person is never another named person. True when the target resolves to
 * a named person and every actor to a named person of another name.
 */
export function distinctPerson(target: ActorPhrase, actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const t = resolved(target, antecedents);
  if (!t || !isOfficeHolder(t) || actors.length === 0) return false;
  // ("Chancellor Merz fired the finance minister", "The finance minister accused the chancellor": one office holder acts
  // on another of the same government; both named, or either named by the title of another office, are two people)
  const named = isNamedPerson(t);
  return actors.every((a) => {
    const r = resolved(a, antecedents);
    return r !== undefined && r !== t && (named ? isNamedPerson(r) : isOfficeHolder(r)) && r.name.toLowerCase() !== t.name.toLowerCase() && otherTitle(r, t);
  });
}
// one title twice names one person ("the president ... the president"): the titles must differ ("defence minister", "finance minister")
const otherTitle = (a: ActorPhrase, b: ActorPhrase) => a.kind === 'person' && b.kind === 'person' || titleOf(a) !== titleOf(b);
const titleOf = (p: ActorPhrase) => p.text.toLowerCase().replace(/^(the|his|her|its|their)\s+/, '');

/**
 * "Trump accused officials of trying to steal the election", "Maduro accused diplomats of plotting": a plural bare
 * role a named person's hostile act lands on takes its country from that person, and so its code, yet the person does
 * not accuse or attack himself. True for such a target of a conflict (quad class 3 or 4); in material conflict (4)
 * also for any actor with a code of its own.
 */
export function ownSideGroup(target: ActorPhrase, actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, quadClass: number): boolean {
  if (quadClass < 3 || target.kind !== 'role' || target.code !== null || !target.plural || actors.length === 0) return false;
  // ("Syrian rebels attacked Kurdish fighters": in an act of force a bare armed role the actor's story lends its own
  // country is still the other side, as long as the actor is another phrase with a code of its own)
  return actors.every((a) => {
    const r = resolved(a, antecedents);
    return r !== undefined && (isNamedPerson(r) || quadClass === 4 && r !== target && r.code !== null);
  });
}

/**
 * "The Kenyan government accused the governor of Mombasa", "Kyiv criticised Kharkiv's mayor": a town's or region's own
 * official takes its state's code (resolve/town-officials.ts), the code of the central government acting on it, yet is
 * another body, not the actor itself: a quarrel inside one state keeps its target. True for such a target unless an
 * actor is that same official.
 */
export function localOfficial(target: ActorPhrase, actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const t = resolved(target, antecedents);
  if (t?.rule !== TOWN_OFFICIAL_RULE) return false;
  return actors.every((a) => resolved(a, antecedents)?.name.toLowerCase() !== t.name.toLowerCase());
}

// acts that land on particular members of a force: an arrest or a killing, not a deployment of one's own troops
const ACTED_ON_MEMBERS = new Set(['COERCE', 'ASSAULT', 'SEIZE']);
// members of a state's forces, and the state's organs that act on them ("clashed, killing 15 people": civilians are no
// force's members, and a clash's toll is no target)
const FORCE_ROLES = new Set(['MIL', 'COP', 'SPY']);
const STATE_ROLES = new Set(['MIL', 'COP', 'SPY', 'GOV', 'JUD']);

/**
 * "The interior minister said the army had arrested 14 soldiers", "police detained five officers over the killing": a
 * force's coercion or violence lands on members of a force of the same state, named by another noun, who are others
 * (mutineers, suspects) though they take the same code. True for a bare plural role of a state force so acted on by a
 * bare role of a state organ of another noun. ("The army deployed troops": a deployment moves the actor's own, MOBILIZE, and keeps no target.)
 */
export function membersActedOn(target: ActorPhrase, actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, type: string): boolean {
  if (!ACTED_ON_MEMBERS.has(type) || target.kind !== 'role' || !target.plural || !FORCE_ROLES.has(target.roleCode ?? '') || actors.length === 0) return false;
  return actors.every((a) => {
    const r = resolved(a, antecedents);
    return r !== undefined && r !== target && r.kind === 'role' && STATE_ROLES.has(r.roleCode ?? '') && titleOf(r) !== titleOf(target);
  });
}

/**
 * "President Salome Zourabichvili accused the government of declaring war on its own people", "Vice President Sara
 * Duterte accused the government of ...": a named person's hostile act on a state body named by its role ("the
 * government", "the authorities", "the regime") lands on another participant, though the person's office lends both
 * one code: a person is never the whole body. True for such a target of a conflict act (quad class 3 or 4) when
 * every actor resolves to a named person, and the act is not one the person denies.
 */
// ... and so is a state organ named by an organization's role: "Trump accused the electoral council of trying to change the
// results", "the president attacked the election commission" (a body of the state, coded GOV, JUD or LEG)
const stateOrgan = (t: ActorPhrase) => t.roleKind === 'organization' && /^(?:GOV|JUD|LEG)$/.test(t.roleCode ?? '');
export function governmentBodyOfPerson(target: ActorPhrase, actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, quadClass: number, certainty: string): boolean {
  const t = resolved(target, antecedents);
  // ("the minister rejected suggestions that the government was behind the inquiry": a charge the person denies lays
  // nothing on the body)
  if (quadClass < 3 || certainty === 'denied' || t?.kind !== 'role' || !(t.roleKind === 'government' || stateOrgan(t)) || actors.length === 0) return false;
  return actors.every((a) => { const r = resolved(a, antecedents); return r !== undefined && isNamedPerson(r); });
}

/**
 * "Governor Dauda Lawal urged the federal government to send troops", "the mayor called on the government to act": an
 * appeal is made to another, so a state body named by its role that a person appeals to is a participant, though the
 * person's office lends both one code (a person is never the whole body). True for such a target of a REQUEST when
 * every actor resolves to a person (named, or one office holder named by title).
 */
export function bodyAppealedTo(target: ActorPhrase, actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, type: string): boolean {
  const t = resolved(target, antecedents);
  if (type !== 'REQUEST' || t?.kind !== 'role' || t.roleKind !== 'government' || actors.length === 0) return false;
  return actors.every((a) => { const r = resolved(a, antecedents); return r !== undefined && r !== t && isOfficeHolder(r); });
}
