import type { TreeView } from '../extract/tree-roles/index.ts';

// the relations by which an event noun hangs on the verb that states it
const NOUN_OF_VERB = new Set(['obj', 'nsubj:pass', 'nsubj']);

/**
 * The verbs that state an event noun: the verb it is the object or (passive) subject of ("signed the deal", "the
 * deal was struck"), and participles after it ("the agreement reached in May"). A parse may hang the participle
 * on a side the noun names, or one level further down: "agreement between A and eight armed groups reached in May"
 * (groups —acl→ agreement, reached —acl→ groups).
 */
export function statingVerbs(view: TreeView, noun: number): number[] {
  const out: number[] = [];
  const head = view.head(noun);
  if (NOUN_OF_VERB.has(view.label(noun)) && head >= 0 && view.has(head)) out.push(head);
  const sides = view.childrenWith(noun, 'nmod').flatMap((n) => [n, ...view.childrenWith(n, 'conj')]);
  const holders = [noun, ...sides].flatMap((n) => [n, ...view.childrenWith(n, 'acl')]);
  for (const n of holders) for (const a of view.childrenWith(n, 'acl')) if (view.upos(a) === 'VERB') out.push(a);
  return out;
}
