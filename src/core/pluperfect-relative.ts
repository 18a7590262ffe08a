import type { Token } from '../nlp/types.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';

export const PLUPERFECT_RELATIVE_RULE = 'date:pluperfect-relative-own-only';

const PLUPERFECT_AUX = new Set(['had', "'d"]);
const RELATIVE_WORDS = new Set(['who', 'whom', 'which', 'that', 'where', 'whose']);

/**
 * "Police arrested two men who had attacked a mosque last week", "the villagers who had been kidnapped in May were
 * freed on Sunday": the act of a relative clause in the pluperfect was done before the sentence's own act, so neither
 * the sentence's day nor the story's dates it; only a date in its own clause does. (A pluperfect conjunct sharing the
 * relative's "had" is one too: "who had seized the town and burned the market".) The dev gold leaves such an act
 * with no date of its own undated.
 */
export function isPluperfectRelative(view: TreeView, tokens: readonly Token[], verb: number): boolean {
  if (!view.has(verb) || view.upos(verb) !== 'VERB') return false;
  const clause = view.base(verb) === 'conj' && !view.childrenWith(verb, 'aux').length ? view.head(verb) : verb;
  if (clause < 0 || !view.childrenWith(clause, 'aux').some((a) => PLUPERFECT_AUX.has(tokens[a].lower))) return false;
  return view.label(clause) === 'acl:relcl' || view.children(clause).some((k) => k < clause && RELATIVE_WORDS.has(tokens[k].lower) && view.upos(k) !== 'SCONJ');
}

/**
 * The dates that lie inside a pluperfect relative clause (`isPluperfectRelative`) the act at `trigger` is not in:
 * "The army freed the villagers who had been kidnapped on Tuesday" in a lead does not put the story's news, and so the
 * freeing, on Tuesday. `wordOf`: the token a date ends on.
 */
export function datesInOtherPluperfectRelatives<D>(view: TreeView, tokens: readonly Token[], dates: readonly D[], trigger: number, wordOf: (d: D) => number): D[] {
  return dates.filter((d) => {
    const word = wordOf(d);
    if (word < 0 || !view.has(word)) return false;
    for (let node = word, steps = 0; node >= 0 && steps < 40; node = view.head(node), steps++) {
      if (node === trigger) return false;
      if (view.upos(node) === 'VERB' && isPluperfectRelative(view, tokens, node)) return !holds(view, node, trigger);
    }
    return false;
  });
}

function holds(view: TreeView, top: number, node: number): boolean {
  for (let k = node, steps = 0; k >= 0 && steps < 40; k = view.head(k), steps++) if (k === top) return true;
  return false;
}
