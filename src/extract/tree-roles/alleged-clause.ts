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

/**
 * "Hamas alleged that it had been attacked": an allegation row's ACCUSE that names no accused is no event (an
 * allegation accuses whoever did the act; with no doer named it accuses no one, as the speech act's allegation).
 */
export function isUnaddressedAllegation(ctx: SentenceContext, c: Candidate, targets: readonly unknown[]): boolean {
  if (c.info.type !== 'ACCUSE' || targets.length > 0 || c.trigger.pattern.kind !== 'verb') return false;
  // the word tagger may read "alleged" as an adjective (lemma "alleged"): the form decides
  const t = ctx.doc.tokens, word = t[c.trigger.head].lower;
  // bare "allege", or "charge that" (not "charged him with", a legal charge)
  return /^alleg/.test(word) && c.trigger.tokens.length === 1 || /^charg/.test(word) && c.trigger.tokens.some((k) => t[k].lower === 'that');
}
