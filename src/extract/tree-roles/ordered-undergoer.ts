import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

export const ORDERED_UNDERGOER_RULE = 'roles:tree-ordered-undergoer';

// past participles not in -ed ("ordered him held", "ordered them sent back")
const IRREGULAR_PARTICIPLES = new Set(['held', 'kept', 'sent', 'taken', 'brought', 'thrown', 'shot', 'put', 'cast', 'driven']);

/**
 * "A court ordered the journalist held in pretrial detention", "the president ordered the general arrested": a past
 * participle after the object of a verb of ordering (data/lexicon/ordering-verbs.tsv), read as the object's reduced
 * relative (`acl`) or as the verb's `xcomp`, is a passive clause the order makes happen: the one who orders does the
 * act, the object undergoes it, as in "ordered the arrest of the journalist". The nodes of both, or null.
 */
export function orderedUndergoer(view: TreeView, ctx: SentenceContext, head: number): { orderer: number; undergoer: number } | null {
  const word = view.tokens[head].lower;
  if (view.upos(head) !== 'VERB' || !(word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word))) return null;
  const up = view.head(head);
  if (up < 0 || up > head) return null;
  const label = view.label(head);
  const verb = label === 'acl' && view.label(up) === 'obj' ? view.head(up) : label === 'xcomp' ? up : -1;
  const undergoer = label === 'acl' ? up : view.childrenWith(up, 'obj').find((o) => o < head);
  if (verb < 0 || undergoer === undefined || ctx.kb.lexicon.orderingVerbs?.has(view.tokens[verb].lemma) !== true) return null;
  // (the participle has no subject or auxiliary of its own: "ordered the troops that had arrived" is no such clause)
  if (view.children(head).some((c) => /^(nsubj|aux|mark)/.test(view.label(c)))) return null;
  const orderer = view.childrenWith(verb, 'nsubj')[0];
  return orderer === undefined ? null : { orderer, undergoer };
}
