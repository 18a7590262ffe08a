import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cueGroup } from '../extract/cue-groups.ts';
import { isWithin } from '../extract/tree-clauses/clause-path.ts';

// relations that join a clause of its own: what hangs above them is not the pledge's clause
const CLAUSE_JOINS = new Set(['conj', 'parataxis']);

/**
 * "vowed to end the war if he wins the election", "said he would meet Putin if elected": an act conditioned on the
 * speaker's own election (clause-cues.tsv, effect campaign-condition) is a campaign pledge, no event (coding guide
 * rule 1: no "predictions or plans"; the PLOVER manual's AGREE is a commitment to cooperate, and a pledge to voters
 * cooperates with no one). The acts of the clause the condition hangs on, and those under it, give way; an act in
 * another clause joined to it stays ("Rebels attacked the town, and the candidate vowed ... if elected").
 */
export function withoutCampaignPledges(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  if (candidates.length === 0) return [];
  const conditions = campaignConditions(ctx);
  if (conditions.length === 0) return [...candidates];
  const tree = view();
  const pledged = (c: Candidate) => conditions.some((m) => {
    const condition = tree.head(m); // the predicate "if" marks ("elected", "wins")
    const governor = condition >= 0 ? tree.head(condition) : -1;
    if (governor < 0) return c.trigger.head < m && !c.trigger.tokens.includes(m); // no clause read: what comes before it
    if (isWithin(tree, condition, c.trigger.head) && !isWithin(tree, c.trigger.head, condition)) {
      // the trigger governs the condition: only through the pledge's own clause, not across a conjunction
      for (let n = governor; n >= 0 && n !== c.trigger.head; n = tree.head(n)) if (CLAUSE_JOINS.has(tree.label(n))) return false;
      return true;
    }
    return isWithin(tree, c.trigger.head, governor) && !isWithin(tree, c.trigger.head, condition);
  });
  return candidates.filter((c) => {
    if (!pledged(c)) return true;
    onDrop?.(c, 'candidate:campaign-pledge');
    return false;
  });
}

/** The first tokens ("if", "once", "should") of the sentence's campaign conditions. */
function campaignConditions(ctx: SentenceContext): number[] {
  const { entries, firstWords } = cueGroup(ctx.kb.lexicon.clauseCues, 'campaign-condition');
  const t = ctx.doc.tokens;
  const found: number[] = [];
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) {
    if (!firstWords.has(t[i].lower)) continue;
    if (entries.some((e) => e.words.every((w, k) => i + k < ctx.sentence.tokenEnd && t[i + k].lower === w))) found.push(i);
  }
  return found;
}
