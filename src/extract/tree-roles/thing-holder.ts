import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

export const THING_HOLDER_RULE = 'roles:tree-thing-holder';

/**
 * "attacked positions held by Haftar's forces", "bombed areas controlled by the rebels": a thing described by a
 * participle of holding (data/lexicon/holder-participles.tsv) with a "by" agent is that holder's; an act on it is
 * an act on the holder's side. The holder's phrase, when the resolver coded it; null otherwise.
 */
export function thingHolder(tree: TreeView, ctx: SentenceContext, node: number): ActorPhrase | null {
  for (const verb of tree.childrenWith(node, 'acl')) {
    if (!ctx.kb.lexicon.holderParticiples.has(ctx.doc.tokens[verb].lemma)) continue;
    const agent = tree.childrenWith(verb, 'obl').find((n) => tree.label(n) === 'obl:agent' || tree.marker(n) === 'by');
    const holder = agent === undefined ? undefined : participantsAt(tree, ctx, agent).phrases[0];
    if (holder && !holder.locative && holder.code !== null) return holder;
  }
  return null;
}
