import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { triggerCandidates } from '../triggers.ts';
import { lookupCameo } from '../../knowledge/ontology.ts';
import { undergoerOnly } from './undergone-act.ts';
import { isActNoun } from './object-words.ts';
import { cuePhrases } from '../cue-groups.ts';
import { adjacentSiblingLanding } from './adjacent-landing.ts';
import { laysActOn } from '../accused-twins.ts';
import type { ActorPhrase } from '../../resolve/types.ts';
import { condemnedForce } from './condemned-force.ts';

/** In an ACCUSE's `rules`: it condemns an act the article told before, of this type; its doer is the target (core/condemned-act-doer.ts). */
export const CONDEMNED_ACT = 'target:condemned-act:';

/** The condemned act's type when its noun names any deed ("the move", "the decision"): the latest act of another side. */
export const ANY_DEED = 'DEED';

/** The condemned act's type when its noun names any use of force ("the violence"): the latest ASSAULT or COERCE of another side. */
export const ANY_FORCE = 'FORCE';

const REFERRING = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/**
 * "condemned the attack", "denounced this week's bombing", "deplored the killings": an accusation whose object is
 * an act told before names no one; whom it accuses is who did that act. The ACCUSE is marked with the act's type
 * here, and the doer is found once the article's events are known. Only where the window found no target, or
 * found only whom the act befell ("condemned Navalny's arrest", "the killing of two reporters": undergone-act.ts).
 */
export function withCondemnedAct(ctx: SentenceContext, tree: TreeView, found: Candidate): Candidate {
  if (found.trigger.pattern.kind !== 'verb') return found;
  const c = withoutCharacterizationNames(ctx, tree, withoutTransferRecipients(ctx, tree, found));
  // ("condemned the use of excessive force against protesters": who used it, not whom it was used on)
  const forced = condemnedForce(ctx, tree, c);
  if (forced) return forced;
  const t = ctx.doc.tokens;
  // ("put the blame on the rebels": in a row that lays an act on a party, its own noun is the accusation's word, no act)
  const ownWord = (o: number) => c.trigger.tokens.includes(o) && laysActOn(t, c.trigger);
  const act = tree.childrenWith(c.trigger.head, 'obj').find((o) => !ctx.phraseAt.has(o) && !ownWord(o) && tree.childrenWith(o, 'det', 'nmod:poss').some((d) => REFERRING.has(t[d].lower) || tree.label(d) === 'nmod:poss'));
  if (act === undefined) return calledDeed(ctx, tree, c) ?? c;
  const landed = c.targets.length > 0 && landedOnOnly(tree, ctx, act, c.targets);
  const undergone = c.targets.length > 0 && (landed || undergoerOnly(tree, ctx, act, c.targets));
  if (c.targets.length > 0 && !undergone) return c;
  const match = triggerCandidates(t, ctx.sentence, ctx.kb.patterns).find((m) => m.pattern.kind === 'noun' && m.head === act);
  // ("condemned the move", "denounced the decision": a noun for any deed, clause-cues.tsv deed-noun, takes up the latest act)
  // ("the violence": a noun for any use of force, force-noun)
  const cues = ctx.kb.lexicon.clauseCues;
  const type = match ? lookupCameo(ctx.kb.ontology, match.pattern.cameo)?.type : cuePhrases(cues, 'deed-noun').has(t[act].lemma) ? ANY_DEED : cuePhrases(cues, 'force-noun').has(t[act].lemma) ? ANY_FORCE : undefined;
  if (!type && !undergone) return c;
  // whom the act befell stays until its doer is found (core/condemned-act-doer.ts): with none told, their state is accused
  // ("the attack on the camp": what it landed on tells which of the acts told before it is)
  const landings = isActNoun(ctx.kb, t[act].lemma) ? landingNodes(tree, act).map((n) => `${CONDEMNED_LANDING}${t[n].lemma.toLowerCase()}`) : [];
  return { ...c, rules: [...c.rules, ...(undergone ? [UNDERGOER_RULE] : []), ...(landed ? [LANDED_ON_RULE] : []), `${CONDEMNED_ACT}${type ?? 'any'}`, `${CONDEMNED_NOUN}${t[act].lemma}`, ...(match ? [`${CONDEMNED_CODE}${match.pattern.cameo}`] : []), ...landings] };
}

// whom an act lands on: "the attack on peaceful protesters", "the violence against civilians"
const LANDING_MARKERS = new Set(['on', 'against', 'at']);

/**
 * "condemned the attack on peaceful protesters", "denounced the violence against civilians": every phrase the window
 * read lies in what the condemned act noun lands on; they are its victims, not whom the condemnation accuses.
 */
function landedOnOnly(tree: TreeView, ctx: SentenceContext, act: number, phrases: readonly ActorPhrase[]): boolean {
  const t = ctx.doc.tokens;
  if (!isActNoun(ctx.kb, t[act].lemma)) return false;
  const spans = landingNodes(tree, act).map((n) => tree.span(n)).map(([first, last]) => [t[first].start, t[last - 1].end]);
  return spans.length > 0 && phrases.every((p) => spans.some(([from, to]) => p.start >= from && p.end <= to));
}

/** The heads of what an act noun lands on: "the attack | on the camp", "the violence | against civilians". */
function landingNodes(tree: TreeView, act: number): number[] {
  // (the parse may hang "against civilians" on the verb, right after the noun: adjacent-landing.ts)
  const adjacent = adjacentSiblingLanding(tree, act, LANDING_MARKERS);
  return [...tree.childrenWith(act, 'nmod').filter((n) => LANDING_MARKERS.has(tree.marker(n) ?? '')), ...(adjacent === undefined ? [] : [adjacent])];
}

/** In an ACCUSE's `rules`, beside CONDEMNED_ACT: the head of what the condemned act landed on ("on the camp" → camp). */
export const CONDEMNED_LANDING = 'target:condemned-landing:';

/** In an ACCUSE's `rules`, beside UNDERGOER_RULE: its target is whom the condemned act landed on; with no doer told, no one is accused (not their state). */
export const LANDED_ON_RULE = 'roles:tree-condemned-act-landed-on';

/** In an ACCUSE's `rules`, beside CONDEMNED_ACT: the condemned act's noun ("the strike" → strike), to find the act it refers to. */
export const CONDEMNED_NOUN = 'target:condemned-noun:';

/** In an ACCUSE's `rules`, beside CONDEMNED_NOUN: the CAMEO code of the noun's row ("the arrests" → 173), which an act told by another verb shares ("detained"). */
export const CONDEMNED_CODE = 'target:condemned-code:';

/** In an ACCUSE's `rules`: its target is whom the condemned act befell, to be replaced by the act's doer or their state. */
export const UNDERGOER_RULE = 'roles:tree-condemned-act-undergoer';

/** In an ACCUSE's `rules`: the window's targets were whom the accused transfer goes to, and were dropped. */
export const TRANSFER_RECIPIENT_RULE = 'roles:tree-accused-transfer-recipient';

/**
 * "Russia criticised Western weapons deliveries to Ukraine", "China condemned European arms sales to Taiwan": whom an
 * accused transfer (a noun pattern of PLOVER AID) goes to ("to X") is not whom the accusation accuses, the makers of
 * the policy are (a named maker before the noun, "US arms sales", is read first and stays). Targets read only inside that "to" phrase are dropped.
 */
function withoutTransferRecipients(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length === 0) return c;
  const t = ctx.doc.tokens;
  for (const act of tree.childrenWith(c.trigger.head, 'obj')) {
    if (ctx.phraseAt.has(act)) continue;
    const match = triggerCandidates(t, ctx.sentence, ctx.kb.patterns).find((m) => m.pattern.kind === 'noun' && m.tokens.includes(act));
    if (!match || lookupCameo(ctx.kb.ontology, match.pattern.cameo)?.type !== 'AID') continue;
    const adjacent = adjacentSiblingLanding(tree, act, TO);
    // ("the delivery of F-16 jets | to Ukraine": the parse may hang it on the thing delivered)
    const inside = [act, ...tree.childrenWith(act, 'nmod', 'compound')];
    const to = [...inside.flatMap((n) => tree.childrenWith(n, 'nmod')).filter((n) => tree.marker(n) === 'to'), ...(adjacent === undefined ? [] : [adjacent])];
    const spans = to.map((n) => tree.span(n)).map(([first, last]) => [t[first].start, t[last - 1].end]);
    if (spans.length > 0 && c.targets.every((p) => spans.some(([from, end]) => p.start >= from && p.end <= end))) {
      return { ...c, targets: [], rules: [...c.rules, TRANSFER_RECIPIENT_RULE] };
    }
  }
  return c;
}
const TO = new Set(['to']);

/** In an ACCUSE's `rules`: the window's targets were named only in what the condemned thing was called ("as ..."), and were dropped. */
export const CHARACTERIZATION_RULE = 'roles:tree-condemned-as';
const AS = new Set(['as']);
const SECONDARY_PREDICATE = new Set(['NOUN', 'ADJ']);

/**
 * "condemned the launch as a violation of U.N. Security Council resolutions", "denounced the test as a breach of the
 * accord with Washington", "called the detention a coup against the next president": what the accuser calls the act ("as ...") names a law, a body or a partner it offends, not
 * whom the accusation accuses. Targets read only inside that phrase (on the verb, or the parse's reading on its
 * object) are dropped; the condemned act's doer may then be found (core/condemned-act-doer.ts).
 */
function withoutCharacterizationNames(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length === 0) return c;
  const t = ctx.doc.tokens;
  const head = c.trigger.head;
  const called = [head, ...tree.childrenWith(head, 'obj')].flatMap((n) => tree.children(n).filter((k) => AS.has(tree.marker(k) ?? '')));
  // ("called the detention a coup against the next president": the word of blame after the object, with no "as")
  if (tree.childrenWith(head, 'obj').length > 0) called.push(...tree.childrenWith(head, 'xcomp').filter((k) => SECONDARY_PREDICATE.has(tree.upos(k))));
  const spans = called.map((n) => tree.span(n)).map(([first, last]) => [t[first].start, t[last - 1].end]);
  if (spans.length === 0 || !c.targets.every((p) => spans.some(([from, end]) => p.start >= from && p.end <= end))) return c;
  return { ...c, targets: [], rules: [...c.rules, CHARACTERIZATION_RULE] };
}

// the pronouns that take up a deed told before: "France called it unacceptable", "denounced this as cowardly"
const DEED_PRONOUNS = new Set(['it', 'this']);
const CHARGE_MARKERS = new Set(['of', 'for', 'with', 'over']);

/**
 * "Several governments condemned the strike. France called it unacceptable; Britain denounced it as cowardly": a
 * pronoun called by a word of condemnation (data/lexicon/condemnation-words.tsv) takes up the deed told before, not a
 * party; whom the accusation accuses is who did it (core/condemned-act-doer.ts, any deed). Only where the sentence
 * before tells an act (a trigger of another kind than speech), or where there is none (an item of a reaction list,
 * whose act its introduction told: core/sectioned-coder.ts).
 */
function calledDeed(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate | null {
  const t = ctx.doc.tokens;
  const pronoun = tree.childrenWith(c.trigger.head, 'obj').find((o) => DEED_PRONOUNS.has(t[o].lower) && tree.upos(o) === 'PRON');
  // ("accusing it of aggression": a charge's marker after the pronoun makes it the accused party, called nothing)
  if (pronoun === undefined || CHARGE_MARKERS.has(t[pronoun + 1]?.lower ?? '')) return null;
  const words = ctx.kb.lexicon.condemnationWords;
  const end = Math.min(ctx.sentence.tokenEnd, pronoun + 6);
  let called = false;
  for (let i = pronoun + 1; i < end && !called && t[i].pos !== 'VERB' && t[i].text !== ',' && t[i].text !== ';'; i++) called = words.has(t[i].lemma) || words.has(t[i].lower);
  if (!called || !afterAct(ctx)) return null;
  const targets = c.targets.filter((x) => x.start !== t[pronoun].start);
  return { ...c, targets, rules: [...c.rules, `${CONDEMNED_ACT}${ANY_DEED}`, CALLED_DEED_RULE] };
}
export const CALLED_DEED_RULE = 'roles:tree-called-deed-pronoun';

// the kinds of act a pronoun may take up as the deed condemned (speech acts are no deeds: "Russia called it a lie")
const DEED_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'RETREAT', 'REJECT']);

// how many reactions before it a pronoun's deed may have been told ("The UN called it abhorrent. France denounced it")
const REACTIONS_BACK = 3;

/** A sentence before tells an act, with only reactions (speech acts) between (or there is none: the text opens here). */
function afterAct(ctx: SentenceContext): boolean {
  for (let k = ctx.sentence.index - 1; k >= Math.max(0, ctx.sentence.index - REACTIONS_BACK); k--) {
    const types = triggerCandidates(ctx.doc.tokens, ctx.doc.sentences[k], ctx.kb.patterns).map((m) => lookupCameo(ctx.kb.ontology, m.pattern.cameo)?.type ?? '');
    if (types.some((x) => DEED_TYPES.has(x))) return true;
    if (types.length === 0) return false;
  }
  return ctx.sentence.index === 0;
}
