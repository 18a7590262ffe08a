import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

export const PREDICATE_NOUN_RULE = 'roles:tree-predicate-noun-subject';

/**
 * "Doctors are on strike", "the two sides remain in talks", "Ukraine is at war with Russia": an act noun after a copula
 * and a preposition of being there (data/lexicon/presence-prepositions.tsv) is the subject's state of doing it, and the
 * subject does it ("on strike over unpaid wages" from the pattern's own words). Not "the town is under attack" (no such preposition: the subject undergoes it).
 */
export function predicateNounSubject(view: TreeView, ctx: SentenceContext, head: number, own: readonly number[]): { actors: ActorPhrase[]; rules: string[] } | null {
  // the pattern's own words up to the predicate: "on strike over unpaid wages" (the pattern's head "wages")
  while (own.includes(view.head(head))) head = view.head(head);
  if (view.childrenWith(head, 'cop').length === 0) return null;
  if (!view.childrenWith(head, 'case').some((c) => c < head && ctx.kb.lexicon.presencePrepositions.has(view.tokens[c].lower))) return null;
  const subject = view.childrenWith(head, 'nsubj')[0];
  if (subject === undefined) return null;
  const found = participantsAt(view, ctx, subject);
  return found.phrases.length ? { actors: found.phrases, rules: [PREDICATE_NOUN_RULE, ...found.rules] } : null;
}
