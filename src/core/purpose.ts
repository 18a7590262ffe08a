import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { purposeClause } from '../extract/tree-clauses/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// Only material acts and support are aims: a march "to demand" reforms is a demand, a statement "to warn" a
// warning; aid is the sending itself ("sent aircraft to help Greece" is the AID).
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'SANCTION', 'CONCEDE', 'COOPERATE', 'SUPPORT']);

/**
 * A purpose clause states what an act was for, not a second act (coding guide rule 1, "purposes"):
 * "deployed troops to fight the insurgents", "launched an offensive to retake the city", "sent envoys in
 * order to negotiate", "sealed the border to prevent militants from crossing". The clause is read off the
 * tree (src/extract/tree-clauses/purpose-clause.ts); a verbal act ("rallied to demand reforms") stays.
 */
export function withoutPurposes(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    // an act noun inside the aim names what already exists: "went to protest against the troop deployment"
    if (c.trigger.pattern.kind !== 'verb' || !MATERIAL.has(c.info.type) && c.info.type !== 'AID') return true;
    const clause = purposeClause(view(), c.trigger.head, ctx.kb.lexicon);
    // "over a scheme to finance his campaign": aid only aimed at by a noun's infinitive is no act (as "sent aircraft
    // to help" is the sending's, aid in a verb's aim stays)
    if (clause === null || c.info.type === 'AID' && (view().label(clause) !== 'acl' || sentObject(view(), view().head(clause), ctx))) return true;
    onDrop?.(c, 'candidate:tree-purpose');
    return false;
  });
}

// complaints a summons or recall is made for (PLOVER ACCUSE); a visit's aim to meet is a meeting of its own, but a
// meeting's aim to discuss is that meeting (a consultation of the same CAMEO code: "met officials to discuss the plan")
const RESTATED = new Set(['ACCUSE', 'CONSULT']);
const sameKind = (a: Candidate, b: Candidate) => a.info.type === b.info.type && (a.info.type !== 'CONSULT' || a.info.code === b.info.code);

/** Verbal acts whose aim restates the act that governs them (after word senses have typed both). */
export function withoutRestatedPurposes(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    if (c.trigger.pattern.kind !== 'verb' || !RESTATED.has(c.info.type) || !sameActAsGovernor(c, candidates, view, ctx)) return true;
    onDrop?.(c, 'candidate:tree-purpose-same-act');
    return false;
  });
}

/**
 * "summoned the French ambassador to protest the remarks", "recalled its envoy to protest": a verbal act whose
 * aim is an act of its own type states that act once (the summons is the protest, PLOVER ACCUSE); "met Lebanese
 * officials to discuss the proposal" is one meeting.
 */
function sameActAsGovernor(c: Candidate, candidates: readonly Candidate[], view: () => TreeView, ctx: SentenceContext): boolean {
  if (!candidates.some((o) => o !== c && sameKind(o, c) && o.trigger.end <= c.trigger.start)) return false;
  const clause = purposeClause(view(), c.trigger.head, ctx.kb.lexicon);
  if (clause === null) return false;
  const tree = view();
  const governors = [tree.head(clause), tree.head(tree.head(clause))];
  return candidates.some((o) => o !== c && sameKind(o, c) && o.trigger.tokens.some((k) => governors.includes(k)));
}

// "dispatched ships to rescue migrants": the parse may hang the sending's aim on what is sent (clause-cues.tsv sending)
function sentObject(view: TreeView, noun: number, ctx: SentenceContext): boolean {
  return view.base(noun) === 'obj' && cuePhrases(ctx.kb.lexicon.clauseCues, 'sending').has(view.tokens[view.head(noun)]?.lemma ?? '');
}

/**
 * "deployed troops to evacuate its nationals", "sent warships to rescue migrants": forces moved for relief are the
 * relief, one AID, no MOBILIZE beside it (PLOVER MOBILIZE ambiguities: "mobilizing police or military forces for
 * disaster relief should be coded as AID"); the aid its aim names is kept by `withoutPurposes`.
 */
export function withoutReliefMobilizations(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const aims = candidates.filter((o) => o.info.code.startsWith('073') && o.trigger.pattern.kind === 'verb').map((o) => purposeClause(view(), o.trigger.head, ctx.kb.lexicon)).filter((n): n is number => n !== null);
  if (aims.length === 0) return [...candidates];
  return candidates.filter((c) => {
    if (c.info.type !== 'MOBILIZE' || c.trigger.pattern.kind !== 'verb') return true;
    const tree = view();
    if (!aims.some((n) => c.trigger.tokens.includes(tree.head(n)) || c.trigger.tokens.includes(tree.head(tree.head(n))))) return true;
    onDrop?.(c, 'candidate:mobilized-for-relief');
    return false;
  });
}

// the speech acts whose infinitive is what is asked, threatened, promised or refused, not an act done
const SPOKEN_CONTENT = new Set(['REQUEST', 'THREATEN', 'AGREE', 'CONCEDE', 'REJECT']);
export const REQUESTED_CONJUNCT_REASON = 'candidate:tree-spoken-content-conjunct';

/**
 * "urged both sides to stop fighting and hold talks", "called on all sides to stop fighting and protect civilians",
 * "pledged to rebuild homes and to provide food": a verb joined by "and" to the infinitive a speech act asks, threatens,
 * promises or refuses, with no subject of its own, is more of that content (the speech act's), no act done.
 */
export function withoutSpokenContentConjuncts(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const speech = candidates.filter((o) => SPOKEN_CONTENT.has(o.info.type) && o.trigger.pattern.kind === 'verb');
  if (speech.length === 0) return [...candidates];
  return candidates.filter((c) => {
    // a speech act is content only of another one: "urged both sides to halt the fighting and sign a peace deal"
    const others = speech.filter((s) => s !== c);
    if (c.trigger.pattern.kind !== 'verb' || others.length === 0) return true;
    const tree = view();
    const h = c.trigger.head;
    if (tree.base(h) !== 'conj' || tree.childrenWith(h, 'nsubj', 'nsubj:pass').length > 0) return true;
    const first = tree.head(h);
    if (tree.upos(first) !== 'VERB' || c.trigger.tokens.includes(first)) return true;
    // the first conjunct is the speech act's infinitive: inside its trigger ("urged X to stop fighting") or below it
    const content = others.some((s) => first !== s.trigger.head ? s.trigger.tokens.includes(first) || s.trigger.tokens.includes(tree.head(first)) && tree.base(first) === 'xcomp' : bareAfterInflected(ctx, h, first));
    if (!content) return true;
    onDrop?.(c, REQUESTED_CONJUNCT_REASON);
    return false;
  });
}

/**
 * "urged the rebels to lay down their arms and join negotiations", the parse hanging "join" on "urged": a bare verb
 * joined to an inflected speech verb ("urged", "calls") cannot be its second finite act; it goes on the infinitive.
 */
function bareAfterInflected(ctx: SentenceContext, conjunct: number, speechVerb: number): boolean {
  const [c, v] = [ctx.doc.tokens[conjunct], ctx.doc.tokens[speechVerb]];
  return c.lower === c.lemma && v.lower !== v.lemma && ctx.doc.tokens.slice(speechVerb, conjunct).some((t) => t.lower === 'to');
}
