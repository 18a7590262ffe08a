import type { TreeView } from '../extract/tree-roles/index.ts';
import { happensFrom } from './stated-occurrence.ts';

// "killed 12 villagers in an attack that took place on Tuesday in Zamfara state", "the raid, which happened near Gusau":
// a relative clause on an act noun whose predicate is a verb of happening (data/lexicon/occurrence-verbs.tsv) tells no
// other act; it says when and where the noun's act was, so its places are that act's, as if hung on the noun itself.
// Not "villagers who fled to Gusau" (no verb of happening), nor "an attack that could happen in Kano" (not stated).

const RELATIVE_PRONOUNS = new Set(['which', 'that']);

/** The clause headed at `k` is a relative clause "that/which took place ..." on an act noun. */
export function retellsOccurrence(tree: TreeView, k: number, verbs: ReadonlyMap<string, 'active' | 'passive'>, actNoun: (lemma: string) => boolean): boolean {
  if (!tree.has(k) || tree.base(k) !== 'acl') return false;
  const noun = tree.head(k);
  if (noun < 0 || !actNoun(tree.tokens[noun].lemma)) return false;
  const pronoun = tree.childrenWith(k, 'nsubj').find((s) => s > noun && RELATIVE_PRONOUNS.has(tree.tokens[s].lower));
  return pronoun !== undefined && happensFrom(tree, pronoun + 1, verbs);
}
