import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { subjectNode } from './subject-node.ts';

// aid and cooperation land on whom they are given to (PLOVER: the recipient is the target)
const GIVEN_TYPES = new Set(['AID', 'COOPERATE']);

/**
 * "Ukraine received 50 tanks from Poland", "Egypt secured a $3 billion loan from the IMF": a verb of receiving
 * (data/lexicon/recipient-verbs.tsv) has the recipient as its subject, so the subject is the target and the
 * phrase its giver preposition marks, on the verb or on its object, is the actor. Null for another verb or type,
 * or an active verb whose subject the tree cannot name (the window reads then).
 */
export function recipientRoles(view: TreeView, ctx: SentenceContext, head: number, type: string): { actors: ActorPhrase[]; targets: ActorPhrase[]; rules: string[] } | null {
  const marker = ctx.kb.lexicon.recipientVerbs.get(ctx.doc.tokens[head].lemma);
  if (marker === undefined || !GIVEN_TYPES.has(type) || view.isPassive(head)) return null;
  const subject = subjectNode(view, head, false, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  const recipients = subject === null ? [] : participantsAt(view, ctx, subject.node).phrases;
  if (recipients.length === 0) return null;
  const givers = [head, ...view.childrenWith(head, 'obj')]
    .flatMap((n) => view.childrenWith(n, 'obl', 'nmod'))
    .filter((c) => view.marker(c) === marker)
    .flatMap((c) => participantsAt(view, ctx, c).phrases);
  return { actors: givers, targets: recipients, rules: ['roles:tree-recipient-subject', ...(givers.length ? ['roles:tree-giver-from'] : [])] };
}
