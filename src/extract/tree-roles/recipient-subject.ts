import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { subjectNode } from './subject-node.ts';
import { nodePhrase } from './node-phrase.ts';

/**
 * "Ukraine received 50 tanks from Poland", "Egypt secured a $3 billion loan from the IMF": a verb of receiving
 * (data/lexicon/recipient-verbs.tsv) has the recipient as its subject, so the subject is the target and the
 * phrase its giver preposition marks, on the verb or on its object, is the actor. Null for another verb or type,
 * or an active verb whose subject the tree cannot name (the window reads then). Aid and cooperation land on whom they
 * are given to (PLOVER: the recipient is the target); "a convoy came under fire from the rebels": what one comes under
 * lands on it, and the one it comes from does it (the types column of the file).
 */
export function recipientRoles(view: TreeView, ctx: SentenceContext, head: number, type: string): { actors: ActorPhrase[]; targets: ActorPhrase[]; rules: string[] } | null {
  const verb = ctx.kb.lexicon.recipientVerbs.get(ctx.doc.tokens[head].lemma);
  if (verb === undefined || !verb.types.has(type) || view.isPassive(head)) return null;
  const markers = verb.giver.split('|');
  const subject = subjectNode(view, head, false, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  const named = subject === null ? [] : participantsAt(view, ctx, subject.node).phrases;
  // "received tanks from Poland", "came under fire from the rebels": on the verb, its object, or what it comes under
  const givers = [head, ...view.childrenWith(head, 'obj'), ...view.childrenWith(head, 'obl').filter((c) => view.marker(c) === 'under')]
    .flatMap((n) => view.childrenWith(n, 'obl', 'nmod'))
    .filter((c) => markers.includes(view.marker(c) ?? ''))
    .flatMap((c) => participantsAt(view, ctx, c).phrases);
  // "the convoy came under fire from militants": a thing undergoing force is what the named doer's act lands on
  const thing = named.length === 0 && subject !== null && givers.length > 0 && type === 'ASSAULT' ? nodePhrase(view, ctx, subject.node) : null;
  const recipients = thing ? [thing] : named;
  if (recipients.length === 0) return null;
  return { actors: givers, targets: recipients, rules: ['roles:tree-recipient-subject', ...(givers.length ? ['roles:tree-giver-from'] : [])] };
}
