import type { SentenceContext } from './context.ts';
import { longestMatches, type Trigger } from './triggers.ts';
import { meetsRowRequirements } from './pattern-requirements.ts';

/**
 * A row whose `requires` fail is no match: "troops responded to an attack by rebels" fails the `announced` row "respond
 * to * attack" (no act still to come), and the noun "attack" it had outweighed in the longest-match choice gets its
 * chance. The requirements need the sentence's tree, so they are weighed after the choice: where a chosen row fails
 * them, the choice is made again among the sentence's matches without it (`allMatches`, asked only then). A sentence
 * whose failed rows displaced nothing keeps its triggers as they were (the failed row is then dropped by candidate.ts).
 */
export function withoutUnmetRows(ctx: SentenceContext, chosen: Trigger[], allMatches: () => Trigger[]): Trigger[] {
  if (!chosen.some(failsRequirements(ctx))) return chosen;
  const tokens = ctx.doc.tokens;
  let matches = allMatches();
  let triggers = chosen;
  // a row chosen in the failed one's place may have requirements of its own (a few rounds at most)
  for (let round = 0; round < 4; round++) {
    const failed = triggers.filter(failsRequirements(ctx));
    if (failed.length === 0) break;
    matches = matches.filter((m) => !failed.some((f) => sameMatch(f, m)));
    triggers = longestMatches(matches, tokens);
  }
  // nothing displaced: the triggers stay the prepass's own (what candidate.ts drops, and its trace, unchanged)
  return displacedAny(chosen, triggers, ctx) ? triggers : chosen;
}

const hasRequirements = (t: Trigger) => {
  const p = t.pattern;
  return Boolean(p.requiresInstrument || p.requiresStay || p.requiresActive || p.requiresNegation || p.requiresPlace || p.requiresAnnouncement || p.requiresCallee);
};
const failsRequirements = (ctx: SentenceContext) => (t: Trigger) => hasRequirements(t) && !meetsRowRequirements(ctx, t);
const sameMatch = (a: Trigger, b: Trigger) => a.pattern === b.pattern && a.start === b.start && a.head === b.head && a.end === b.end;

/** Whether the new choice holds a match that the old one, its failed rows set aside, did not. */
function displacedAny(before: readonly Trigger[], after: readonly Trigger[], ctx: SentenceContext): boolean {
  const kept = before.filter((t) => !failsRequirements(ctx)(t));
  return after.some((a) => !kept.some((b) => sameMatch(a, b)));
}
