import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { nodePhrase } from './node-phrase.ts';

export const THING_HOLDER_RULE = 'roles:tree-thing-holder';

/**
 * "attacked positions held by Haftar's forces", "bombed areas controlled by the rebels", "shops belonging to traders": a
 * thing described by a participle of holding (data/lexicon/holder-participles.tsv) with its agent ("by", "to") is that holder's; an act on it is
 * an act on the holder's side. The holder's phrase, when the resolver coded it; null otherwise.
 */
export function thingHolder(tree: TreeView, ctx: SentenceContext, node: number): ActorPhrase | null {
  for (const verb of tree.childrenWith(node, 'acl')) {
    const marker = ctx.kb.lexicon.holderParticiples.get(ctx.doc.tokens[verb].lemma);
    if (marker === undefined) continue;
    const agent = tree.childrenWith(verb, 'obl').find((n) => marker === 'by' && tree.label(n) === 'obl:agent' || tree.marker(n) === marker);
    const holder = agent === undefined ? undefined : participantsAt(tree, ctx, agent).phrases[0];
    if (holder && !holder.locative && holder.code !== null) return holder;
  }
  return null;
}

export const COUNTED_RULE = 'roles:tree-counted-of';
// a count or a share standing for the things counted: "15 of 20 drones", "most of the rockets", "dozens of the boats"
const COUNT_WORDS = new Set(['most', 'some', 'many', 'all', 'several', 'dozens', 'hundreds', 'thousands', 'scores', 'none', 'half', 'part', 'majority', 'each', 'one']);

/**
 * "shot down 15 of 20 drones launched by Russia", "intercepted most of the rockets fired by Hezbollah": what is hit is
 * the counted noun after "of", which is its holder's (as "drones launched by Russia" are): the target runs from the
 * count over the counted thing's words, with the holder's code. Null when the node is no count, or no holder is named.
 */
export function countedHolderTarget(tree: TreeView, ctx: SentenceContext, node: number): ActorPhrase | null {
  if (tree.upos(node) !== 'NUM' && !COUNT_WORDS.has(tree.tokens[node].lower)) return null;
  const counted = tree.childrenWith(node, 'nmod').find((c) => c > node && tree.marker(c) === 'of' && ['NOUN', 'PROPN'].includes(tree.upos(c)));
  const holder = counted === undefined ? null : thingHolder(tree, ctx, counted);
  const thing = holder && nodePhrase(tree, ctx, counted!);
  if (!holder || !thing) return null;
  const start = ctx.doc.tokens[Math.min(node, tree.span(node)[0])].start;
  return { ...holder, start, end: thing.end, text: ctx.doc.text.slice(start, thing.end), locative: false, prep: null, rule: `${holder.rule}+${THING_HOLDER_RULE}` };
}
