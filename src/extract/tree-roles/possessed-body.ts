import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/** In an event's `rules`: a target read as a state owning one of its own bodies is that body ("Iran's Revolutionary Guards"). */
export const POSSESSED_BODY_RULE = 'roles:tree-possessed-body';

/**
 * "accused Iran's Revolutionary Guards of seizing a tanker", "accused Afghanistan's Taliban government of sheltering
 * militants": the window took the possessor, a state, where the resolver read the body after it apart; the body (the
 * tree's head of the possessive) is the party, and it is the state's own (its code extends the state's: IRN → IRNMIL).
 * The words run over both. Null where the possessor owns no such body.
 */
export function possessedBody(ctx: SentenceContext, tree: TreeView, node: number, owner: ActorPhrase): ActorPhrase | null {
  if (owner.code === null || owner.locative || tree.label(node) !== 'nmod:poss') return null;
  const head = tree.head(node);
  const body = tree.has(head) ? ctx.phraseAt.get(head) : undefined;
  if (!body || body === owner || body.locative || body.code === null || body.start < owner.end) return null;
  if (body.code === owner.code || !body.code.startsWith(owner.code)) return null;
  return { ...body, start: owner.start, text: ctx.doc.text.slice(owner.start, body.end), rule: `${body.rule}+${POSSESSED_BODY_RULE}` };
}
