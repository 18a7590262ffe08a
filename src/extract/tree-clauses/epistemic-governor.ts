import type { TreeView } from '../tree-roles/tree-view.ts';
import { pathUp } from './clause-path.ts';

// the clause relations an act's clause climbs through to the predicate that governs it ("likely" in "it seems likely that")
const CLIMB = new Set(['ccomp', 'csubj', 'xcomp', 'conj']);

/** Whose word puts the act in doubt: an impersonal predicate of likelihood or seeming above its clause. */
export interface EpistemicCues {
  /** adjectives of likelihood: "it is possible that", "it is likely that" (clause-cues epistemic-doubt) */
  readonly doubt: ReadonlySet<string>;
  /** verbs of seeming: "it seems that", "it appears that" (clause-cues epistemic-seeming) */
  readonly seeming: ReadonlySet<string>;
}

/**
 * "It is possible that the rebels attacked the town", "it seems likely that the army shelled the camp": the writer
 * does not state the act but judges how likely it is. The impersonal predicate ("it" or no subject of its own) above
 * the act's clause makes it hypothetical (likelihood) or alleged (seeming). A personal predicate ("the army is likely to
 * attack") is read by the modality cues before the trigger (data/lexicon/modality.tsv).
 */
export function epistemicGovernor(view: TreeView, head: number, cues: EpistemicCues): { status: 'hypothetical' | 'alleged'; cue: string } | null {
  for (const step of pathUp(view, head)) {
    if (!CLIMB.has(view.base(step.node))) return null;
    const p = step.parent;
    const lemma = view.tokens[p].lemma;
    const impersonal = view.children(p).every((k) => !['nsubj', 'expl'].includes(view.base(k)) || view.tokens[k].lower === 'it');
    // only a that-clause under the predicate: "it didn't seem to matter that police barred the marches" judges no act
    if (!impersonal || step.label !== 'ccomp' && step.label !== 'csubj') continue;
    if (cues.doubt.has(lemma) && view.upos(p) === 'ADJ') return { status: 'hypothetical', cue: `it is ${lemma}` };
    if (cues.seeming.has(lemma) && view.upos(p) === 'VERB') return { status: 'alleged', cue: `it ${lemma}s` };
  }
  return null;
}
