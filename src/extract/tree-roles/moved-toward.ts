import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

export const MOVED_TOWARD_RULE = 'roles:tree-moved-toward';
const TOWARD = new Set(['against', 'toward', 'towards']);
const CLOSER = new Set(['closer', 'nearer']);

/** The side named where a move of forces heads: its against/toward dependent, or "closer to" one. */
export function movedToward(tree: TreeView, ctx: SentenceContext, verb: number): ActorPhrase | null {
  const closer = (n: number) => [n, verb].some((h) => tree.childrenWith(h, 'advmod').some((a) => CLOSER.has(ctx.doc.tokens[a].lower)));
  const node = tree.childrenWith(verb, 'obl', 'obj').find((n) => TOWARD.has(tree.marker(n) ?? '') || tree.marker(n) === 'to' && closer(n));
  const found = node === undefined ? undefined : participantsAt(tree, ctx, node).phrases[0];
  // ("closer to Houthi positions" read as one phrase: the words of direction are not the side's)
  const lead = found && /^(?:closer|nearer) to\s+/i.exec(found.text);
  return !found ? null : lead ? { ...found, start: found.start + lead[0].length, text: found.text.slice(lead[0].length) } : found;
}
