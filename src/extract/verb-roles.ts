import { arrivalHost } from './stay-abroad.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { findAgent, findObject, findSubject, firstToken } from './roles.ts';
import { FIRED_MUNITION_RULE, firedAtTargets } from './fired-munition.ts';
import { prenominalParticiple } from './prenominal-participle.ts';
import { isPassiveClause, treeVerbRoles, withinActActors } from './tree-roles/tree-actors.ts';
import { whenClauseDoer } from './tree-roles/when-clause-doer.ts';
import { ORDERED_UNDERGOER_RULE } from './tree-roles/ordered-undergoer.ts';
import { actAsSubject, actInPassiveSetting, isPlotContent, observedAct, sharedObjectStart } from './tree-roles/word-window.ts';
import { wordsBeforeClause } from './clause.ts';
import { describedSubject } from './tree-roles/described-subject.ts';
import { withoutRelativeSpeakers } from './tree-roles/relative-speakers.ts';
import { withoutOtherClauseSubjects } from './tree-roles/own-clause-subject.ts';
import { recipientRoles } from './tree-roles/recipient-subject.ts';
import { metExplosiveRoles } from './tree-roles/met-explosive.ts';
import { objectGapTargets } from './tree-roles/object-gap.ts';
import { NAMING_ASIDE_RULE, namingAside } from './named-as.ts';
import { participantsAt } from './tree-roles/participants.ts';
import { conjunctActOnPeople } from './tree-roles/conjunct-act.ts';
import { afterOwnPreposition, againstTargets, modifiesOwnNoun, ownActOwner, ownObjectTargets } from './pattern-own-roles.ts';
import { isWieldedWeapon } from './object-evidence.ts';
import { requiredTarget } from './pattern-requirements.ts';
import { askedFrom, REQUEST_ASKED_FROM_RULE } from './tree-roles/request-addressee.ts';
import { captorOfReleased, CAPTOR_RULE } from './tree-roles/released-persons.ts';
import { cuePhrases } from './cue-groups.ts';
import { formTable } from './morphology.ts';

const EXPECTED_VISITOR_RULE = 'roles:expected-visitor';
const GRANT_REFUGE = '075';
const HANDED_TO_RECEIVER_RULE = 'roles:handed-to-receiver';
const SENT_HELPERS_RULE = 'roles:sent-helpers-no-target';
const LEGAL_CHARGE = /^(112[1-5]|115)$/; // CAMEO charges and lawsuits: their "by" is who brings them

/**
 * Verb roles: subject acts on object; passive swaps them ("was attacked by X"). The tree says whether the
 * verb is passive and which phrase fills each role (tree-roles/tree-actors.ts); the window reading still
 * decides that a role is filled at all, so a misparse cannot invent an actor (docs/tree-roles.md).
 */
// the preposition of a charge after the accused: "accused X of", "charged X with"
const CHARGE_WORDS = new Set(['of', 'with']);

// "One soldier was killed and two were wounded in the firefight": an act's participle after "be" the parser read as an
// adjective with its copula ("two | were | wounded") is a passive all the same; its subject undergoes the act (read as
// the subject's act, the soldier wounded himself). Only trigger words come here, so no true adjective is read so.
const COPULAR_PARTICIPLE_RULE = 'roles:copular-participle-passive';
function copularParticiple(tree: ReturnType<SentenceContext['tree']>, head: number): boolean {
  return tree.upos(head) === 'ADJ' && !tree.tokens[head].lower.endsWith('ing') && tree.childrenWith(head, 'cop').some((c) => tree.tokens[c].lemma === 'be');
}

export function verbRoles(ctx: SentenceContext, tr: Trigger, type: string, rules: string[]): [ActorPhrase[], ActorPhrase[]] {
  const tree = ctx.tree();
  // "The attack, called an act of terrorism by the UN, ...": the namer judges the act; the act's own doer is accused
  const aside = type === 'ACCUSE' ? namingAside(ctx, tr.start) : null;
  if (aside) return rules.push(NAMING_ASIDE_RULE), [participantsAt(tree, ctx, aside.namer).phrases, participantsAt(tree, ctx, aside.named).phrases];
  const read = treeVerbRoles(tree, ctx, tr.head);
  // "ordered him to be detained": a passive the order makes happen has the orderer as its doer (ordered-undergoer.ts)
  if (read?.rules[0] === ORDERED_UNDERGOER_RULE && isPassiveClause(tree, tr.head)) return rules.push(...read.rules), [read.actors, read.targets ?? []];
  // "shot down two drones launched by the rebels": a projectile's firing told by its participle and "by" is passive
  // however the parser labels the agent (a misread main verb leaves it a plain oblique); the firer is its doer, never
  // the main clause's subject, so the interception and the launch stay two acts of two sides
  if (tr.describedObject && rules.includes(FIRED_MUNITION_RULE) && !isPassiveClause(tree, tr.head)) {
    const agent = findAgent(ctx, tr.head + 1, 10);
    if (agent.length) return rules.push('roles:passive'), [agent, firedAtTargets(ctx, tr.head, agent)];
  }
  const copular = !isPassiveClause(tree, tr.head) && copularParticiple(tree, tr.head);
  if (copular || isPassiveClause(tree, tr.head)) {
    if (copular) rules.push(COPULAR_PARTICIPLE_RULE);
    rules.push(...(read?.rules ?? ['roles:passive']));
    // "the minister is expected in Cairo on Monday": the expected visitor makes the stay, its host country is visited
    if (tr.pattern.requiresStay) {
      rules.push(EXPECTED_VISITOR_RULE);
      return [chosen(findSubject(ctx, tr.head, true), read?.targets), requiredTarget(ctx, tr) ?? []];
    }
    const named = chosen(findAgent(ctx, tr.head + 1, 10), read?.actors);
    // "Kenya's request for a loan from the IMF was approved": with no agent, the one asked gives what was asked for
    const asked = named.length ? undefined : tree.childrenWith(tr.head, 'nsubj:pass').map((s) => askedFrom(tree, s)).find((n) => n !== undefined);
    const agent = asked === undefined ? named : participantsAt(tree, ctx, asked).phrases;
    if (asked !== undefined && agent.length) rules.push(REQUEST_ASKED_FROM_RULE);
    // "intercepted a missile launched by the Houthis toward Riyadh": the described projectile is no target (fired-munition.ts)
    if (tr.describedObject && rules.includes(FIRED_MUNITION_RULE)) return [agent, firedAtTargets(ctx, tr.head, agent)];
    // "three journalists held by the Taliban were released": captives are given up by their captor
    const captor = agent.length ? null : captorOfReleased(tree, ctx, tr.head, type, tr.pattern.cameo);
    if (captor) {
      rules.push(CAPTOR_RULE);
      return [[captor], chosen(findSubject(ctx, tr.head, true), read?.targets)];
    }
    // "the minister's resignation was announced": the pattern's own act noun as subject acts for its owner
    const owned = agent.length === 0 ? ownActOwner(ctx, tr) : null;
    if (owned) {
      rules.push('roles:passive-own-act-owner', ...owned.rules);
      return [owned.actors, []];
    }
    const subject = chosen(findSubject(ctx, tr.head, true), read?.targets);
    // "troops were engaged in a firefight with rebels": the passive of a verb of taking part "in" an act
    // (data/lexicon/support-verbs.tsv, via "in") is a state; its subject takes part, as in "troops engaged in"
    if (agent.length === 0 && ctx.kb.lexicon.supportVerbsVia.get(ctx.doc.tokens[tr.head].lemma) === 'in' && ctx.doc.tokens[tr.head + 1]?.lower === 'in') {
      rules.push('roles:passive-participation');
      return [subject, findObject(ctx, tr.head + 1, 12, tr.tokens)];
    }
    const within = agent.length === 0 && type === 'ASSAULT' ? withinActActors(tree, ctx, tr.head) ?? whenClauseDoer(tree, ctx, tr.head) : null;
    if (within) {
      rules.push(...within.rules);
      return [within.actors, subject];
    }
    // "troops were deployed", "the base was equipped with C-RAM": what is mobilised is the mobilising side;
    // "troops were sent to the border by the army": its own forces, never whom it acts on; helpers sent too ("police were deployed to help")
    if (type === 'MOBILIZE' || type === 'AID' && tr.pattern.steps[0].lemmas.includes('deploy')) return [agent.length ? agent : subject, []];
    // "operations described as false-flag operations by the US military": "by X" names the accused
    // (not a legal charge: "were charged with espionage by Russian prosecutors" names who charged)
    if (type === 'ACCUSE' && !LEGAL_CHARGE.test(tr.pattern.cameo) && agent.length && agent[0].start > ctx.doc.tokens[tr.end - 1].end && tr.end - 1 > tr.head) {
      rules.push('roles:characterised-by-is-target');
      return [[], agent];
    }
    // "the suspect was extradited to France": the pattern's own "to"/"with" names the receiver or partner
    const receiver = afterOwnPreposition(ctx, tr);
    if (receiver.length) {
      rules.push('roles:own-preposition-target');
      return [agent, receiver];
    }
    // "rockets were fired at Israel", "shots were fired at the convoy": what is fired is the means, the pattern's own
    // "at"/"on" names whom it is aimed at
    const aimed = type === 'ASSAULT' ? ownObjectTargets(ctx, tr) : null;
    if (aimed?.targets.length) {
      rules.push('roles:passive-aimed-target');
      return [agent, aimed.targets];
    }
    return [agent, subject];
  }
  // "a court ordered the journalist held": the order's object undergoes the act (tree-roles/ordered-undergoer.ts)
  if (read?.targets?.length && read.rules[0] === ORDERED_UNDERGOER_RULE) {
    rules.push('roles:subject-object', ...read.rules);
    return [[...read.actors], [...read.targets]];
  }
  // "Ukraine received tanks from Poland", "their convoy hit a roadside bomb": the subject undergoes
  // "Chad has received 500,000 refugees": a state receiving people who flee grants them refuge (CAMEO 075), its own act
  const received = (tr.pattern.cameo === GRANT_REFUGE ? null : recipientRoles(tree, ctx, tr.head, type)) ?? metExplosiveRoles(tree, ctx, tr.head, type);
  if (received) {
    rules.push(...received.rules);
    return [received.actors, received.targets];
  }
  rules.push('roles:subject-object', ...(read?.rules ?? []));
  // "supporters of jailed Kremlin critic Navalny", "the detained activists": a participle before its noun describes
  // it; the clause's subject did not do it, and nobody is named as doing it
  const described = prenominalParticiple(tree, tr.head);
  // "stormed the building and arrested protesters": a repair's describing participle that is the verb's coordinated act on people
  const conjunct = described !== null ? conjunctActOnPeople(tree, ctx, tr.head) : null;
  if (conjunct) {
    rules.push(...conjunct.rules);
    return [conjunct.actors, conjunct.targets];
  }
  if (described !== null) {
    rules.push('roles:prenominal-participle');
    return [[], participantsAt(tree, ctx, described).phrases];
  }
  // The object may sit inside the pattern's gap ("threatened Iran with"); a demand's, in its that-clause ("demanded that X free")
  const from = sharedObjectStart(tree, tr, rules) ?? (type === 'REQUEST' && ctx.doc.tokens[tr.head + 1]?.lower === 'that' ? tr.head + 2 : tr.head + 1);
  // the tree fills the subject when it names one on a parse both taggers agree with ("after Qadri held talks",
  // where the window took "after" for a preposition); else it only chooses among what the window found
  const observed = observedAct(tree, ctx.kb.lexicon.observingVerbs, tr.head, rules); // "monitors reported shelling": the source
  const window = observed || actInPassiveSetting(tree, tr.head) || actAsSubject(tree, tr.head) || isPlotContent(tree, tr.head) ? [] : withoutRelativeSpeakers(tree, ctx, tr.head, findSubject(ctx, tr.head, false, rules));
  // "arrested men who had attacked a checkpoint": the described noun does the inner act, not the window's subject
  const describer = read?.actors.length ? null : describedSubject(tree, ctx, tr.head, window);
  if (describer) rules.push(...describer.rules);
  const actors = observed ? findAgent(ctx, tr.end, 8) : describer ? describer.actors : read?.actors.length && (read.sure || window.length) ? [...read.actors] : withoutOtherClauseSubjects(tree, ctx, tr.head, window, rules);
  // "denied accusations that soldiers had tortured": whom a denial answers is never inside the denied clause
  const arrival = arrivalHost(ctx, tr, actors);
  // "accused the men of photographing bases for Russian intelligence": the accused is in the gap before the charge's
  // "of"/"with"; a name in the charge is no one accused
  // (right after the gap and before the charged act's -ing verb: "lodged a complaint with Japan", "accused the kingdom of
  // Saudi Arabia of" name whom it is lodged with, and the accused, after the word)
  const chargeWord = type === 'ACCUSE' ? tr.tokens.find((k) => k > from && CHARGE_WORDS.has(ctx.doc.tokens[k].lower) && !tr.tokens.includes(k - 1) && /ing$/.test(ctx.doc.tokens[k + 1]?.lower ?? '')) : undefined;
  const charged = chargeWord === undefined ? null : chargeWord - from;
  // "the village that militants burned last week had 300 residents": the relative's object is the noun it describes, never a word after it
  if (tr.relativeObject) return [actors, objectGapTargets(tree, ctx, tr.head, rules)];
  const objects = againstTargets(ctx, tr) ?? requiredTarget(ctx, tr) ?? (arrival ? [arrival] : null) ?? findObject(ctx, from, charged ?? (type === 'REJECT' ? wordsBeforeClause(ctx.doc.tokens, from, Math.min(ctx.sentence.tokenEnd, from + 12)) : 12), tr.tokens).filter((p) => !isWieldedWeapon(ctx, tr, p)); // "used artillery" is no target
  // "the Wagner group, which France accused of killing civilians": the accused is the noun the clause describes, not a
  // name in what it is accused of (a clause with an object gap has no object of its own)
  const accused = type === 'ACCUSE' && objects.length ? objectGapTargets(tree, ctx, tr.head, rules) : [];
  if (accused.length) return [actors, accused];
  // the only object is the pattern's own word: "shared intelligence with Israel", "fired artillery at rebels"
  // ... or a name that only modifies the pattern's own noun: "delivered an IRIS-T system to Ukraine" (the system's make)
  // (a pronoun read as the row's word stays whom the act lands on: "expelled him" for "expel * ambassador")
  const own = objects.length && objects.every((p) => tr.tokens.includes(firstToken(ctx, p)) && !formTable(ctx.doc.tokens).standsIn(firstToken(ctx, p)) || modifiesOwnNoun(ctx, tr, p)) ? ownObjectTargets(ctx, tr) : null;
  if (own) {
    rules.push(own.rule);
    return [actors, own.targets];
  }
  // "extradited a former FARC commander to the United States", "handed over 12 suspects to Iraq": who is handed over in
  // the pattern's gap is what the cooperation moves; the party after its own "to"/"with" is the partner (PLOVER COOPERATE)
  const gapObject = type === 'COOPERATE' && objects.length > 0 && objects.every((p) => p.end <= ctx.doc.tokens[tr.end - 1].start);
  const receiver = gapObject ? afterOwnPreposition(ctx, tr) : [];
  // "deployed troops to help evacuate its nationals": who is sent to help (the row's gap) is the help, not whom it helps
  const helpers = type === 'AID' && tr.pattern.steps.length > 2 && objects.some((p) => p.end <= ctx.doc.tokens[tr.end - 1].start) && cuePhrases(ctx.kb.lexicon.clauseCues, 'sending').has(ctx.doc.tokens[tr.start].lemma);
  if (helpers) return rules.push(SENT_HELPERS_RULE), [actors, objects.filter((p) => p.start >= ctx.doc.tokens[tr.end - 1].end)];
  if (receiver.length) {
    rules.push(HANDED_TO_RECEIVER_RULE);
    return [actors, receiver];
  }
  return [actors, objects.length ? objects : objectGapTargets(tree, ctx, tr.head, rules)]; // "officials it accused of abuses"
}
/** The tree's phrases for a role the window also fills; the window's where the tree names none. */
const chosen = (window: ActorPhrase[], tree: readonly ActorPhrase[] | null | undefined): ActorPhrase[] => (window.length && tree?.length ? [...tree] : window);
