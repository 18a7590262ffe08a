import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { purposeClause } from '../extract/tree-clauses/index.ts';

// what a protest says against something: its denunciation, its refusal. Its demand stays an event of its own, as
// the dev gold codes "took to the streets to demand the government pay them" (the manual would fold it in too)
const TOPIC_TYPES = new Set(['ACCUSE', 'REJECT']);

/**
 * The topic of a protest is not coded as a separate event (PLOVER manual, PROTEST: "the topic of the protest ...
 * is not coded as a separate event"): "gathered outside the embassy to denounce the war", "staged a sit-in to
 * reject the new law". A denunciation or refusal in the purpose clause of a PROTEST trigger of the same sentence
 * gives way.
 */
export function withoutProtestTopics(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const protests = candidates.filter((c) => c.info.type === 'PROTEST');
  if (protests.length === 0) return [...candidates];
  return candidates.filter((c) => {
    if (!TOPIC_TYPES.has(c.info.type)) return true;
    const opener = purposeClause(view(), c.trigger.head, ctx.kb.lexicon);
    const governor = opener === null ? -1 : view().head(opener);
    if (!protests.some((p) => p.trigger.head === governor || p.trigger.tokens.includes(governor))) return true;
    onDrop?.(c, 'candidate:protest-topic');
    return false;
  });
}
