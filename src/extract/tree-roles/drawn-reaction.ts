import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { cuePhrases } from '../cue-groups.ts';
import { subjectNode, type SubjectNode } from './subject-node.ts';
import { participantsAt } from './participants.ts';
import { isActNoun } from './object-words.ts';
import { treeNounActors } from './tree-actors.ts';
import { summedClauseVerb } from '../comma-aside.ts';

/** In an event's `rules`: its target is who did what drew the reaction ("struck a school, drawing condemnation from Egypt"). */
export const DRAWN_REACTION_RULE = 'roles:tree-drawn-reaction';

/**
 * "Russia vetoed the resolution, drawing criticism from Britain", "Israel's strike on the school drew condemnation
 * from Egypt": a reaction noun that a verb of causing (clause-cues.tsv drawn-reaction) takes as its object names
 * who reacts ("from Egypt") but not whom at; it is aimed at who did the deed that drew it, the subject of that
 * verb, or the doer of the act noun in its place. Only where the window found no target.
 */
export function withDrawnReaction(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.trigger.pattern.kind !== 'noun' || c.targets.length > 0) return c;
  const noun = c.trigger.head, verb = tree.head(noun);
  if (tree.label(noun) !== 'obj' || verb < 0) return c;
  const lemma = ctx.doc.tokens[verb].lemma;
  if (cuePhrases(ctx.kb.lexicon.clauseCues, 'faced-reaction').has(lemma)) return withFacedReaction(ctx, tree, c, verb);
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'drawn-reaction').has(lemma)) return c;
  const subject = clauseWhich(tree, ctx, verb) ?? subjectNode(tree, verb);
  if (!subject) return c;
  const named = participantsAt(tree, ctx, subject.node);
  const doers = named.phrases.length > 0 ? named.phrases
    : isActNoun(ctx.kb, ctx.doc.tokens[subject.node].lemma) ? treeNounActors(tree, ctx, subject.node)?.actors ?? [] : [];
  const targets = doers.filter((d) => !c.actors.some((a) => a.start === d.start && a.end === d.end));
  return targets.length === 0 ? c : { ...c, targets, rules: [...c.rules, DRAWN_REACTION_RULE, ...subject.rules] };
}

/** In an event's `rules`: its target is who faced the reaction ("the minister faced criticism from lawmakers"). */
export const FACED_REACTION_RULE = 'roles:tree-faced-reaction';

/**
 * "The minister faced criticism from opposition lawmakers", "Hungary received sharp condemnation from Brussels": a
 * reaction noun that a verb of undergoing (clause-cues.tsv faced-reaction) takes as its object is aimed at that verb's
 * subject (or at the doer of the act the subject names), who never reacts: the parse may have lent it the noun as actor.
 */
function withFacedReaction(ctx: SentenceContext, tree: TreeView, c: Candidate, verb: number): Candidate {
  const subject = subjectNode(tree, verb);
  if (!subject) return c;
  const named = participantsAt(tree, ctx, subject.node);
  const faced = named.phrases.length > 0 ? named.phrases
    : isActNoun(ctx.kb, ctx.doc.tokens[subject.node].lemma) ? treeNounActors(tree, ctx, subject.node)?.actors ?? [] : [];
  if (faced.length === 0) return c;
  const same = (a: { start: number; end: number }) => faced.some((f) => f.start === a.start && f.end === a.end);
  return { ...c, actors: c.actors.filter((a) => !same(a)), targets: faced, rules: [...c.rules, FACED_REACTION_RULE, ...subject.rules] };
}

/**
 * "shelled Kurdish positions in Syria, which prompted criticism": a "which" set off by a comma whose noun is no act
 * stands for the clause before it; its cause is that clause's subject ("the strike, which drew condemnation" keeps the act).
 * So does "a move that" set beside the clause.
 */
function clauseWhich(tree: TreeView, ctx: SentenceContext, verb: number): SubjectNode | null {
  const t = ctx.doc.tokens;
  const noun = tree.head(verb);
  // "closed its border, a move that drew criticism": the noun set beside the clause (the tree's `appos` of its verb)
  // sums it up; the clause's subject did what drew the reaction
  const relative = tree.childrenWith(verb, 'nsubj').some((s) => t[s].lower === 'that' || t[s].lower === 'which');
  const summed = relative && tree.label(verb) === 'acl:relcl' && noun >= 0 ? summedClauseVerb(tree, ctx, noun) : null;
  if (summed !== null) return subjectNode(tree, summed);
  const which = tree.childrenWith(verb, 'nsubj').find((s) => t[s].lower === 'which' && t[s - 1]?.text === ',');
  if (which === undefined || tree.label(verb) !== 'acl:relcl' || noun < 0 || isActNoun(ctx.kb, t[noun].lemma)) return null;
  // (the clause's verb is the nearest above the noun: "closed its border with Colombia, which drew criticism")
  let clause = tree.head(noun);
  for (let up = 0; clause >= 0 && tree.upos(clause) !== 'VERB' && up < 4; up++) clause = tree.head(clause);
  return clause >= 0 && tree.upos(clause) === 'VERB' ? subjectNode(tree, clause) : null;
}
