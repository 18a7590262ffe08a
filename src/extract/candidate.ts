import type { CameoInfo } from '../knowledge/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { baseForms as baseFormsOf } from './morphology.ts';
import { findAgent, findObject, findSubject, firstToken, lastTokenOf } from './roles.ts';
import { timingClauseSubject, TIMED_BY_OWN_ACT, TIMING } from './timing-clause.ts';
import { prenominalParticiple } from './prenominal-participle.ts';
import { isCapitalsName } from './token-shape.ts';
import { describesNoun, hasStrayAgent, isPassiveClause, supportVerbLemma, treeNounActors, treeVerbRoles, withinActActors } from './tree-roles/tree-actors.ts';
import { actAsSubject, actInPassiveSetting, isPlotContent, observedAct, SHARED_OBJECT_RULE, sharedObjectStart, takesCoordinatedObject } from './tree-roles/word-window.ts';
import { wordsBeforeClause } from './clause.ts';
import { heldRoles } from './tree-roles/held-state.ts';
import { describedSubject } from './tree-roles/described-subject.ts';
import { instrumentSubject } from './tree-roles/instrument-subject.ts';
import { recipientRoles } from './tree-roles/recipient-subject.ts';
import { MET_EXPLOSIVE_RULE, metExplosiveRoles } from './tree-roles/met-explosive.ts';
import { objectGapNoun, objectGapTargets } from './tree-roles/object-gap.ts';
import { participantsAt } from './tree-roles/participants.ts';
import { rolesKind, isPluralActNoun, PLURAL_ACT_NOUN_RULE } from './tree-roles/gerund-noun.ts';
import { colonContent } from './colon-content.ts';
import { STAY_FOR_TALKS, stayForTalks } from './stay-purpose.ts';
import { afterOwnPreposition, againstTargets, ownActOwner, ownObjectTargets, ownOfPhrase, askedActPossessor } from './pattern-own-roles.ts';
import { modifierActor, speakersVehicle } from './noun-modifier-actor.ts';
import { enteredCountry, equipmentObject, isDirectObject, isWieldedWeapon, objectCountry } from './object-evidence.ts';
import { triggerRepairs } from './tree-repair/trigger-repairs.ts';
import { namesCapital } from '../resolve/capital-phrases.ts';
import { jointExercise, JOINT_EXERCISE_RULE } from './joint-exercise.ts';
import { facingCountry, FACING_RULE } from './mobilize-facing.ts';
import { speechObject } from './speech-object.ts';
import { meetsRowRequirements, requiredTarget } from './pattern-requirements.ts';
const LEGAL_CHARGE = /^(112[1-5]|115)$/; // CAMEO charges and lawsuits: their "by" is who brings them

/** An event proposed by a trigger, before certainty, provenance, dates and places are attached. */
export interface Candidate {
  readonly trigger: Trigger;
  readonly info: CameoInfo;
  readonly actors: readonly ActorPhrase[];
  readonly targets: readonly ActorPhrase[];
  readonly rules: string[];
  /** "exchanged prisoners", "held talks", "clashed": done by coordinated actors to each other. */
  readonly reciprocal?: boolean;
}

const NOUN_TARGET_PREPS = new Set(['on', 'against', 'at', 'targeting', 'toward', 'towards', 'with', 'of', 'upon', 'into', 'over', 'to', 'from']);
// "the withdrawal of US troops", "a meeting of Israeli negotiators with ...": for these types "of X" names who acts.
// "denied any involvement in the attack", "admitted responsibility for the bombing"
const INVOLVEMENT = new Set(['involvement', 'responsibility', 'role', 'part', 'hand']);
// "agreed" and "signed" are done together, not to each other: no reciprocal target
const RECIPROCAL = new Set(['exchange', 'swap', 'trade', 'clash', 'meet', 'talk', 'negotiate', 'fight']);
// verbs of handing something over: "to X" is the receiver, not where a force moves
const GIVING = new Set(['hand', 'turn', 'cede', 'transfer', 'give', 'surrender']);
const CITY_FOR_COUNTRY = 'actor:city-stands-for-country';
const FROM_IS_TARGET = new Set(['RETREAT', 'COERCE', 'SANCTION']);
const OF_IS_ACTOR = new Set(['RETREAT', 'MOBILIZE', 'PROTEST', 'CONSULT', 'COOPERATE']);

/**
 * Verb roles: subject acts on object; passive swaps them ("was attacked by X"). The tree says whether the
 * verb is passive and which phrase fills each role (tree-roles/tree-actors.ts); the window reading still
 * decides that a role is filled at all, so a misparse cannot invent an actor (docs/tree-roles.md).
 */
function verbRoles(ctx: SentenceContext, tr: Trigger, type: string, rules: string[]): [ActorPhrase[], ActorPhrase[]] {
  const tree = ctx.tree();
  const read = treeVerbRoles(tree, ctx, tr.head);
  if (isPassiveClause(tree, tr.head)) {
    rules.push(...(read?.rules ?? ['roles:passive']));
    const agent = chosen(findAgent(ctx, tr.head + 1, 10), read?.actors);
    // "the minister's resignation was announced": the pattern's own act noun as subject acts for its owner
    const owned = agent.length === 0 ? ownActOwner(ctx, tr) : null;
    if (owned) {
      rules.push('roles:passive-own-act-owner', ...owned.rules);
      return [owned.actors, []];
    }
    const subject = chosen(findSubject(ctx, tr.head, true), read?.targets);
    const within = agent.length === 0 && type === 'ASSAULT' ? withinActActors(tree, ctx, tr.head) : null;
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
  // "Ukraine received tanks from Poland", "their convoy hit a roadside bomb": the subject undergoes
  const received = recipientRoles(tree, ctx, tr.head, type) ?? metExplosiveRoles(tree, ctx, tr.head, type);
  if (received) {
    rules.push(...received.rules);
    return [received.actors, received.targets];
  }
  rules.push('roles:subject-object', ...(read?.rules ?? []));
  // "supporters of jailed Kremlin critic Navalny", "the detained activists": a participle before its noun describes
  // it; the clause's subject did not do it, and nobody is named as doing it
  const described = prenominalParticiple(tree, tr.head);
  if (described !== null) {
    rules.push('roles:prenominal-participle');
    return [[], participantsAt(tree, ctx, described).phrases];
  }
  // The object may sit inside the pattern's gap ("threatened Iran with"); a demand's, in its that-clause ("demanded that X free")
  const from = sharedObjectStart(tree, tr, rules) ?? (type === 'REQUEST' && ctx.doc.tokens[tr.head + 1]?.lower === 'that' ? tr.head + 2 : tr.head + 1);
  // the tree fills the subject when it names one on a parse both taggers agree with ("after Qadri held talks",
  // where the window took "after" for a preposition); else it only chooses among what the window found
  const observed = observedAct(tree, ctx.kb.lexicon.observingVerbs, tr.head, rules); // "monitors reported shelling": the source
  const window = observed || actInPassiveSetting(tree, tr.head) || actAsSubject(tree, tr.head) || isPlotContent(tree, tr.head) ? [] : findSubject(ctx, tr.head, false, rules);
  // "arrested men who had attacked a checkpoint": the described noun does the inner act, not the window's subject
  const describer = read?.actors.length ? null : describedSubject(tree, ctx, tr.head, window);
  if (describer) rules.push(...describer.rules);
  const actors = observed ? findAgent(ctx, tr.end, 8) : describer ? describer.actors : read?.actors.length && (read.sure || window.length) ? [...read.actors] : window;
  // "denied accusations that soldiers had tortured": whom a denial answers is never inside the denied clause
  const objects = againstTargets(ctx, tr) ?? requiredTarget(ctx, tr) ?? findObject(ctx, from, type === 'REJECT' ? wordsBeforeClause(ctx.doc.tokens, from, Math.min(ctx.sentence.tokenEnd, from + 12)) : 12, tr.tokens).filter((p) => !isWieldedWeapon(ctx, tr, p)); // "used artillery" is no target
  // the only object is the pattern's own word: "shared intelligence with Israel", "fired artillery at rebels"
  const own = objects.length && objects.every((p) => tr.tokens.includes(firstToken(ctx, p))) ? ownObjectTargets(ctx, tr) : null;
  if (own) {
    rules.push(own.rule);
    return [actors, own.targets];
  }
  return [actors, objects.length ? objects : objectGapTargets(tree, ctx, tr.head, rules)]; // "officials it accused of abuses"
}
/** The tree's phrases for a role the window also fills; the window's where the tree names none. */
const chosen = (window: ActorPhrase[], tree: readonly ActorPhrase[] | null | undefined): ActorPhrase[] => (window.length && tree?.length ? [...tree] : window);

/**
 * Noun roles: "attacks by X", "X's attack", "US strikes", or the subject of a support verb
 * ("Hamas launched an attack", "the group claimed responsibility for the attacks") from the tree;
 * targets after on/against/at/with, or directly after ("rocket attacks US-occupied Camp Taji").
 */
function nounRoles(ctx: SentenceContext, tr: Trigger, type: string, rules: string[]): [ActorPhrase[], ActorPhrase[]] {
  // "four gang members were in custody": the one held is whom the act landed on (tree-roles/held-state.ts)
  const held = heldRoles(ctx, tr, type, rules); if (held) return held;
  const t = ctx.doc.tokens;
  // a trigger's own words never name its actor ("shipment of artillery shells": not the artillery)
  const [from, to] = [t[tr.start].start, t[tr.end - 1].end];
  const found = treeNounActors(ctx.tree(), ctx, tr.head);
  const read = found && found.actors.every((a) => a.end <= from || a.start >= to) ? found : null;
  // "the withdrawal of French troops from Niger (was confirmed by Kyiv)": the pattern's own "of" names who
  // withdraws (an act done by its "of" noun, OF_IS_ACTOR), before a "by" that may be another verb's
  const ownOf = read || !OF_IS_ACTOR.has(type) ? [] : ownOfPhrase(ctx, tr);
  let actors = read?.actors ?? (ownOf.length ? ownOf : hasStrayAgent(ctx.tree(), tr.head) ? [] : findAgent(ctx, tr.end, 8));
  if (read) rules.push(...read.rules);
  else if (ownOf.length) rules.push('roles:noun-own-of');
  else if (actors.length) rules.push('roles:noun-by-agent');
  if (!actors.length) {
    const modifier = modifierActor(ctx, tr, type);
    if (modifier) {
      actors = [modifier];
      rules.push('roles:noun-modifier');
    }
  }
  if (!actors.length) {
    // "claimed responsibility for the 11 and 14 March rocket attacks": the verb may sit a few words back.
    for (let i = tr.start - 1; i >= Math.max(ctx.sentence.tokenStart, tr.start - 10); i--) {
      // "sent troops to the border after the clash": an act that times the clause is not the verb's own act
      if (t[i].text === ',' || t[i].pos === 'SCONJ' || TIMING.has(t[i].lower)) break;
      if (t[i].pos === 'VERB' && !isCapitalsName(t, i, ctx.sentence)) { // "the New START treaty": a name in capitals is no verb
        // "a U.S.-led raid": a participle joined by a hyphen to a name is the noun's modifier, no verb supporting it
        if (t[i - 1]?.text === '-' && t[i - 1].end === t[i].start) break;
        const viaInvolvement = t.slice(i + 1, tr.start).some((x) => INVOLVEMENT.has(x.lemma));
        // "responded with airstrikes": a verb that supports through its preposition, which must stand before the noun
        const via = ctx.kb.lexicon.supportVerbsVia.get(t[i].lemma);
        const throughVia = via !== undefined && t.slice(i + 1, tr.start).some((x) => x.lower === via);
        const support = supportVerbLemma(ctx.kb.lexicon.supportVerbs, t[i]);
        if (support !== null || viaInvolvement || throughVia) {
          // "men suspected of plotting an attack": the tree's described noun plots it, not the main clause's subject
          const window = findSubject(ctx, i);
          const describer = describedSubject(ctx.tree(), ctx, i, window);
          actors = describer?.actors ?? window;
          rules.push(...describer?.rules ?? []);
          if (actors.length) rules.push(`roles:support-verb:${support ?? t[i].lemma}`);
        }
        break;
      }
    }
  }
  if (!actors.length && TIMED_BY_OWN_ACT.has(type)) {
    const timed = timingClauseSubject(ctx, tr);
    actors = timed.actors;
    if (actors.length) rules.push('roles:noun-timing-clause-subject', ...timed.rules);
  }
  // "a Houthi delegation was in Riyadh for talks": the talks are the stay's, held with its host
  const stay = !actors.length && type === 'CONSULT' ? stayForTalks(ctx, tr) : null;
  if (stay) {
    actors = stay.actors;
    rules.push(STAY_FOR_TALKS);
  }
  let targets: ActorPhrase[] = [];
  for (let i = tr.end; i < Math.min(ctx.sentence.tokenEnd, tr.end + 3); i++) {
    const w = t[i].lower;
    const towards = NOUN_TARGET_PREPS.has(w) || w === 'for' && type === 'AID'; // "an aid package for Ukraine": its recipient
    if (towards || ctx.phraseAt.has(i) || t[i].pos === 'DET' || t[i].pos === 'ADJ') {
      if (w === 'of' && OF_IS_ACTOR.has(type)) {
        const of = findObject(ctx, i + 1, 6);
        if (!actors.length) actors = of;
        // the target may follow: "withdrawal of US troops from Niger", "meeting of X with Y"
        const after = of.length ? lastTokenOf(ctx, of[of.length - 1]) + 1 : i + 1;
        if (['from', 'with', 'to'].includes(t[after]?.lower ?? '')) targets = findObject(ctx, after, 6);
        break;
      }
      // "loans from Germany", "a demand from Kyiv": the giver or asker; "withdrawal from Niger": the place left
      if (w === 'from' && !FROM_IS_TARGET.has(type)) {
        if (!actors.length) actors = findObject(ctx, i + 1, 6);
        break;
      }
      // "confirmed the fighting to VOA": an attack lands on/against/at its target, never "to" it (that is the verb's)
      if (w === 'to' && type === 'ASSAULT') break;
      if (ctx.phraseAt.has(i) || towards) {
        targets = findObject(ctx, i, 8);
        if (targets.length) rules.push('roles:noun-target');
        break;
      }
      continue;
    }
    break;
  }
  return [actors, targets.length ? targets : stay ? stay.targets : askedActPossessor(ctx, tr, type, rules)];
}

export function proposeCandidate(ctx: SentenceContext, tr: Trigger, info: CameoInfo): Candidate | null {
  const rules = [`pattern:${tr.pattern.id}`];
  // "The UN peacekeeping mission said ...": an event noun that speaks is a body, not an event; "said in his broadside": the saying's vehicle
  const after = ctx.doc.tokens[tr.end];
  if (tr.pattern.kind === 'noun' && (after && after.pos === 'VERB' && ctx.kb.lexicon.reporting.has(after.lemma) || speakersVehicle(ctx, tr, info.type))) return null;
  // "peace efforts mediated by France", "people who were jailed": a passive that describes a noun reports nothing new
  if (tr.pattern.kind === 'verb' && describesNoun(ctx.tree(), tr.head)) return null;
  if (!meetsRowRequirements(ctx, tr)) return null; // the row's `requires`: "a rocket slammed into", "captured Bakhmut"
  // a re-tagged parse that moved the trigger or its dependents, a repair that moved the pattern's result word: their ids
  rules.push(...triggerRepairs(ctx.tree(), tr.head, tr.tokens));
  if (tr.sharesObject && !takesCoordinatedObject(ctx.kb.lexicon, ctx.doc.tokens[tr.head], rules)) return null; // "returned and counted the bodies"
  let kind = rolesKind(ctx.tree(), tr, rules), verbRules = rules.length; // "in Russian shelling of Kherson": a gerund read as a noun has noun roles
  let [actors, targets] = kind === 'verb' ? verbRoles(ctx, tr, info.type, rules) : nounRoles(ctx, tr, info.type, rules);
  if (kind === 'verb' && !actors.length && isPluralActNoun(ctx.tree(), tr)) rules.splice(verbRules, Infinity, PLURAL_ACT_NOUN_RULE), [kind, actors, targets] = ['noun', ...nounRoles(ctx, tr, info.type, rules)]; // "renewed calls for X's resignation": a noun's roles
  // "towns, including Idlib, which killed 12 civilians": a city stands for its country where an act lands ("hit Kharkiv"); only the capital speaks and acts for it ("Moscow launched missiles")
  const cities = actors.filter((p) => p.rule === CITY_FOR_COUNTRY && !(p.code && namesCapital(p.code, p.text)));
  if (cities.length) actors = actors.filter((p) => !cities.includes(p)), rules.push('roles:city-is-no-actor');
  // "released drone footage of a US base" has no person released: the object must follow the verb directly ("the two sides will meet again": a reciprocal act by a plural subject has its object in it)
  const verb = ctx.doc.tokens[tr.head];
  const reciprocal = RECIPROCAL.has(verb.lemma) || baseFormsOf(verb).some((b) => RECIPROCAL.has(b));
  // "China and Vietnam discussed trade", "the two leaders discussed": two sides discussing consult each other (not one plural group)
  const sides = kind === 'verb' && verb.lemma === 'discuss' && actors.length === 1 && actors[0].refersTo === 'collective';
  const mutual = kind === 'verb' && (reciprocal && (actors.length > 1 || actors[0]?.plural === true) || verb.lemma === 'discuss' && actors.length > 1) || sides;
  if (sides) targets = [], rules.push('roles:collective-discussion'); // what the two sides discussed is its topic, no third party
  // "rebels seized and burned the village": the coordinated verb's object (the tree has one) is this verb's too
  const objectGap = kind === 'verb' && objectGapNoun(ctx.tree(), ctx.kb, tr.head) !== null; // "the weapons that rebels seized"
  const entered = info.type === 'ASSAULT' && kind === 'verb' ? enteredCountry(ctx, tr, rules) : null; // "stormed into southern Israel"
  if (tr.pattern.requiresObject && !mutual && !entered && !objectGap && !(kind === 'verb' && rules.includes(SHARED_OBJECT_RULE)) && !targets.some((x) => isDirectObject(ctx, tr, x)) && !speechObject(ctx, tr, info.type) && !(MATERIAL.has(info.type) && equipmentObject(ctx, tr))) {
    // "We firmly warn: any provocation will be answered by the army": what is said after a colon is the object
    if (!colonContent(ctx, tr, info.quadClass)) return null;
    rules.push('roles:colon-content');
  }
  // An active verb whose subject is no actor we can name ("Wildfires forced residents to flee") is no event, unless the subject is the act or its weapon ("a car bomb killed 12 people"): then nobody is named
  // "the incident, which India said killed a soldier": the reported act's antecedent is no one the coder can name
  const reportedAct = info.type === 'ASSAULT' && rules.includes('roles:reported-relative');
  // "a convoy came under fire", "a patrol struck a landmine": the subject undergoes, and nobody need be named
  const undergoing = rules.includes('roles:tree-recipient-subject') || rules.includes(MET_EXPLOSIVE_RULE);
  if (kind === 'verb' && actors.length === 0 && !rules.includes('roles:passive') && !reportedAct && !(undergoing && targets.length)) {
    if (info.type !== 'ASSAULT' || instrumentSubject(ctx.tree(), ctx.kb, tr.head, tr.pattern.requiresInstrument) === null) return null;
    rules.push('roles:instrument-subject');
  }
  targets = targets.filter((x) => !actors.includes(x));
  // "shelled residential areas of Kherson", "struck Ukraine's energy infrastructure": the place's country is hit
  if (targets.length === 0 && actors.length && PLACE_TARGET_TYPES.has(info.type)) {
    const country = objectCountry(ctx, tr) ?? entered;
    if (country) {
      targets = [country];
      rules.push('roles:target-from-object-place');
    }
  }
  // "deployed missiles to Iraq": for moves of forces, "to X" is where, not whom.
  // "handed over the base in Gao to the army", "ceded the region to Russia": a giving verb's "to" names whom it goes to
  if ((info.type === 'MOBILIZE' || info.type === 'RETREAT') && !GIVING.has(verb.lemma)) targets = targets.filter((x) => x.prep !== 'to' && x.prep !== 'into');
  const facing = info.type === 'MOBILIZE' ? facingCountry(ctx, tr, actors) : null;
  if (facing && targets.every((x) => x.start <= facing.start)) // the force moved comes before the country faced
    targets = [{ ...facing, locative: false, prep: null }], rules.push(FACING_RULE);
  const joint = jointExercise(ctx.kb.ontology, tr.pattern, info, actors);
  if (joint) rules.push(JOINT_EXERCISE_RULE);
  return { trigger: tr, info: joint ?? info, actors, targets, rules, reciprocal };
}

// types whose object may be a country's place ("struck Ukraine's grid") or military equipment ("destroyed three tanks")
const PLACE_TARGET_TYPES = new Set(['ASSAULT', 'COERCE']);
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);
