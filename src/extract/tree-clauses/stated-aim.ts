import type { CueEntry } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { cuePhrases } from '../cue-groups.ts';

/**
 * An act stated as someone's aim through a copula is the aim, not an act (coding guide rule 1, plans by third
 * parties; PLOVER manual, auxiliary modes: future): "their goal was to march to the parliament", "the aim of
 * the offensive is to retake the city", "its objective is to blockade the port". The nouns are the rows of
 * data/lexicon/clause-cues.tsv with effect "aim". The parse makes the infinitive the predicate (nsubj + cop)
 * or the complement of "be".
 */
export function isStatedAim(view: TreeView, head: number, clauseCues: readonly CueEntry[]): boolean {
  const aims = cuePhrases(clauseCues, 'aim');
  const aimSubject = (n: number) => view.childrenWith(n, 'nsubj').some((s) => aims.has(view.tokens[s].lemma) || aims.has(view.tokens[s].lower));
  // the trigger or the verb its noun is the object of ("its aim is to stage a protest"); the tagger may take the
  // infinitive for a name ("to march"), so the parse's relations decide, not the part of speech
  for (const n of [head, view.head(head)]) {
    if (n < 0 || !view.has(n)) continue;
    // "their goal was to march": march has the aim as subject and "was" as copula
    if (aimSubject(n) && view.childrenWith(n, 'cop').length > 0) return true;
    // "the goal is to retake": the infinitive is the complement of "be"
    const be = view.head(n);
    if (be >= 0 && view.tokens[be].lemma === 'be' && ['xcomp', 'ccomp'].includes(view.base(n)) && aimSubject(be)) return true;
  }
  // the parse may hang the aim noun elsewhere ("saying their goal was to march": goal —obj→ saying); the words
  // themselves still read aim, "be", "to", act
  const t = view.tokens;
  return t[head - 1]?.lower === 'to' && t[head - 2]?.lemma === 'be' && (aims.has(t[head - 3]?.lemma ?? '') || aims.has(t[head - 3]?.lower ?? ''));
}
