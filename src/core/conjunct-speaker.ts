import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { subjectNode } from '../extract/tree-roles/subject-node.ts';
import { participantsAt } from '../extract/tree-roles/participants.ts';

/**
 * "Beijing accused Washington of hypocrisy and warned that it would take countermeasures": a speech verb joined to an
 * earlier verb, with no subject of its own, is spoken by that verb's subject. Read left to right, the nearest phrase
 * before it is the first verb's object ("Washington"), taken for the speaker, and the pronoun of the content then
 * agreed with it. The tree's climb over the conjunct (extract/tree-roles/subject-node.ts) names the shared subject;
 * empty when the cue verb is no such conjunct or the tree names no participant.
 */
export function conjunctSpeaker(ctx: SentenceContext, view: TreeView, cue: number): ActorPhrase[] {
  if (view.label(cue) !== 'conj' || view.childrenWith(cue, 'nsubj', 'nsubj:pass').length > 0) return [];
  const read = subjectNode(view, cue, false, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  if (read === null || !read.rules.includes('roles:tree-conj-verb')) return [];
  return participantsAt(view, ctx, read.node).phrases;
}
