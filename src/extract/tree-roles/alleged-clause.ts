import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

export const ALLEGED_CLAUSE_RULE = 'roles:tree-alleged-clause-subject';

/**
 * "the opposition alleged that the ruling party had rigged the vote", "rights groups charged that the army had
 * tortured detainees": an accusation verb with a that-clause and no object accuses the clause's subject (PLOVER
 * ACCUSE "allege"). Only where no target was found and the subject is a named participant other than the accuser;
 * a pronoun or a bare noun ("the economy") accuses no one.
 */
export function withAllegedClauseSubject(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'ACCUSE' || c.targets.length > 0 || c.trigger.pattern.kind !== 'verb') return c;
  if (tree.childrenWith(c.trigger.head, 'obj').length > 0) return c;
  for (const clause of tree.childrenWith(c.trigger.head, 'ccomp')) {
    const subject = tree.childrenWith(clause, 'nsubj', 'nsubj:pass')[0];
    const phrase = subject === undefined ? undefined : ctx.phraseAt.get(subject);
    if (!phrase || phrase.locative || tree.upos(subject) === 'PRON') continue;
    if (c.actors.some((a) => a.start === phrase.start && a.end === phrase.end)) continue;
    return { ...c, targets: [phrase], rules: [...c.rules, ALLEGED_CLAUSE_RULE] };
  }
  return c;
}
