import type { Candidate } from '../extract/candidate.ts';
import { opensSayingVehicle } from '../extract/saying-vehicle.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { SenseRule } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { KEEP } from '../knowledge/senses.ts';
import { baseForms, formTable } from '../extract/morphology.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { Token } from '../nlp/types.ts';
import { statingVerbs } from './stating-verbs.ts';
import { subjectNode } from '../extract/tree-roles/subject-node.ts';
import { agentNodes, objectNodes, QUANTITIES, titleWords } from './sense-object.ts';
import { LED_BY_RULE } from '../extract/tree-roles/tree-actors.ts';
import { opensTimePhrase, storySideHolds } from './sense-story.ts';
import { forceKind, isCivic, isUnarmed } from './force-kind.ts';
import { withProposalMaker } from '../extract/tree-roles/proposal-maker.ts';

const WINDOW = 4;

/**
 * The sense of a trigger word by its arguments (data/patterns/argument-senses.tsv):
 * "launched a vaccination campaign" is no offensive (dropped), "a verbal attack on the minister" is an
 * ACCUSE, "UN peacekeepers arrived" is AID. Candidates no rule touches pass unchanged.
 */
export function applyWordSenses(ctx: SentenceContext, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const hit = senseOf(ctx, c);
    if (!hit) out.push(c);
    else if (!hit.cameo) onDrop?.(c, `sense:${hit.id}`);
    else if (hit.cameo === KEEP) out.push({ ...c, rules: [...c.rules, `sense:${hit.id}`] });
    else {
      const info = lookupCameo(ctx.kb.ontology, hit.cameo);
      // "Egypt and Turkey resumed direct flights": between partners the pattern's own words ("direct flights") name the
      // exchange, no one it is done to
      const targets = hit.side === 'partners' ? c.targets.filter((p) => !c.trigger.tokens.some((k) => p.start <= k && k < p.end)) : c.targets;
      // ("would fight the lawsuit brought by the Justice Department": a refusal asks whose act it refuses, extract/tree-roles/proposal-maker.ts)
      const sensed = info ? { ...c, info, targets, rules: [...c.rules, `sense:${hit.id}`] } : c;
      out.push(info && targets.length === 0 ? withProposalMaker(ctx, ctx.tree(), sensed) : sensed);
    }
  }
  return out;
}

function senseOf(ctx: SentenceContext, c: Candidate): SenseRule | null {
  const t = ctx.doc.tokens;
  const any = ctx.kb.senses.get('*') ?? [];
  // each base form's rules, then the ones for any word (loops, not a merged list per token: this runs per candidate)
  for (const k of c.trigger.tokens) {
    for (const b of baseForms(t[k])) {
      const rules = ctx.kb.senses.get(b);
      if (rules !== undefined) for (const rule of rules) if (ruleHolds(ctx, c, k, rule)) return rule;
    }
    for (const rule of any) if (ruleHolds(ctx, c, k, rule)) return rule;
  }
  return null;
}

function ruleHolds(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  if (rule.when !== null && c.info.type !== rule.when) return false;
  return sideHolds(ctx, c, k, rule) && (rule.also === undefined || sideHolds(ctx, c, k, { ...rule, ...rule.also }));
}

function sideHolds(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  switch (rule.side) {
    case 'actor': return actorsAre(ctx, c, rule);
    case 'verb': return supportVerbIs(ctx, c, k, rule);
    case 'governor': return governorIs(ctx, c, k, rule);
    case 'subject': return subjectIs(ctx, c, k, rule);
    case 'object': return objectIs(ctx, c, k, rule);
    case 'partners': return partnersNamed(ctx, c, rule);
    // every resolved target is of the kinds ("withdrew from the G5 Sahel": an organization left, no ground given up)
    case 'target': return c.targets.length > 0 && c.targets.every((a) => rule.args.has(actorKind(a)) || otherKindHolds(ctx, rule, a));
    case 'landing': case 'article': case 'unarmed-article': return storySideHolds(ctx, k, rule); // src/core/sense-story.ts
    case 'agent': return k === c.trigger.head && ((ns) => ns.length > 0 && ns.every((n) => baseForms(ctx.doc.tokens[n]).some((b) => rule.args.has(b))))(agentNodes(ctx.tree(), k));
    default: return argumentNear(ctx, c, k, rule);
  }
}

const MEMBER_NOUNS = new Set(['member', 'members', 'affiliate', 'recruit']);

/**
 * Rows with side "subject": the head word of a verb trigger's subject on the tree decides ("humanitarian aid sent
 * by the Emirates arrived in Port Sudan": a thing arriving is no visit), however far it stands from the verb; a
 * word after the verb in the pattern asks the same subject ("teachers staged a strike" is a labour strike).
 */
function subjectIs(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  // "teachers staged a nationwide strike": a word of the pattern past its verb ("strike") asks the verb's subject,
  // for rows that name the type they correct ("suspended its strike" stays the union's CONCEDE)
  // ... and a predicate noun's ("doctors are on strike": the noun with its copula has the subject)
  const view = ctx.tree();
  const predicate = c.trigger.pattern.kind === 'noun' && view.childrenWith(c.trigger.head, 'cop').length > 0;
  if (c.trigger.pattern.kind === 'noun' && !predicate) return k === c.trigger.head && rule.when !== null && doersAre(ctx, c, rule);
  if (c.trigger.pattern.kind !== 'verb' && !predicate || k !== c.trigger.head && rule.when === null) return false;
  const subject = predicate ? { node: view.childrenWith(c.trigger.head, 'nsubj')[0] } : subjectNode(view, c.trigger.head);
  if (subject === null || subject.node === undefined) return false;
  // "thousands of migrants massed", "dozens of gunmen stormed": a count's "of" noun is who the subject is
  const t = ctx.doc.tokens;
  // ... and a count of counts ("tens of thousands of protesters") is its last "of" noun's
  const counted: number[] = [];
  for (let n = subject.node, depth = 0; depth < 3 && (t[n].pos === 'NUM' || QUANTITIES.has(t[n].lemma) || QUANTITIES.has(t[n].lower)); depth++) {
    const of = view.childrenWith(n, 'nmod').filter((k) => view.marker(k) === 'of');
    if (of.length === 0) break;
    counted.push(...of);
    n = of[0];
  }
  // ... and members' body ("gang members stormed", "members of a militia"): a member is of what its group is
  const last = counted.length ? counted[counted.length - 1] : subject.node;
  if (MEMBER_NOUNS.has(t[last].lemma)) counted.push(...view.children(last).filter((k) => view.label(k) === 'compound' || view.label(k) === 'nmod' && view.marker(k) === 'of'));
  // ... and a named subject's title ("Judge Martin Oakes")
  return [subject.node, ...counted, ...titleWords(view, subject.node)].some((n) => baseForms(t[n]).some((b) => rule.args.has(b)));
}

/**
 * An event noun has no subject: its doers are its actors ("a strike led by the unions", "the dockers' strike"), read
 * by their head words, for rows that correct a type (a labour strike is no attack); every actor must be one.
 */
function doersAre(ctx: SentenceContext, c: Candidate, rule: SenseRule): boolean {
  const t = ctx.doc.tokens;
  const headIsArg = (a: ActorPhrase) => {
    let h = -1;
    for (let i = 0; i < t.length && t[i].start < a.end; i++) if (t[i].start >= a.start && (t[i].pos === 'NOUN' || t[i].pos === 'PROPN')) h = i;
    return h >= 0 && baseForms(t[h]).some((b) => rule.args.has(b));
  };
  return c.actors.length > 0 && c.actors.every(headIsArg);
}

/**
 * Rows with side "object": every noun the trigger acts on is one of the args (data/lexicon/noun-classes.tsv gives
 * classes: "@abstract"): "attacked the problem", "killed time", "hit that stage" hurt no one; "attacked the problem
 * and the army" still attacks.
 */
function objectIs(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  if (k !== c.trigger.head) return false;
  const t = ctx.doc.tokens;
  const last = c.trigger.tokens[c.trigger.tokens.length - 1];
  const view = ctx.tree();
  // "meet its obligations with lower spending" read as "meet with": a row with no gap before its preposition that the
  // verb's own object splits acts on that object, not on the preposition's noun; an object the pattern spells acts on both
  // ("launched an offensive against polio" on polio, "suspend flights from Tuesday" on flights)
  const spelled = view.childrenWith(k, 'obj').filter((n) => n > k && n < last && c.trigger.tokens.includes(n));
  const split = !c.trigger.pattern.steps.at(-1)?.gapBefore && view.childrenWith(k, 'obj').some((n) => n > k && n < last && !c.trigger.tokens.includes(n));
  const trailing = last !== k && t[last].pos === 'ADP' && !split ? t[last].lower : null;
  const nodes = objectNodes(view, k, c.trigger.pattern.kind === 'noun' ? 'noun' : 'verb', trailing);
  // "*": any object at all ("warned Washington against any move"); a person's name is no sense object ("met President Bill Ruto")
  const fits = (ns: readonly number[]) => ns.length > 0 && (rule.args.has('*') || ns.every((n) => !isPersonNamePart(ctx, n) && (rule.args.has(t[n].lower) || formTable(t).at(n).some((b) => rule.args.has(b))))); // (a pronoun as the words it stands for: "charged him" after "the former mayor")
  return fits(nodes) || trailing !== null && fits(spelled);
}

// "an investigation into war crimes": for a word that only modifies the trigger's head ("war" in "war crime"), the
// words the pattern itself spells are its own sense, no argument that overrides it (the "war" row drops "war on
// crime", not a pattern written for war crimes); the head's own rows still read them ("using drones" is no attack)
function argumentNear(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  const t = ctx.doc.tokens;
  // "sentence": anywhere in the sentence ("A wildfire destroyed homes and the governor declared a state of emergency")
  if (rule.side === 'sentence') {
    for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (i !== k && isArgument(t, c, k, rule, i) && !isPersonNamePart(ctx, i)) return true;
    return false;
  }
  if (rule.side !== 'after') {
    for (let i = k - 1, words = 0; i >= ctx.sentence.tokenStart && words < WINDOW && t[i].pos !== 'PUNCT' && !(rule.cameo === null && MARKING.has(t[i].lower)); i--) {
      if (isArgument(t, c, k, rule, i) && !isPersonNamePart(ctx, i)) return true;
      if (!isFiller(t[i])) words++;
    }
  }
  if (rule.side !== 'before') {
    // up to what the act was told in: "claimed the attack in a televised statement" is no "attack on a statement"
    for (let i = k + 1, words = 0; i < ctx.sentence.tokenEnd && words < WINDOW && t[i].pos !== 'PUNCT' && !opensSayingVehicle(t, i, ctx.kb.lexicon.sayingVehicles); i++) {
      if (isArgument(t, c, k, rule, i) && !isPersonNamePart(ctx, i)) return true;
      if (!isFiller(t[i])) words++;
    }
  }
  return false;
}

// a possessive "'s" counts for no word of the window: "a campaign for the party's nomination" is four words
const isFiller = (t: Token) => t.lower === "'s" || t.lower === '’s';

// "NATO Secretary General Mark Rutte condemned the attack", "Bill Nelson criticised the plan": a capitalised word of a
// person's or title holder's name is no content word ("mark" of an anniversary, "bill" of a law), however it is spelled
const NAMING_KINDS = new Set(['person', 'role', 'named']);
function isPersonNamePart(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens, capital = (j: number) => j >= ctx.sentence.tokenStart && j < ctx.sentence.tokenEnd && t[j].pos === 'PROPN' && /^[A-Z][a-z]/.test(t[j].text);
  const phrase = ctx.phraseAt.get(i);
  return capital(i) && (capital(i - 1) || capital(i + 1)) && phrase !== undefined && NAMING_KINDS.has(phrase.kind);
}

// "the anniversary was marked by protests", "marked the day with rallies": what a word that unmakes an event is marked
// by or with is done now, its means, not its content (the window of a dropping row stops there)
const MARKING = new Set(['by', 'with']);

// Word i, not one of the pattern's own words (unless k is the head), is one of the rule's arguments by any base form
// (functions and loops, not callbacks: asked for every word near every trigger, each callback made a closure scope).
function isArgument(t: readonly Token[], c: Candidate, k: number, rule: SenseRule, i: number): boolean {
  if (k !== c.trigger.head && c.trigger.tokens.includes(i)) return false;
  if (opensTimePhrase(t, i)) return false;
  const forms = baseForms(t[i]);
  for (let f = 0; f < forms.length; f++) if (rule.args.has(forms[f])) return true;
  return rule.args.has(t[i].lower);
}

/**
 * Rows with side "verb": the verb that states an event noun trigger decides its type (the noun's own pattern is
 * the default). "a cease-fire agreement between the army and the rebels reached in May" (a participle on the
 * noun), "the deal was struck on Monday" (its passive subject): an agreement reached is AGREE, one signed SUPPORT
 * (PLOVER manual, SUPPORT: "ratify, sign, or finalize an agreement"; coding guide rule 4: "AGREE covers reached
 * agreements"). Verb patterns ("reached an agreement") already type the active verb; this reads only noun triggers.
 */
function supportVerbIs(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  if (c.trigger.pattern.kind !== 'noun') return false;
  const view = ctx.tree();
  // "allowed Red Cross visits": the parse may read the noun as a verb's complement clause, its modifier the subject
  const complementOf = view.label(k) === 'xcomp' ? [view.head(k)] : [];
  return [...statingVerbs(view, k), ...complementOf].some((v) => v >= 0 && rule.args.has(ctx.doc.tokens[v].lemma));
}

/**
 * Rows with side "governor": the verb whose complement a verb trigger's -ing form is decides its type ("India stopped
 * buying oil from Russia", "Japan suspended sending aid to Myanmar": a cooperation ended is a SANCTION, the PLOVER
 * manual's discontinue; "resumed buying" stays the cooperation).
 */
function governorIs(ctx: SentenceContext, c: Candidate, k: number, rule: SenseRule): boolean {
  if (c.trigger.pattern.kind !== 'verb' || k !== c.trigger.head || !ctx.doc.tokens[k].lower.endsWith('ing')) return false;
  const view = ctx.tree();
  const up = view.head(k);
  return ['xcomp', 'ccomp', 'obj'].includes(view.label(k)) && up >= 0 && rule.args.has(ctx.doc.tokens[up].lemma);
}

// the actor kinds of armed men, who are what they are wherever they arrive
const ARMED_KINDS = new Set(['forces', 'police', 'criminals']);

/**
 * Rows with side "actor": every actor of the event is of one of the kinds the row names. A state, a government
 * body or one named person protesting complains ("China protested the visit", "the leader protested the
 * results"); crowds, students and workers protesting demonstrate.
 *   person      a named person, or one person by role ("the opposition leader")
 *   state       a country ("China", "Washington")
 *   government  a government body by role ("the foreign ministry")
 *   forces      military, rebels, intelligence, or a named armed group ("troops", "the Taliban")
 *   police      police ("riot police", "Kenyan police")
 *   party       a named political party ("the ANC"); other named groups keep their phrase kind (group)
 *   company     a business (companies.json, a role coded BUS: "the carmaker"), besides its kind organization
 *   civic       an unarmed person, office holder, government body or organization (no state, no crowd: force-kind.ts)
 *   unarmed     no state and no armed force: crowds as well as civic actors
 *   none        no actor at all ("went on a trip to Glasgow", "First trip to Canada": a trip no one makes is a traveller's)
 */
/**
 * Rows with side "partners": how the act names two sides of an exchange, "coordinated" (two actors joined: "Egypt and
 * Turkey resumed direct flights") or a preposition (args "with", "between") on the trigger's words ("resumed flights
 * with Turkey"): a resumed exchange between partners is mutual cooperation, one side's lifting of a ban is not.
 */
// "the two sides", "both parties": one phrase for the two sides of a conflict or of talks (data/lexicon/side-nouns.tsv)
const isSidesPhrase = (ctx: SentenceContext, a: ActorPhrase) => a.refersTo === 'collective' && (ctx.kb.lexicon.sideNouns?.has(a.text.split(/\s+/).pop()!.toLowerCase()) ?? false);

function partnersNamed(ctx: SentenceContext, c: Candidate, rule: SenseRule): boolean {
  if (rule.args.has('coordinated') && (c.actors.length >= 2 || c.actors.length === 1 && isSidesPhrase(ctx, c.actors[0]))) return true;
  const view = ctx.tree();
  return c.trigger.tokens.some((k) => view.children(k).some((n) => ['obl', 'nmod'].includes(view.base(n)) && rule.args.has(view.marker(n) ?? '')));
}

function actorsAre(ctx: SentenceContext, c: Candidate, rule: SenseRule): boolean {
  if (rule.args.has('*')) return true; // a word's last row: whoever acts, or no one
  const t = ctx.doc.tokens;
  const after = c.trigger.end < ctx.sentence.tokenEnd ? [c.trigger.end] : [];
  // the place word right after the verb ("protested outside"), not one inside the act it names ("warned of an offensive on Rafah"):
  // a state or a person acting at a place is out there in person (armed men are what they are wherever they arrive)
  const armedOnly = [...rule.args].every((k) => ARMED_KINDS.has(k) || k === 'none'); // (no one at all stands nowhere)
  if (!armedOnly && [...c.trigger.tokens, ...after].some((k) => k === c.trigger.head + 1 && ctx.kb.lexicon.presencePrepositions.has(t[k].lower))) return false;
  if (c.actors.length === 0) return rule.args.has('none');
  // ("a protest led by opposition leader X": one person leading a crowd's act does no act of one person's)
  // ... nor does one who "led the protests" or "organized a protest" (a leading verb inside the matched trigger)
  const leading = (k: number) => ctx.kb.lexicon.leadingParticiples?.has(t[k].lemma) === true;
  const led = c.rules.includes(LED_BY_RULE) || c.trigger.pattern.kind === 'noun' && ctx.tree().childrenWith(c.trigger.head, 'acl').some(leading) || c.trigger.pattern.kind === 'verb' && c.trigger.tokens.some(leading);
  return c.actors.every((a) => rule.args.has(actorKind(a)) && !(led && actorKind(a) === 'person') || rule.args.has(forceKind(ctx, a) ?? '') || rule.args.has('company') && isCompany(a) || otherKindHolds(ctx, rule, a));
}

// the kinds read from more than the phrase's kind (src/core/force-kind.ts)
const otherKindHolds = (ctx: SentenceContext, rule: SenseRule, a: ActorPhrase) => rule.args.has('civic') && isCivic(ctx, a) || rule.args.has('unarmed') && isUnarmed(ctx, a);

// a business by name (companies.json, role BUS) or by role ("the carmaker"): a kind besides organization
const isCompany = (a: ActorPhrase) => a.entry?.role === 'BUS' || /BUS$/.test(a.code ?? a.roleCode ?? '');

function actorKind(a: ActorPhrase): string {
  if (a.kind === 'person' && !a.plural) return 'person';
  // "the ANC expelled Zuma": a named political party (groups.json role PTY, or a party code)
  if (a.kind === 'group' && (a.entry?.role === 'PTY' || /PTY$/.test(a.code ?? ''))) return 'party';
  if (a.kind === 'country') return 'state';
  // ("the opposition leader" read as pointing back is still one person)
  if ((a.kind === 'role' || a.kind === 'anaphor') && !a.plural && (a.roleKind === 'person' || a.refersTo === 'person')) return 'person';
  // "the Indian foreign ministry" (a country and a role) carries its kind only in its code
  if (a.kind === 'role' && !a.plural && (a.roleKind === 'government' || !a.roleKind && /GOV$/.test(a.code ?? ''))) return 'government';
  return a.kind;
}
