import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { backgroundCue, descriptionOf } from '../extract/tree-clauses/index.ts';

/**
 * Generic, habitual or durative background is no event (data/lexicon/background-cues.tsv, read on the tree):
 * "Militias have repeatedly attacked bases", "the group has long targeted Christians",
 * "the rebels have been fighting the government since 1964", "the two armies have clashed for decades".
 */
export function withoutBackground(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    const cue = backgroundCue(view(), c.trigger.head, ctx.kb.lexicon.backgroundCues);
    if (cue === null) return true;
    onDrop?.(c, `candidate:tree-background:${cue}`);
    return false;
  });
}

/**
 * A verb that only describes a participant is no event: "Hezbollah, which is backed by Iran, ...",
 * "the group, which has attacked bases across the north, ...", "a coalition fighting in Yemen said ...".
 */
export function withoutDescriptions(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    const kind = c.trigger.pattern.kind === 'verb' ? descriptionOf(view(), c.trigger.head, ctx.kb.lexicon) : null;
    if (kind === null) return true;
    onDrop?.(c, `candidate:tree-description:${kind}`);
    return false;
  });
}
