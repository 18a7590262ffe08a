import type { SentenceContext } from './context.ts';
import { cuePhrases } from './cue-groups.ts';

/**
 * "The visit comes weeks before an EU-China summit", "the vote came days before a NATO summit": the news is set in time
 * by an act it comes before, and that act is still ahead of it (as one "ahead of" governs): a noun in a "before" phrase
 * of a verb of timing the news (clause-cues.tsv news-timing: "come") is planned, not told as done.
 */
export function actStillAhead(ctx: SentenceContext, head: number, start: number): boolean {
  const t = ctx.doc.tokens;
  // (most sentences have no "before" in front of the act: no tree asked)
  let before = false;
  for (let i = ctx.sentence.tokenStart; i < start && !before; i++) before = t[i].lower === 'before';
  if (!before) return false;
  const view = ctx.tree();
  if (!view.has(head) || view.marker(head) !== 'before' || view.base(head) !== 'obl') return false;
  const verb = view.head(head);
  return verb >= 0 && cuePhrases(ctx.kb.lexicon.clauseCues, 'news-timing').has(t[verb].lemma);
}
