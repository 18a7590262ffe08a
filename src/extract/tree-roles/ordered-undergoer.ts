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
  // (the participle has no subject or auxiliary of its own: "ordered the troops that had arrived" is no such clause;
  // a passive infinitive is: "ordered the activist to be detained", "ordered them to be held in custody")
  if (!passiveInfinitive(view, head) && view.children(head).some((c) => /^(nsubj|aux|mark)/.test(view.label(c)))) return null;
  const orderer = view.childrenWith(verb, 'nsubj')[0];
  return orderer === undefined ? null : { orderer, undergoer };
}

/** "to be detained": a participle whose only subject-side words are "to" and a passive "be". */
function passiveInfinitive(view: TreeView, head: number): boolean {
  const kids = view.children(head).filter((c) => /^(nsubj|aux|mark)/.test(view.label(c)));
  const word = (c: number) => view.tokens[c].lower;
  return kids.length === 2 && kids.some((c) => view.label(c) === 'mark' && word(c) === 'to') && kids.some((c) => view.label(c) === 'aux:pass' && word(c) === 'be');
}

/**
 * "A court ordered the activist to be detained": the order's passive infinitive is the orderer's own act (above), so the
 * order is no demand made of its object. The head of that participle, or -1.
 */
export function orderedPassiveOf(view: TreeView, ctx: SentenceContext, verb: number): number {
  if (ctx.kb.lexicon.orderingVerbs?.has(view.tokens[verb].lemma) !== true) return -1;
  const objects = new Set(view.childrenWith(verb, 'obj'));
  const clause = [...view.childrenWith(verb, 'xcomp'), ...[...objects].flatMap((o) => view.childrenWith(o, 'acl'))].find((c) => c > verb && passiveInfinitive(view, c));
  return clause === undefined || orderedUndergoer(view, ctx, clause) === null ? -1 : clause;
}
