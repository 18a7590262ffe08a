import type { TreeView } from '../tree-roles/tree-view.ts';

/**
 * "asked" with only the one asked, or with a question, asks a question, it requests nothing (PLOVER REQUEST is an
 * appeal or demand): "'Where is the money?' asked Bush", "Bush is reported to have asked a flustered Musharraf",
 * "the senator asked the minister about the funds", "asked whether the army would withdraw". A request says what
 * is asked for: an infinitive ("asked Egypt to mediate"), a that-clause ("asked that the vote be delayed"), a "for"
 * ("asked the UN for help") or a thing as object ("asked Washington's help"). `isParty` tells an object that names a party.
 */
export function isQuestionAsked(view: TreeView, verb: number, isParty: (node: number) => boolean): boolean {
  if (view.tokens[verb].lemma !== 'ask') return false;
  const kids = view.children(verb);
  if (kids.some((k) => view.label(k) === 'xcomp')) return false;
  // (a quote before the verb is the question asked, whatever heads it: "'Where are our sons?' asked the mothers")
  if (view.childrenWith(verb, 'ccomp').some((k) => k > verb && (view.childrenWith(k, 'mark').some((m) => view.tokens[m].lower === 'that') || view.childrenWith(k, 'mark').length === 0 && view.upos(k) !== 'VERB'))) return false;
  if (view.childrenWith(verb, 'obl').some((k) => view.childrenWith(k, 'case').some((m) => view.tokens[m].lower === 'for'))) return false;
  return view.childrenWith(verb, 'obj', 'iobj').every(isParty);
}
