import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

export const WHEN_CLAUSE_DOER_RULE = 'roles:tree-doer-in-when-clause';

// the words that tie a toll to the act it happened in: "killed when troops raided", "wounded as police stormed"
const AT_THE_TIME = new Set(['when', 'as', 'while', 'after']);
// CAMEO roots of force: an act of these kills or wounds (18 assault, 19 fight, 20 mass violence)
const FORCE_ROOTS = /^(18|19|20)/;

/**
 * "Ten militants and two soldiers were killed when troops raided a hideout", "three people were wounded as police
 * stormed the square": a passive toll with no agent names its doer by the act it happened in, told in a clause of
 * time whose verb is an act of force done by a named subject (the raid's doer did the killing). A clause of another
 * act ("killed when their bus overturned", "wounded as they fled") names no doer; the caller keeps the toll agentless.
 */
export function whenClauseDoer(view: TreeView, ctx: SentenceContext, verb: number): { actors: ActorPhrase[]; rules: string[] } | null {
  for (const clause of view.childrenWith(verb, 'advcl')) {
    if (clause < verb || view.isPassive(clause)) continue;
    const tie = view.childrenWith(clause, 'mark', 'advmod').find((m) => m < clause && AT_THE_TIME.has(view.tokens[m].lower));
    if (tie === undefined || !isForceVerb(ctx, view.tokens[clause].lemma)) continue;
    const subject = view.childrenWith(clause, 'nsubj')[0];
    if (subject === undefined) continue;
    const read = participantsAt(view, ctx, subject);
    // (a pronoun subject may be the victims themselves: "killed as they fled")
    const doers = read.phrases.filter((p) => p.kind !== 'anaphor');
    if (doers.length) return { actors: doers, rules: [WHEN_CLAUSE_DOER_RULE, ...read.rules] };
  }
  return null;
}

function isForceVerb(ctx: SentenceContext, lemma: string): boolean {
  return (ctx.kb.patterns.get(lemma) ?? []).some((p) => p.kind === 'verb' && p.steps.length === 1 && FORCE_ROOTS.test(p.cameo));
}
