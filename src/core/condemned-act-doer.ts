import type { Event } from '../schema/event.ts';
import type { ActorRef } from '../schema/event.ts';
import { ANY_DEED, ANY_FORCE, CONDEMNED_ACT, CONDEMNED_CODE, CONDEMNED_LANDING, CONDEMNED_NOUN, LANDED_ON_RULE, UNDERGOER_RULE } from '../extract/tree-roles/condemned-act.ts';
import { participantsOf, withParticipants } from './participants.ts';
import { COUNTER_ACT } from './countered-act.ts';
import { takenUpActDoer } from './taken-up-act-doer.ts';
import { irregularBase } from '../extract/morphology.ts';

/**
 * "Al-Shabab fighters attacked a base on Friday. ... The UN chief condemned the attack.": a condemnation of an act
 * the article told before accuses whoever did it. The doer is the actor of the act the condemnation itself names
 * with its doer ("condemned the shelling of civilians by Russian troops"), else of the latest earlier event of the
 * act's type that names one (other than the accuser itself); none told, no target. A doer found before stands only
 * where the condemnation's own sentence names it ("the unit's actions"): the hand-coded sets leave the target of
 * "condemned the attack" empty (16 of 19 such events, session 45).
 */
export function condemnedActDoer(told: readonly Event[]): Event[] {
  // ("One of the raids struck a clinic": an act taking up an earlier one has its doer first, taken-up-act-doer.ts)
  const events = takenUpActDoer(told);
  return events.map((e) => {
    const mark = e.rules.find((r) => r.startsWith(CONDEMNED_ACT));
    const befell = e.rules.includes(UNDERGOER_RULE) ? e.target : null;
    if (!mark || e.target !== null && !befell) return e;
    const type = mark.slice(CONDEMNED_ACT.length);
    const accuser = e.actor?.code ?? e.actor?.name ?? null;
    // "the Kenyans counterattacked": an answer is not the attack condemned
    // ("condemned the crackdown": a coercion noun takes up violent repression too, ASSAULT 175)
    const doers = events.filter((o) => o !== e && (o.type === type || type === 'ASSAULT' && o.cameo.startsWith(RIOT) || type === ANY_DEED && DEEDS.has(o.type) || (type === ANY_FORCE || type === 'COERCE') && FORCE.has(o.type)) && o.actor !== null && (o.actor.code ?? o.actor.name) !== accuser && !COUNTER_ACT.test(o.trigger.text) && !onCulprits(o) && !unnamedPronoun(o.actor));
    // "condemned the killing of aid workers by Israeli forces": the act named in the condemnation, with its doer, first
    const named = doers.filter((o) => o.trigger.span[0] > e.trigger.span[0] && toldAfter(o.actor!, e)).sort((a, b) => a.trigger.span[0] - b.trigger.span[0]);
    const earlier = doers.filter((o) => o.trigger.span[0] < e.trigger.span[0]).sort((a, b) => b.trigger.span[0] - a.trigger.span[0]);
    // "Settlers stormed the village ... troops dispersed the settlers ... condemned the attack": an attack noun takes up
    // an attack (or a riot) before the crowd control that answered it (CAMEO 175)
    const attacks = type === 'ASSAULT' ? earlier.filter((o) => !o.cameo.startsWith(CROWD_CONTROL)) : earlier;
    // ("accused the opposition of plotting a coup ... condemned the arrests": an act only alleged comes after those told as done)
    const before = stableByTold(attacks.length > 0 ? attacks : earlier);
    // "An Israeli drone strike ... The group fired rockets ... Mikati denounced the strike": the latest act told with
    // the condemned noun first, then the latest of its type
    const noun = e.rules.find((r) => r.startsWith(CONDEMNED_NOUN))?.slice(CONDEMNED_NOUN.length);
    // ("raided the offices and detained several leaders ... condemned the arrests": a specific code the noun's row shares)
    const code = e.rules.find((r) => r.startsWith(CONDEMNED_CODE))?.slice(CONDEMNED_CODE.length);
    const sameCode = code && !code.endsWith('0') ? (o: Event) => o.cameo === code : () => false;
    const sameNoun = noun ? before.find((o) => [o.trigger, ...(o.mentions ?? []).map((m) => m.trigger)].some((tr) => namesAct(tr.text, noun)) || sameCode(o)) : undefined;
    // "Police fired tear gas at protesters ... condemned the crackdown on protesters": whoever the latest act of force
    // on the same victims was done by, whatever the noun's own type
    const onVictims = befell && e.rules.includes(LANDED_ON_RULE) ? events.filter((o) => FORCE.has(o.type) && o.trigger.span[0] < e.trigger.span[0] && o.target !== null && sameVictims(o.target, befell) && o.actor !== null && (o.actor.code ?? o.actor.name) !== accuser).at(-1) : undefined;
    // "Israeli aircraft struck a camp ... Hamas attacked an army post ... condemned the attack on the camp": the act that
    // landed on what the condemnation names, before the latest of its noun or type
    const landings = e.rules.filter((r) => r.startsWith(CONDEMNED_LANDING)).map((r) => actStem(r.slice(CONDEMNED_LANDING.length)));
    const sameLanding = landings.length ? before.find((o) => participantsOf(o, 'target').some((t) => words(t.text).some((w) => landings.includes(actStem(w))))) : undefined;
    // "The U.S. sanctioned three firms. The firms supplied drones to Russia, the Treasury said. Beijing condemned the
    // move": a move or decision is a step a named side takes, told as done, not the deed a speaker gives as its reason
    const step = type === ANY_DEED ? before.find((o) => o.provenance.certainty === 'asserted' && o.actor?.code) : undefined;
    const doer = named[0] ?? sameLanding ?? sameNoun ?? step ?? before[0] ?? onVictims;
    // "Gunmen killed 20 villagers ... The governor condemned the killings": the condemnation accuses no one its own
    // sentence does not name; only "condemned the army's raid", "the unit's actions", "the strikes by the army" do
    if (doer?.actor && doer !== named[0] && !namedInSentence(doer.actor, e)) return { ...withParticipants(e, 'target', []), rules: [...e.rules, UNTOLD_DOER_RULE] };
    // ("condemned the attack on protesters" with no attacker told: the victims are accused of nothing, nor their state)
    if (!doer?.actor) return befell && e.rules.includes(LANDED_ON_RULE) ? { ...withParticipants(e, 'target', []), rules: [...e.rules, 'target:condemned-act-no-doer'] } : befell ? stateOf(e, befell) : e;
    const target = { ...doer.actor, basis: 'inferred' as const };
    return { ...withParticipants(e, 'target', [target]), rules: [...e.rules, 'target:condemned-act-doer'] };
  });
}

/** In an ACCUSE's `rules`: the act it condemns was done by a side told before, which its own sentence does not name. */
export const UNTOLD_DOER_RULE = 'target:condemned-act-doer-untold';

/**
 * The condemnation's sentence names the doer, outside the accuser: by its name or its head noun ("the unit's actions"
 * for "an elite army unit", "the U.S. strikes" for "U.S.").
 */
function namedInSentence(doer: ActorRef, e: Event): boolean {
  const [start, end] = e.evidence.span;
  let sentence = e.evidence.sentence.toLowerCase();
  const own = e.actor?.span;
  if (own && own[0] >= start && own[1] <= end) sentence = sentence.slice(0, own[0] - start) + ' '.repeat(own[1] - own[0]) + sentence.slice(own[1] - start);
  const has = (phrase: string) => phrase.length > 1 && new RegExp(`(?:^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(sentence);
  const head = doer.text.toLowerCase().replace(/['’]s$/, '').split(/\s+/).at(-1) ?? '';
  return [doer.text, doer.name].some((n) => has(n.toLowerCase())) || head.length > 2 && !GENERIC_HEADS.has(head) && has(head);
}
// heads too common to name a side by themselves
const GENERIC_HEADS = new Set(['people', 'forces', 'group', 'groups', 'members', 'men', 'government', 'officials', 'authorities']);

const FORCE = new Set(['ASSAULT', 'COERCE']);
// violent repression of a crowd: "dispersed the protesters", "fired tear gas at"
const CROWD_CONTROL = '175';
// a violent protest, which an attack noun may name: "rioters torched a police station ... condemned the attack"
const RIOT = '145';
// "Gunmen shot dead a candidate ... Police said they killed one suspect ... The U.S. condemned the killing": force used on
// the act's doers (suspects, attackers, gunmen) answers the act, as a counterattack does; it is not the act condemned
const CULPRITS = /\b(?:suspect|assailant|attacker|gunm[ae]n|perpetrator|hijacker|kidnapper|abductor)s?$/i;
const onCulprits = (o: Event) => o.target !== null && CULPRITS.test(o.target.text.trim());
// what "the move", "the decision" may take up: a deed done, not words (an accusation, a call, a protest, a meeting)
const DEEDS = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE', 'REJECT', 'THREATEN', 'RETREAT', 'CONCEDE', 'AID', 'AGREE', 'COOPERATE', 'SUPPORT']);
// the same victims: one code, or (a later paragraph may code them no longer) the same head word ("peaceful protesters")
const headWord = (r: ActorRef) => r.text.toLowerCase().split(/\s+/).at(-1);
const sameVictims = (a: ActorRef, b: ActorRef) => (a.code !== null && b.code !== null ? a.code === b.code : headWord(a) === headWord(b));

/**
 * The trigger's words hold the noun or its verb ("drone strike", "the shelling" ← "shelled", "bombing" ← "bombed"),
 * an irregular past by its base form too ("the strike" ← "struck", "the shooting" ← "shot", "the fighting" ← "fought").
 */
export function namesAct(trigger: string, noun: string): boolean {
  const stem = actStem(noun);
  return trigger.toLowerCase().split(/[^a-z]+/).some((w) => w.length > 2 && actStem(w) === stem);
}
const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
// ("struck" names the strike, "fought" the fighting: an irregular verb form by its base)
const actStem = (word: string) => (irregularBase(word) ?? word).replace(/(?:ings?|ed|es|s)$/, '').replace(/e$/, '');

// "“They started shooting at everybody,” said a resident": a pronoun no one was found for names no doer
const unnamedPronoun = (a: ActorRef) => a.code === null && /^(?:they|he|she|it|we|you|i)$/i.test(a.text);

/** The actor is named in the accusation's own sentence, after its verb ("... by Israeli forces"). */
function toldAfter(actor: ActorRef, e: Event): boolean {
  return actor.span !== null && actor.span[0] > e.trigger.span[1] && actor.span[1] <= e.evidence.span[1];
}

/**
 * "Amnesty condemned the execution of two activists in Iran" with no executioner told: the state of those it befell is
 * accused (PLOVER's coding of a condemned arrest or execution); with no state known, no one.
 */
function stateOf(e: Event, befell: ActorRef): Event {
  const country = befell.code && /^[A-Z]{3}/.test(befell.code) ? befell.code.slice(0, 3) : null;
  const target = country ? [{ ...befell, code: country, basis: 'inferred' as const }] : [];
  return { ...withParticipants(e, 'target', target), rules: [...e.rules, country ? 'target:condemned-act-state' : 'target:condemned-act-no-doer'] };
}

// the acts told as done first, each group in its order: an alleged, denied or hypothetical act is condemned only with none done
const UNDONE = new Set(['alleged', 'denied', 'hypothetical', 'conditional', 'planned', 'called_off']);
const stableByTold = (acts: readonly Event[]) => [...acts.filter((o) => !UNDONE.has(o.provenance.certainty)), ...acts.filter((o) => UNDONE.has(o.provenance.certainty))];
