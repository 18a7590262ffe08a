import type { TreeView } from '../extract/tree-roles/index.ts';

// An indefinite act: "an attack", "any invasion", "a military intervention", "strikes" (no owner that did it)
const INDEFINITE = new Set(['a', 'an', 'any', 'another', 'no']);

/**
 * "Rumsfeld initially rejected an attack on al-Qaeda bases", "the French president opposed an invasion of Iraq",
 * "the Pentagon ruled out an attack on North Korea": an indefinite act noun that is the object of a verb of weighing,
 * proposing or opposing (clause-cues "deliberating") is an act under discussion, none done (coding guide rule 1). A
 * definite one ("opposed the invasion") is an act known to the reader, left to src/core/unreported-act.ts.
 */
export function isDeliberatedAct(view: TreeView, noun: number, deliberating: ReadonlySet<string>): boolean {
  let n = noun;
  while (view.label(n) === 'compound' && view.upos(view.head(n)) === 'NOUN') n = view.head(n);
  if (view.label(n) !== 'obj') return false;
  const dets = view.childrenWith(n, 'det');
  const indefinite = dets.length > 0 ? dets.every((d) => INDEFINITE.has(view.tokens[d].lower)) : view.childrenWith(n, 'nmod:poss').length === 0;
  if (!indefinite) return false;
  const verb = view.head(n);
  const lemma = view.tokens[verb].lemma;
  const particles = view.childrenWith(verb, 'compound:prt').map((p) => `${lemma} ${view.tokens[p].lower}`);
  return deliberating.has(lemma) || particles.some((p) => deliberating.has(p));
}
