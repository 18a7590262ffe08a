import type { Token } from '../nlp/types.ts';
import type { TreeCondition } from '../extract/tree-clauses/index.ts';
// (read by the coder with the inverted condition, after the tree's)
export { madeThreat } from './threat-condition.ts';

// The auxiliaries that open a condition by inversion, without "if": "Had the army attacked, ...", "Were Iran to
// strike, ...", "Should talks fail, ...".
const INVERTING = new Set(['had', 'were', 'should']);
const OPENING_MARKS = new Set(['"', '“', "'", '‘', '(']);
// the condition's clause closes soon after the auxiliary
const REACH = 12;
const SUBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ']);

/**
 * The comma that closes a condition opened by inversion at the start of the sentence, or -1: "Had the army stormed
 * the town, hundreds would have died", "Were Russia to attack NATO, the alliance would respond", "Should the
 * rebels break the truce, the army will strike back". A question ("Should Israel strike Iran?") is no condition.
 */
function invertedConditionEnd(tokens: readonly Token[], start: number, end: number): number {
  let s = start;
  while (s < end && OPENING_MARKS.has(tokens[s].text)) s++;
  if (s >= end || !INVERTING.has(tokens[s].lower) || tokens[end - 1].text === '?' || tokens[end - 2]?.text === '?') return -1;
  // "Had it not been for ...", "Were the strikes to continue", "Should Hamas fire": a subject right after the auxiliary
  // ("Had killed ..." or "Were seen ..." opens no condition), and the comma that closes the clause soon after
  if (!SUBJECT_START.has(tokens[s + 1]?.pos ?? '')) return -1;
  for (let k = s + 2; k < Math.min(end, s + REACH); k++) if (tokens[k].text === ',') return k;
  return -1;
}

/**
 * The tree's reading of a condition, with a condition opened by inversion added (the parse often takes the
 * fronted auxiliary for the main verb): the act inside it is hypothetical, the act it conditions conditional,
 * as with "if" (src/extract/tree-clauses/condition.ts).
 */
export function withInvertedCondition(condition: TreeCondition, tokens: readonly Token[], sentence: { readonly tokenStart: number; readonly tokenEnd: number }, head: number): TreeCondition {
  if (condition.inCondition) return condition;
  const comma = invertedConditionEnd(tokens, sentence.tokenStart, sentence.tokenEnd);
  if (comma < 0) return condition;
  return head < comma
    ? { inCondition: true, conditionalMain: false, rule: 'inverted-condition' }
    : { inCondition: false, conditionalMain: true, rule: 'inverted-condition' };
}
