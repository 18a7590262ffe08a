import type { TreeView } from './tree-view.ts';

/**
 * "The United Nations envoy for Somalia, James Swan, condemned", "The head of the UN mission in Libya, Hanna Tetteh,
 * called on": a name set off by commas right after the last noun of the title's "for"/"of"/"to"/"in" phrases, which the
 * parser joins to that noun (a list, or its apposition), is the title's (participants.ts apposedName). Only a name closed
 * by a comma and joined by no "and"; a place or a group in that position stays theirs (apposedName checks).
 */
export function nameAfterTitlesNoun(view: TreeView, node: number): number | undefined {
  let noun = view.childrenWith(node, 'nmod').filter((k) => k > node).pop();
  for (let inner = noun; inner !== undefined; inner = view.childrenWith(inner, 'nmod').filter((k) => k > inner!).pop()) noun = inner;
  if (noun === undefined) return undefined;
  const name = [...view.childrenWith(noun, 'conj'), ...view.childrenWith(noun, 'appos')].filter((k) => k > noun! && view.upos(k) === 'PROPN').sort((a, b) => a - b)[0];
  if (name === undefined || view.childrenWith(name, 'cc').length > 0) return undefined;
  const [, end] = nameRun(view, name, view.span(name, (k) => view.base(k) === 'punct'));
  return view.tokens[end]?.text === ',' ? name : undefined;
}

/** The name's words, past proper nouns the parser hung beside it rather than under it ("Sophie Frebault" as two conjuncts). */
export function nameRun(view: TreeView, name: number, [lo, hi]: readonly [number, number]): [number, number] {
  // (and a hyphen inside the name: "Jeanine Hennis-Plasschaert")
  const beside = (k: number) => k < view.tokens.length && view.tokens[k].sentence === view.tokens[name].sentence && view.upos(k) === 'PROPN' && (view.head(k) === name || view.head(k) === view.head(name));
  let end = hi;
  while (beside(end) || view.tokens[end]?.text === '-' && view.tokens[end].start === view.tokens[end - 1].end && beside(end + 1)) end++;
  return [lo, end];
}
