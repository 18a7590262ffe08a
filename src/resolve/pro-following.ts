import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';

const ANTI_OR_PRO_BEFORE = /\b(anti|pro)-\s*$/i;
const PRO_BEFORE = /\b(pro)-\s*$/i;
const NEXT_WORD = /^\s*([A-Za-z]+)/;

/**
 * The span a side's name found at [start, end) stands for. After "anti-"/"pro-" a side is what people are for or
 * against, not who they are ("anti-government protests", "pro-government militias", "pro-Russian separatists"): null.
 * Except a following named so ("pro-government supporters", "pro-junta supporters"; data/lexicon/follower-nouns.tsv):
 * as "government supporters" are, that side's following, the whole "pro-X supporters" (tree-roles/state-following.ts
 * reads a state's following as its people). Any other name: unchanged.
 */
export function sideSpan(doc: AnalyzedText, kb: Knowledge, start: number, end: number): { start: number; end: number } | null {
  const before = doc.text.slice(Math.max(0, start - 6), start);
  if (!ANTI_OR_PRO_BEFORE.test(before)) return { start, end };
  const pro = PRO_BEFORE.exec(before);
  const next = NEXT_WORD.exec(doc.text.slice(end, end + 40));
  if (!pro || !next || !kb.lexicon.followerNouns?.has(next[1].toLowerCase())) return null;
  return { start: start - (before.length - pro.index), end: end + next[0].length };
}
