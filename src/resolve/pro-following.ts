import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';

const ANTI_OR_PRO_BEFORE = /\b(anti|pro)-\s*$/i;
const PRO_BEFORE = /\bpro-\s*$/i;
const NEXT_WORD = /^\s*([A-Za-z]+)/;

/**
 * "anti-government protests", "pro-government militias", "pro-Russian separatists": after "anti-"/"pro-" a side is what
 * the people are for or against, not who they are. Except a following named so ("pro-government supporters",
 * "pro-junta supporters"; data/lexicon/follower-nouns.tsv): as "government supporters" are, the side's following.
 */
export function isCauseNotSide(doc: AnalyzedText, kb: Knowledge, start: number, end: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 6), start);
  if (!ANTI_OR_PRO_BEFORE.test(before)) return false;
  const next = NEXT_WORD.exec(doc.text.slice(end, end + 40))?.[1].toLowerCase();
  return !(PRO_BEFORE.test(before) && next !== undefined && kb.lexicon.followerNouns?.has(next));
}
