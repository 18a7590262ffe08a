import type { TreeView } from './tree-view.ts';

// Nouns of a secret or criminal plan: what their to-clause names is the plan's content, the plotters' act, never
// the act of the clause the noun sits in (unlike "in an attempt to", "in a bid to", the subject's own purpose).
export const PLOT_NOUNS: ReadonlySet<string> = new Set(['plot', 'scheme', 'conspiracy']);

/**
 * "convicted Bolsonaro for his role in a plot to overturn the election", "charged three men over a plot to attack
 * military bases": the to-clause of a plot noun names what the plotters meant to do; the word window would take the
 * main clause's subject (the court, the prosecutors) as its doer. True for such a clause: it has no doer named.
 */
export function isPlotContent(view: TreeView, head: number): boolean {
  const noun = view.head(head);
  return noun >= 0 && view.label(head) === 'acl' && view.marker(head) === 'to' && PLOT_NOUNS.has(view.tokens[noun].lemma);
}
