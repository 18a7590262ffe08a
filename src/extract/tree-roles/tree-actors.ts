import { BELIEF_ADJECTIVE_RULE } from '../tree-repair/belief-participle-root.ts';
import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import { militaryOwner, MILITARY_OWNER_RULE } from './military-owner.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun } from './object-words.ts';
import { nodePhrase } from './node-phrase.ts';
import { participantsAt, ownerPhrase } from './participants.ts';
import { subjectNode, type SubjectNode } from './subject-node.ts';
import { sharedAgent, sharesPassive } from './passive-conjunct.ts';
import { ORDERED_UNDERGOER_RULE, orderedUndergoer } from './ordered-undergoer.ts';
import { participleAfterParty } from './participle-after-party.ts';
import { suspectedDoer } from './suspected-doer.ts';
import { ATTRIBUTING } from '../tree-repair/participle-read-as-main-verb.ts';
import { predicateNounSubject } from './predicate-noun.ts';
import { takesBareClause } from '../tree-repair/clause-verbs.ts';
import { baseForms, isIrregularPast } from '../morphology.ts';
import { isAllegianceModifier } from './allegiance.ts';
import { namesItsNoun } from '../named-as.ts';
import { HEADLINE_PASSIVE_RULE, headlinePassive } from '../tree-repair/headline-grammar.ts';
import type { Token } from '../../nlp/types.ts';

/** Who acts (and, for a passive, who undergoes) as the tree reads it, with the relations used (rule ids). */
export interface TreeRoles {
  readonly actors: ActorPhrase[];
  /** A passive's subject; null when the tree does not say (the caller reads the object). */
  readonly targets: ActorPhrase[] | null;
  readonly rules: string[];
  /**
   * The tree alone may fill the actor role: both taggers (the pipeline's and the parser's) read every verb
   * climbed as a verb and the subject as a nominal. Where they disagree the parse around the role is suspect
   * ("suspected U.S. drone strikes killed" with "drone" parsed as a verb).
   */
  readonly sure: boolean;
}

const WORD_CLASS: Record<string, string> = { NOUN: 'nominal', PROPN: 'nominal', PRON: 'nominal', NUM: 'nominal', VERB: 'verb', AUX: 'verb' };
function taggersAgree(view: TreeView, i: number, wanted: string): boolean {
  return WORD_CLASS[view.upos(i)] === wanted && WORD_CLASS[view.tokens[i].pos] === wanted;
}
/** The subject read on the tree stands on a parse both taggers agree with (each token in one word class, nominal or verb). */
export function sureSubject(view: TreeView, subject: SubjectNode, named: boolean): boolean {
  // ("suspected militants abducted": the tagger misread both, and the tree repair set the verb right)
  return subject.verbs.every((v) => taggersAgree(view, v, 'verb') || view.repairOf(v) === BELIEF_ADJECTIVE_RULE) && (named || taggersAgree(view, subject.node, 'nominal') || headOfOf(view, subject.node));
}

/**
 * "The chief of the Malian army met": an office word the word tagger read as an adjective ("chief") that the parser
 * reads as a noun heading an "of" phrase is a noun (an adjective takes no "of" group in the parse).
 */
function headOfOf(view: TreeView, i: number): boolean {
  return view.upos(i) === 'NOUN' && view.tokens[i].pos === 'ADJ' && view.childrenWith(i, 'nmod').some((c) => c > i && view.marker(c) === 'of');
}

// "denied any involvement in the attack", "claimed responsibility for the bombing": the noun between a
// support verb and the event noun
const PASSIVE_AUX = new Set(['be', 'get']);
const INVOLVEMENT = new Set(['involvement', 'responsibility', 'role', 'part', 'hand', 'credit']);

/**
 * "by X" on a passive verb or an event noun: `obl:agent`, or a `by` oblique the parser left unlabelled, or one it
 * made a second passive subject ("a rally | by opposition supporters | was held": the rally is the subject).
 */
function agentNode(view: TreeView, head: number): number | undefined {
  return view.childrenWith(head, 'obl:agent')[0] ?? view.childrenWith(head, 'obl', 'nmod', 'nsubj:pass').find((c) => view.marker(c) === 'by');
}

/**
 * "were charged with murder | by a military court": the parser hangs a passive verb's agent on the oblique before it;
 * with no agent of its own, the verb takes that "by" back, and the oblique's noun has none.
 */
/** The noun's "by" phrase is the stray agent of the passive verb it hangs from (its "by" is no doer of the noun). */
export const hasStrayAgent = (view: TreeView, noun: number) => view.head(noun) >= 0 && strayAgent(view, view.head(noun)) !== undefined;

function strayAgent(view: TreeView, verb: number): number | undefined {
  if (!isPassiveClause(view, verb) || agentNode(view, verb) !== undefined) return undefined;
  for (const obl of view.childrenWith(verb, 'obl')) {
    if (view.marker(obl) === 'by') continue;
    const by = view.childrenWith(obl, 'nmod').find((n) => view.marker(n) === 'by');
    if (by !== undefined) return by;
  }
  return undefined;
}

/**
 * Verb roles: the actor is the subject (`nsubj`, through xcomp/conj/advcl control and relative clauses,
 * see subject-node.ts); a passive's actor is its `by` agent and its subject is the target ("the convoy
 * was ambushed by Taliban fighters"). A subject that is an act or weapon noun acts for its owner ("Turkish
 * airstrikes hit", "a rebel attack killed"). Null when the tree names no actor: the window reads then.
 */
export function treeVerbRoles(view: TreeView, ctx: SentenceContext, head: number): TreeRoles | null {
  // "ordered the journalist held in detention", "ordered him to be detained": the one who orders does it, the object undergoes it
  const ordered = orderedUndergoer(view, ctx, head);
  const orderer = ordered && participantsAt(view, ctx, ordered.orderer);
  const undergoer = ordered && participantsAt(view, ctx, ordered.undergoer);
  // (what undergoes it may be no party: "ordered the village to be burned", "ordered the prisoners released")
  if (orderer?.phrases.length) return { actors: orderer.phrases, targets: undergoer?.phrases.length ? undergoer.phrases : null, rules: [ORDERED_UNDERGOER_RULE, ...orderer.rules], sure: false };
  if (isPassiveClause(view, head)) {
    // ("were beaten and detained by soldiers": the agent after the last passive conjunct is the first's too)
    const own = agentNode(view, head) ?? sharedAgent(view, head, (c) => agentNode(view, c));
    const stray = own === undefined ? strayAgent(view, head) : undefined;
    const agent = own ?? stray;
    const read = agent === undefined ? { phrases: [], rules: [] } : participantsAt(view, ctx, agent);
    const by = stray !== undefined && read.phrases.length ? { phrases: read.phrases, rules: [...read.rules, 'roles:tree-stray-agent'] } : read;
    const subject = subjectNode(view, head, true, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
    const named = subject && participantsAt(view, ctx, subject.node);
    // (people counted undergo a passive that describes them, named by a role or not: "three men abducted by gunmen")
    const counted = !named?.phrases.length && countedPeople(view, view.head(head)) && view.label(head) === 'acl' ? nodePhrase(view, ctx, view.head(head)) : null;
    const undergoes = counted ? { phrases: [counted], rules: [COUNTED_UNDERGOERS_RULE] } : named;
    const rules = ['roles:passive', ...(by.phrases.length ? ['roles:tree-agent', ...by.rules] : []), ...(subject && undergoes?.phrases.length ? [...subject.rules, ...undergoes.rules] : headlinePassive(view, head) ? [HEADLINE_PASSIVE_RULE] : [])]; // (a thing's too: "Aid convoy attacked")
    return { actors: by.phrases, targets: undergoes?.phrases.length ? undergoes.phrases : null, rules, sure: false };
  }
  const isReporting = (v: number) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma);
  const read = subjectNode(view, head, false, isReporting);
  if (!read) return null;
  const party = participleAfterParty(view, ctx, head, read);
  const described = party === null ? null : participantsAt(view, ctx, party);
  if (described?.phrases.length) return { actors: described.phrases, targets: null, rules: ['roles:tree-participle-after-party', ...described.rules], sure: false };
  const means = meansObject(view, ctx, read, isReporting);
  const subject = means ?? read;
  const found = participantsAt(view, ctx, subject.node);
  // "the Philippine military said": a subject the tagger took for an adjective is a noun when a known actor's name covers it
  const named = found.phrases.some((p) => p.code !== null && p.start <= ctx.doc.tokens[subject.node].start && ctx.doc.tokens[subject.node].end <= p.end);
  const sure = sureSubject(view, subject, named);
  if (found.phrases.length) return { actors: found.phrases, targets: null, rules: [...subject.rules, ...found.rules], sure };
  // "the raid by militants killed four guards": an act noun as subject acts for its own actor
  if (isActNoun(ctx.kb, ctx.doc.tokens[subject.node].lemma) || ctx.kb.lexicon.weaponNouns.has(ctx.doc.tokens[subject.node].lemma)) {
    const act = treeNounActors(view, ctx, subject.node);
    if (act) return { actors: act.actors, targets: null, rules: [...subject.rules, 'roles:tree-act-subject', ...act.rules], sure };
  }
  return null;
}

/**
 * "tried guerrilla tactics to block roads", "used army trucks to block the road": an object read for its owner is
 * a thing, the means of the clause after it, not who does it; the governing verb's subject does. Null otherwise.
 */
function meansObject(view: TreeView, ctx: SentenceContext, read: SubjectNode, isReporting: (v: number) => boolean): SubjectNode | null {
  if (!read.rules.includes('roles:tree-xcomp-object') || !participantsAt(view, ctx, read.node).rules.includes('roles:tree-owner')) return null;
  const governing = subjectNode(view, read.verbs[read.verbs.length - 1], false, isReporting);
  return governing && { ...governing, rules: ['roles:tree-xcomp-means', ...governing.rules], verbs: [...read.verbs, ...governing.verbs.slice(1)] };
}

const NAME_COMPLEMENTS = new Set(['xcomp', 'obj', 'ccomp']);
/** The act noun's doer is named as who leads it ("a march led by X"): the act is a crowd's or a force's. */
export const LED_BY_RULE = 'roles:tree-noun-led-by';

/**
 * Event-noun actors: the possessor ("Russia's shelling", "its offensive"), a `by` phrase ("raids by the
 * militants", "raids carried out by the militants"), an owner modifier ("U.S. drone strikes", "Russian
 * shelling"), else the subject of the support verb the noun is the object of ("Hamas launched an attack",
 * "the group claimed responsibility for the bombing").
 */
export function treeNounActors(view: TreeView, ctx: SentenceContext, head: number, own: readonly number[] = [head]): { actors: ActorPhrase[]; rules: string[] } | null {
  // "raids carried out by X"; not "talks mediated by X" (a third party's, lexicon, by any base form), nor "an attack, called
  // terrorism by the UN" (a namer's); "a strike called by the unions": a leading participle with no name after it calls it
  const naming = (c: number) => !ctx.kb.lexicon.leadingParticiples?.has(view.tokens[c].lemma) || view.children(c).some((k) => NAME_COMPLEMENTS.has(view.label(k)) || view.marker(k) === 'as');
  const doing = (c: number) => view.isPassive(c) && !(baseForms(view.tokens[c]).some((f) => ctx.kb.lexicon.thirdPartyParticiples.has(f)) && naming(c)) && !namesItsNoun(view, ctx.kb, c);
  const participle = view.childrenWith(head, 'acl').filter(doing).find((c) => agentNode(view, c) !== undefined);
  const by = agentNode(view, head) ?? (participle === undefined ? undefined : agentNode(view, participle));
  if (by !== undefined && by !== strayAgent(view, view.head(head))) {
    const found = participantsAt(view, ctx, by);
    // ("a protest led by opposition leader X": the one who leads a crowd's or a force's act, data/lexicon/leading-participles.tsv)
    const led = agentNode(view, head) === undefined && participle !== undefined && ctx.kb.lexicon.leadingParticiples?.has(view.tokens[participle].lemma) === true;
    if (found.phrases.length) return { actors: found.phrases, rules: ['roles:tree-noun-by', ...(led ? [LED_BY_RULE] : []), ...found.rules] };
  }
  // "a bombing blamed on the PKK", "an airstrike attributed to Israel": who the act is laid on did it, as alleged
  const attributed = attributedDoer(view, ctx, head);
  if (attributed) return attributed;
  // "Navalny's arrest", "the reporters' release": the possessor of an undergone act (data/lexicon/undergone-acts.tsv)
  // undergoes it, unless an "of" names who does ("Egypt's arrest of the activist")
  const undergone = ctx.kb.lexicon.undergoneActs.has(ctx.doc.tokens[head].lemma) && view.childrenWith(head, 'nmod:poss').length > 0
    && !view.childrenWith(head, 'nmod').some((n) => view.marker(n) === 'of');
  const owner = undergone ? null : ownerPhrase(view, ctx, head, false);
  const military = owner && militaryOwner(view, ctx, head, owner); // "Myanmar's military airstrikes"
  if (owner) return { actors: [military ?? owner], rules: [view.childrenWith(head, 'nmod:poss').length ? 'roles:tree-poss' : 'roles:tree-noun-modifier', ...(military ? [MILITARY_OWNER_RULE] : [])] };
  const suspected = suspectedDoer(view, ctx, head) ?? predicateNounSubject(view, ctx, head, own); // "rebels became suspects in the killing", "doctors are on strike"
  if (suspected) return suspected;
  // up from the noun to the verb it is the object of, through "responsibility for" / "involvement in"
  let noun = head;
  const holder = view.head(noun);
  if (['nmod', 'obl'].includes(view.base(noun)) && holder >= 0 && INVOLVEMENT.has(ctx.doc.tokens[holder].lemma)) noun = holder;
  const verb = view.head(noun);
  // "troops were involved in a firefight", "soldiers engaged in clashes": a verb of taking part through "in"
  // (support-verbs.tsv via "in"): its subject, in either voice, is a side of the act
  if (verb >= 0 && view.base(noun) === 'obl' && view.marker(noun) === 'in' && ctx.kb.lexicon.supportVerbsVia.get(view.tokens[verb].lemma) === 'in') {
    const roles = treeVerbRoles(view, ctx, verb);
    const sides = isPassiveClause(view, verb) ? roles?.targets : roles?.actors;
    return sides?.length ? { actors: [...sides], rules: [`roles:support-verb:${view.tokens[verb].lemma}`, ...roles!.rules] } : null;
  }
  if (view.label(noun) !== 'obj' && view.label(noun) !== 'nsubj:pass' || verb < 0) return null;
  const lemma = supportVerbLemma(ctx.kb.lexicon.supportVerbs, ctx.doc.tokens[verb], ctx.doc.tokens[verb + 1]) ?? ctx.doc.tokens[verb].lemma;
  if (!ctx.kb.lexicon.supportVerbs.has(lemma) && noun === head || REPELLING.has(ctx.doc.tokens[verb + 1]?.lower ?? '')) return null;
  const roles = treeVerbRoles(view, ctx, verb);
  return roles?.actors.length ? { actors: roles.actors, rules: [`roles:support-verb:${lemma}`, ...roles.rules] } : null;
}

/**
 * A passive clause: "was attacked", "troops were deployed" (aux:pass "be"/"get"), a headline's ("Journalist detained"),
 * or a `by` agent with no active subject ("a convoy ambushed by militants"); "Trump spoke by phone to Haftar" keeps its subject.
 */
export function isPassiveClause(view: TreeView, head: number): boolean {
  // the auxiliary must be a form of "be" or "get": a misread name ("Beijing warned" with Beijing as aux:pass) is none
  if (view.childrenWith(head, 'aux:pass').some((c) => PASSIVE_AUX.has(view.tokens[c].lemma))) return true;
  if (sharesPassive(view, head) || headlinePassive(view, head)) return true;
  return view.childrenWith(head, 'obl:agent').length > 0 && view.children(head).every((c) => view.label(c) !== 'nsubj');
}

/**
 * A passive clause that modifies a noun describes it: "peace efforts mediated by Norway", "areas seized by
 * the rebels". The act is the noun's background, not an event the sentence reports.
 */
export function describesNoun(view: TreeView, head: number): boolean {
  // ("fighters allied with the general attacked": whose side they are on describes them)
  return view.label(head) === 'acl' && (isPassiveClause(view, head) || reducedPassive(view, head) || isAllegianceModifier(view, head));
}

/**
 * "the victims were civilians killed by the RSF", "journalists detained by police were freed": a passive modifier with
 * its doer named, done to the people it describes, tells a violent act as any clause does (an analyst codes it); a
 * seized area or a mediated effort stays the noun's background.
 */
export function toldViolenceOnPeople(view: TreeView, ctx: SentenceContext, head: number): boolean {
  if (view.label(head) !== 'acl' || agentNode(view, head) === undefined) return false;
  const noun = view.head(head);
  // (counted people no role names, undergoing what the sentence tells, keep their participle as background: "Ten
  // fishermen detained by India were released")
  return countedPeople(view, noun) && view.base(noun) !== 'nsubj:pass' && view.label(noun) !== 'nsubj:pass' || participantsAt(view, ctx, noun).phrases.some((p) => p.start <= ctx.doc.tokens[noun].start && ctx.doc.tokens[noun].end <= p.end);
}

export const COUNTED_UNDERGOERS_RULE = 'roles:tree-counted-undergoers';
// people counted are people, named by a role or not: "the bodies of three men abducted by gunmen"
const countedPeople = (view: TreeView, noun: number) => noun >= 0 && view.upos(noun) === 'NOUN' && view.childrenWith(noun, 'nummod').length > 0;

// "executed a man convicted of killing an officer", "arrested men accused of plotting": a past participle with no
// subject, auxiliary, "to" or object of its own, on the object of the sentence's verb before it, is a passive relative
// clause without its "who was" (a participle on a noun in the subject may be the misread main verb: "protesters
// demanding the release of the journalist | gathered")
function reducedPassive(view: TreeView, head: number): boolean {
  // (an irregular participle too: "released Palestinians held in Israeli jails")
  if (!(/[a-z]ed$/.test(view.tokens[head].lower) || isIrregularPast(view.tokens[head].lower)) || view.upos(head) !== 'VERB') return false;
  if (view.children(head).some((c) => ['nsubj', 'aux', 'mark', 'obj'].includes(view.base(c)))) return false;
  const noun = view.head(head), verb = view.head(noun);
  // "those killed on the job", "represent those detained": "those" with a participle is always its undergoers
  if (view.tokens[noun]?.lower === 'those') return true;
  if (view.base(noun) !== 'obj' || verb < 0 || verb > noun || view.head(verb) >= 0 || view.upos(verb) !== 'VERB') return false;
  // after a verb that takes a bare clause it is that clause's verb ("estimated 20,000 supporters rallied"); an -ing
  // root with no auxiliary is no finite verb ("Protesters demanding the release of the journalist gathered" misread)
  if (takesBareClause(view.tokens[verb])) return false;
  return !/ing$/.test(view.tokens[verb].lower) || view.childrenWith(verb, 'aux').length > 0;
}

// the prepositions that put what befell people inside an act: "killed in a U.S.-led operation", "during an army raid"
const WITHIN_ACT = new Set(['in', 'during']);

/**
 * "11 people were killed in a failed U.S.-led operation", "five militants died in an army raid": a passive with no
 * agent names who did it by the act it happened in, when that act's own owner or "by" is named. Null otherwise.
 */
export function withinActActors(view: TreeView, ctx: SentenceContext, verb: number): { actors: ActorPhrase[]; rules: string[] } | null {
  // "in Russian shelling": a gerund the word tagger lemmatised as its verb ("shell") is an act noun by its form
  const actNoun = (o: number) => isActNoun(ctx.kb, ctx.doc.tokens[o].lemma) || isActNoun(ctx.kb, ctx.doc.tokens[o].lower);
  const act = view.childrenWith(verb, 'obl').find((o) => WITHIN_ACT.has(view.marker(o) ?? '') && actNoun(o));
  if (act === undefined) return null;
  const owner = treeNounActors(view, ctx, act);
  if (owner && !owner.rules.some((r) => r.startsWith('roles:support-verb'))) return { actors: owner.actors, rules: ['roles:tree-within-act', ...owner.rules] };
  // "two protesters were killed in clashes with police": killed in a fight, by its other side ("in the fighting with"
  // refers back to a fight told, whose sides the article gave: the killing stays a part of it)
  const told = view.childrenWith(act, 'det').some((d) => view.tokens[d].lower === 'the');
  const side = !told && ctx.kb.lexicon.mutualFightNouns?.has(ctx.doc.tokens[act].lemma) ? view.childrenWith(act, 'nmod').find((n) => view.marker(n) === 'with') : undefined;
  const other = side === undefined ? null : participantsAt(view, ctx, side);
  return other?.phrases.length ? { actors: other.phrases, rules: ['roles:tree-fight-other-side', ...other.rules] } : null;
}

// The support verb a token is ("launched"), by its lemma or other base forms ("staged" tagged "stag"); none before a
// particle of repelling ("fought off an assault", "beat back an offensive": the act is the other side's).
export function supportVerbLemma(supportVerbs: ReadonlySet<string>, token: Token, next?: Token): string | null {
  if (next !== undefined && REPELLING.has(next.lower)) return null;
  if (supportVerbs.has(token.lemma)) return token.lemma;
  return baseForms(token).find((f) => supportVerbs.has(f)) ?? null;
}

const REPELLING = new Set(['off', 'back']);
export const ATTRIBUTED_DOER_RULE = 'roles:tree-noun-attributed-to'; // in `rules`: the actor is whom the act noun is laid on (alleged)

/**
 * "a bombing blamed on the PKK": the act noun's participle of attribution (tree-repair ATTRIBUTING) and its phrase;
 * "blamed the bombing on the PKK": the verb of attribution whose object the act noun is, and its own phrase.
 */
function attributedDoer(view: TreeView, ctx: SentenceContext, head: number): { actors: ActorPhrase[]; rules: string[] } | null {
  const layer = view.label(head) === 'obj' ? view.head(head) : -1;
  for (const participle of layer >= 0 ? [...view.childrenWith(head, 'acl'), layer] : view.childrenWith(head, 'acl')) {
    const marker = ATTRIBUTING[view.tokens[participle].lemma];
    const laidOn = marker === undefined ? undefined : view.childrenWith(participle, 'obl').find((o) => view.marker(o) === marker);
    const found = laidOn === undefined ? null : participantsAt(view, ctx, laidOn);
    if (found?.phrases.length) return { actors: found.phrases, rules: [ATTRIBUTED_DOER_RULE, ...found.rules] };
  }
  return null;
}
