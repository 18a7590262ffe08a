import { NAMED_FREE_RELATIVE } from './tree-repair/named-free-relative.ts';
import { appealAddressee } from './appeal-addressee.ts';
import { bareRefusal, BARE_REFUSAL_RULE, refusedAsker, REFUSED_ASKER_RULE } from './bare-refusal.ts';
import type { CameoInfo } from '../knowledge/types.ts';
import { gapWordRules } from './gap-word-rules.ts';
import { formTable } from './morphology.ts';
import { PRONOUN_STAND_IN_RULE } from '../resolve/pronoun-stand-ins.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { baseForms as baseFormsOf } from './morphology.ts';
import { isJointAdverb, jointCandidate } from './joint-act.ts';
import { GIVEN_GOODS_RULE, givenGoodsSubject } from './given-goods.ts';
import { GRANTED_CONTENT_RULE, grantedContent } from './granted-content.ts';
import { describesNoun, toldViolenceOnPeople } from './tree-roles/tree-actors.ts';
import { FIRED_MUNITION_RULE, isFiredMunition } from './fired-munition.ts';
import { SHARED_OBJECT_RULE, takesCoordinatedObject } from './tree-roles/word-window.ts';
import { instrumentSubject } from './tree-roles/instrument-subject.ts';
import { namingAside as namingAsideOf } from './named-as.ts';
import { MET_EXPLOSIVE_RULE } from './tree-roles/met-explosive.ts';
import { objectGapNoun } from './tree-roles/object-gap.ts';
import { answersNamedAct } from './tree-roles/avenged-act.ts';
import { rolesKind, isPluralActNoun, PLURAL_ACT_NOUN_RULE } from './tree-roles/gerund-noun.ts';
import { colonContent } from './colon-content.ts';
import { warnedConsequence, WARNED_CONSEQUENCE_RULE } from './warned-consequence.ts';
import { WARNED_OWN_ACT_RULE } from './warned-own-act.ts';
import { speakersVehicle } from './noun-modifier-actor.ts';
import { enteredCountry, equipmentObject, isDirectObject, objectCountry } from './object-evidence.ts';
import { triggerRepairs } from './tree-repair/trigger-repairs.ts';
import { namesCapital } from '../resolve/capital-phrases.ts';
import { jointExercise, JOINT_EXERCISE_RULE } from './joint-exercise.ts';
import { facingCountry, FACING_RULE } from './mobilize-facing.ts';
import { speechObject } from './speech-object.ts';
import { meetsRowRequirements } from './pattern-requirements.ts';
import { verbRoles as readVerbRoles } from './verb-roles.ts'; import { metered } from '../stage-meter.ts'; const verbRoles = metered('roles', readVerbRoles);
import { recipientsPlace, RECIPIENTS_PLACE_RULE, shelterPlace, SHELTER_PLACE_RULE } from './recipients-place.ts';
import { nounRoles as readNounRoles } from './noun-roles.ts'; const nounRoles = metered('roles', readNounRoles);
import { ultimatum, ULTIMATUM_RULE } from './ultimatum.ts';
import { orderedPassiveOf, orderedUndergoer } from './tree-roles/ordered-undergoer.ts';

/** An event proposed by a trigger, before certainty, provenance, dates and places are attached. */
export interface Candidate {
  readonly trigger: Trigger;
  readonly info: CameoInfo;
  readonly actors: readonly ActorPhrase[];
  readonly targets: readonly ActorPhrase[];
  readonly rules: string[];
  /** "exchanged prisoners", "held talks", "clashed": done by coordinated actors to each other. */
  readonly reciprocal?: boolean;
  /** "forces loyal to the former president": the starts of participants described by the side they are on (core/loyal-faction.ts). */
  readonly factions?: ReadonlySet<number>;
}

// "agreed" and "signed" are done together, not to each other: no reciprocal target
const RECIPROCAL = new Set(['exchange', 'swap', 'trade', 'clash', 'meet', 'talk', 'negotiate', 'fight']);
// verbs of handing something over, and their nouns ("the handover of its weapons to UN monitors"): "to X" is the
// receiver, not where a force moves
const GIVING = new Set(['hand', 'turn', 'cede', 'transfer', 'give', 'surrender', 'handover', 'cession']);
const CITY_FOR_COUNTRY = 'actor:city-stands-for-country';
// acts told of people in a passive modifier as events (tree-actors.ts toldViolenceOnPeople)
// (and releases of captives: "200 prisoners released by Israel", PLOVER RETREAT release)
const VIOLENT = new Set(['ASSAULT', 'COERCE']);
const toldOnPeople = (info: CameoInfo) => VIOLENT.has(info.type) || info.type === 'RETREAT' && info.code.startsWith('084');
const APPEAL_ADDRESSEE_RULE = 'roles:appeal-addressee';
const MEMBERS_MEET_RULE = 'roles:members-of-body-meet';

export function proposeCandidate(ctx: SentenceContext, tr: Trigger, info: CameoInfo): Candidate | null {
  if (isJointAdverb(tr)) return jointCandidate(ctx, tr, info); // "jointly dismantled": the doers cooperate
  const rules = [`pattern:${tr.pattern.id}`, ...(tr.tokens.some((k) => formTable(ctx.doc.tokens).standsIn(k)) ? [PRONOUN_STAND_IN_RULE] : [])]; // ("summoned him" for "summon * ambassador")
  // "The UN peacekeeping mission said ...": an event noun that speaks is a body, not an event; "said in his broadside": the saying's vehicle
  const after = ctx.doc.tokens[tr.end];
  if (tr.pattern.kind === 'noun' && (after && after.pos === 'VERB' && ctx.kb.lexicon.reporting.has(after.lemma) || speakersVehicle(ctx, tr, info.type))) return null;
  // "what aid agencies call the worst crisis": the naming verb of a free relative, tagged a noun, is no act noun ("a call")
  if (tr.pattern.kind === 'noun' && ctx.tree().repairOf(tr.head) === NAMED_FREE_RELATIVE && ctx.tree().upos(tr.head) === 'VERB') return null;
  // "peace efforts mediated by France", "people who were jailed": a passive that describes a noun reports nothing new
  const givenGoods = info.type === 'AID' && tr.pattern.kind === 'verb' && givenGoodsSubject(ctx, tr.head); // "aid supplied by Qatar arrived"
  const toldViolence = toldOnPeople(info) && tr.pattern.kind === 'verb' && toldViolenceOnPeople(ctx.tree(), ctx, tr.head);
  const fired = tr.pattern.kind === 'verb' && isFiredMunition(ctx.doc.tokens, tr.head, tr.tokens, tr.pattern.cameo); // "missiles fired by X at Y"
  if (fired) rules.push(FIRED_MUNITION_RULE);
  // ("The vote, called a sham by the opposition, ...": an aside's naming is its namer's judgment, extract/named-as.ts)
  const namingAside = info.type === 'ACCUSE' && tr.pattern.kind === 'verb' && namingAsideOf(ctx, tr.start) !== null;
  if (tr.pattern.kind === 'verb' && describesNoun(ctx.tree(), tr.head) && !givenGoods && !toldViolence && !fired && !namingAside && !orderedUndergoer(ctx.tree(), ctx, tr.head)) return null; // ("ordered him held" is no description)
  // "ordered the activist to be detained" asks nothing of the activist: the detention is the orderer's act
  if (tr.pattern.kind === 'verb' && tr.pattern.cameo === '100' && orderedPassiveOf(ctx.tree(), ctx, tr.head) >= 0) return null;
  if (!meetsRowRequirements(ctx, tr)) return null; // the row's `requires`: "a rocket slammed into", "captured Bakhmut"
  // a re-tagged parse that moved the trigger or its dependents, a repair that moved the pattern's result word: their ids
  if (givenGoods) rules.push(GIVEN_GOODS_RULE);
  rules.push(...triggerRepairs(ctx.tree(), tr.head, tr.tokens), ...gapWordRules(ctx.doc.tokens, tr.start, tr.end, tr.tokens, ctx.kb.lexicon.adjectivalParticiples));
  if (tr.sharesObject && !takesCoordinatedObject(ctx.kb.lexicon, ctx.doc.tokens[tr.head], rules)) return null; // "returned and counted the bodies"
  let kind = rolesKind(ctx.tree(), tr, rules, ctx.kb.lexicon.ofUndergoneActs), verbRules = rules.length; // "in Russian shelling of Kherson": a gerund read as a noun has noun roles
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
  // "the G7 met in Italy", "EU foreign ministers discussed the sanctions": a body of many states meeting is its members
  // consulting each other (PLOVER CONSULT: every participant is the actor, no recipient); what they discussed is the topic
  const members = kind === 'verb' && actors.length === 1 && actors[0].code?.startsWith('IGO') === true && (reciprocal || verb.lemma === 'discuss') && !targets.some((x) => isDirectObject(ctx, tr, x) && x.code !== null);
  const mutual = kind === 'verb' && (reciprocal && (actors.length > 1 || actors[0]?.plural === true) || verb.lemma === 'discuss' && actors.length > 1) || sides || members;
  if (sides) targets = [], rules.push('roles:collective-discussion'); // what the two sides discussed is its topic, no third party
  else if (members) targets = verb.lemma === 'discuss' ? [] : targets, rules.push(MEMBERS_MEET_RULE);
  if (kind === 'verb' && eachOther(ctx.doc.tokens, tr.head)) rules.push(EACH_OTHER_RULE); // "accused each other": doers are recipients
  // "rebels seized and burned the village": the coordinated verb's object (the tree has one) is this verb's too
  const objectGap = kind === 'verb' && objectGapNoun(ctx.tree(), ctx.kb, tr.head) !== null; // "the weapons that rebels seized"
  const entered = info.type === 'ASSAULT' && kind === 'verb' ? enteredCountry(ctx, tr, rules) : null; // "stormed into southern Israel"
  // "warned that there would be consequences if ...": the harm in store is the object, its sufferer (or the condition's
  // doer) the target where the warning names no addressee before it ("warned Iran that ...")
  const warned = warnedConsequence(ctx, tr, info.type);
  const addressed = warned ? targets.filter((x) => x.end <= warned.clauseStart) : [];
  if (warned) targets = addressed.length ? addressed : warned.target ? [warned.target] : [], rules.push(WARNED_CONSEQUENCE_RULE, ...(warned.own ? [WARNED_OWN_ACT_RULE] : []));
  if (tr.pattern.requiresObject && !warned && !mutual && !entered && !objectGap && !(kind === 'verb' && rules.includes(SHARED_OBJECT_RULE)) && !targets.some((x) => isDirectObject(ctx, tr, x)) && !speechObject(ctx, tr, info.type) && !(MATERIAL.has(info.type) && equipmentObject(ctx, tr)) && !answersAct(ctx, tr)) {
    // "called on member states to arrest him": an appeal to a noun no party is named for, told what to do
    if (appealAddressee(ctx, tr, info.type)) rules.push(APPEAL_ADDRESSEE_RULE);
    // "but New Delhi refused": a refusal that closes its clause refuses what was asked before
    else if (bareRefusal(ctx, tr, info)) {
      rules.push(BARE_REFUSAL_RULE);
      const askers = targets.length ? [] : refusedAsker(ctx, tr);
      if (askers.length) targets = askers, rules.push(REFUSED_ASKER_RULE);
    }
    // "We firmly warn: any provocation will be answered by the army": what is said after a colon is the object
    else if (!colonContent(ctx, tr, info.quadClass)) return null;
    else rules.push('roles:colon-content');
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
  // "voted against the text alongside Russia", "imposed sanctions together with the EU": a companion acts with the actor
  const companions = targets.filter((x) => companionPhrase(ctx, tr, x));
  if (companions.length) targets = targets.filter((x) => !companions.includes(x)), rules.push(COMPANION_RULE);
  // "shelled residential areas of Kherson", "struck Ukraine's energy infrastructure": the place's country is hit
  // (so does a weapon's: "drones struck a checkpoint in Pakistan's Khyber Pakhtunkhwa province", the thing read below)
  if (targets.length === 0 && (actors.length || rules.includes('roles:instrument-subject')) && PLACE_TARGET_TYPES.has(info.type)) {
    const country = objectCountry(ctx, tr) ?? entered;
    if (country) {
      targets = [country];
      rules.push('roles:target-from-object-place');
    }
  }
  const placed = targets.length === 0 && info.type === 'AID' ? recipientsPlace(ctx, tr) : null; // "delivered vaccines to children in Haiti"
  if (placed) targets = [placed], rules.push(RECIPIENTS_PLACE_RULE);
  const shelter = targets.length === 0 && info.type === 'REQUEST' ? shelterPlace(ctx, tr) : null; // "applied for asylum in Germany"
  if (shelter) targets = [shelter], rules.push(SHELTER_PLACE_RULE);
  // "deployed missiles to Iraq": for moves of forces, "to X" is where, not whom.
  // "handed over the base in Gao to the army", "ceded the region to Russia": a giving verb's "to" names whom it goes to
  const giving = GIVING.has(verb.lemma) || tr.pattern.kind === 'noun' && GIVING.has(ctx.doc.tokens[tr.start].lemma);
  if ((info.type === 'MOBILIZE' || info.type === 'RETREAT') && !giving) targets = targets.filter((x) => x.prep !== 'to' && x.prep !== 'into');
  const facing = info.type === 'MOBILIZE' ? facingCountry(ctx, tr, actors) : null;
  if (facing && targets.every((x) => x.start <= facing.start)) // the force moved comes before the country faced
    targets = [{ ...facing, locative: false, prep: null }], rules.push(FACING_RULE);
  // "filed a complaint with the WTO", "lodged a protest with the Security Council": a body that hears complaints (114, 115)
  // (data/lexicon/body-seats.tsv) is where one is lodged, not whom it is against ("a protest with Beijing" is)
  if (info.code.startsWith('114') || info.code.startsWith('115')) targets = targets.filter((x) => !ctx.kb.lexicon.bodySeats?.has(x.text.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '')));
  const joint = jointExercise(ctx.kb.ontology, tr.pattern, info, actors);
  if (joint) rules.push(JOINT_EXERCISE_RULE);
  const given = joint ? null : ultimatum(ctx, tr, info); // "ordered the teachers to return to work or face dismissal"
  if (given) rules.push(ULTIMATUM_RULE);
  const granted = joint || given ? null : grantedContent(ctx, tr, info); // "granted Britain's request for the extradition"
  if (granted) rules.push(GRANTED_CONTENT_RULE);
  return { trigger: tr, info: joint ?? given ?? granted ?? info, actors, targets, rules, reciprocal };
}

/** The rule of an act done by its doers to each other ("accused each other", "blamed one another"; core/coreference-compatible.ts). */
export const EACH_OTHER_RULE = 'roles:each-other';
const eachOther = (tokens: SentenceContext['doc']['tokens'], head: number) => /^(?:each other|one another)$/.test(`${tokens[head + 1]?.lower} ${tokens[head + 2]?.lower}`);

// types whose object may be a country's place ("struck Ukraine's grid") or military equipment ("destroyed three tanks")
const PLACE_TARGET_TYPES = new Set(['ASSAULT', 'COERCE']);
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

// "Israel repelled an attack by Hezbollah": an act answered is the object of the answering verb, whose target is its named
// doer (tree-roles/avenged-act.ts), however the word window read it ("repelled an assault" with no doer stays no event)
const answersAct = (ctx: SentenceContext, tr: Trigger) => tr.pattern.kind === 'verb' && answersNamedAct(ctx, ctx.tree(), tr.head);

export const COMPANION_RULE = 'roles:companion-no-target';

/**
 * A phrase after "alongside", "together with" or "along with" (or a conjunct of one: "alongside Israel and Argentina"):
 * one who acts with the actor, never the act's target, unless the row spells the word ("fought alongside").
 */
function companionPhrase(ctx: SentenceContext, tr: Trigger, x: ActorPhrase, depth = 0): boolean {
  const t = ctx.doc.tokens;
  let i = t.findIndex((k) => k.start >= x.start);
  if (i <= 0 || depth > 4) return false;
  while (i > 0 && ['the', 'a', 'its', 'their'].includes(t[i - 1].lower)) i--;
  if (tr.tokens.includes(i - 1)) return false;
  const prep = t[i - 1]?.lower;
  if (prep === 'alongside' || prep === 'with' && ['together', 'along'].includes(t[i - 2]?.lower ?? '')) return true;
  const before = (prep === 'and' || prep === ',') ? ctx.phraseAt.get(i - 2) : undefined;
  return before !== undefined && before !== x && companionPhrase(ctx, tr, before, depth + 1);
}
