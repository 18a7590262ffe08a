import type { TreeView } from './tree-view.ts';

// the marks of a clause its governor's object (or passive subject) does: "accused of", "blamed for", "charged with"
// (subject-node.ts reads the same marks where the parse hangs the clause on the verb)
const CONTROLLED_MARKERS = new Set(['of', 'for', 'with']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);

/**
 * "Police were accused by residents of shooting protesters", "the army has been accused by rights groups of killing
 * civilians": the "of" gerund the parse hung inside a passive's agent (as its clause, or a noun's modifier) is the
 * passive subject's act, the accused's, never the agent's (the accuser's). Null when the gerund is not so placed.
 */
const AGENT_DEPTH = 3;
export function accusedBeforeAgent(view: TreeView, verb: number): number | null {
  if (!CONTROLLED_MARKERS.has(view.tokens[verb - 1]?.lower ?? '') || !view.tokens[verb].lower.endsWith('ing')) return null;
  let up = view.head(verb);
  for (let step = 0; step < AGENT_DEPTH && up >= 0 && view.label(up) !== 'obl:agent'; step++) up = view.head(up);
  if (up < 0 || view.label(up) !== 'obl:agent') return null;
  return view.childrenWith(view.head(up), 'nsubj:pass').find((o) => o < up && !RELATIVE_PRONOUNS.has(view.tokens[o].lower)) ?? null;
}

