import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { purposeClause } from '../extract/tree-clauses/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

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
  const chanting = cuePhrases(ctx.kb.lexicon.clauseCues, 'chanting');
  return candidates.filter((c) => {
    // 'chanting "Arrest Yoon"', 'banners reading "Sanctions now"': the words a crowd chants or carries are its slogan
    if (chanted(ctx, c.trigger.head, chanting)) return onDrop?.(c, 'candidate:chanted-words'), false;
    if (protests.length === 0) return true;
    if (!TOPIC_TYPES.has(c.info.type)) return true;
    const opener = purposeClause(view(), c.trigger.head, ctx.kb.lexicon);
    const governor = opener === null ? -1 : view().head(opener);
    if (!protests.some((p) => p.trigger.head === governor || p.trigger.tokens.includes(governor))) return true;
    onDrop?.(c, 'candidate:protest-topic');
    return false;
  });
}

const QUOTE_MARKS = new Set(['"', '“', '”']);

/** The token lies in quoted words opened right after a chanting word (clause-cues.tsv "chanting"): a slogan. */
function chanted(ctx: SentenceContext, head: number, chanting: ReadonlySet<string>): boolean {
  const t = ctx.doc.tokens;
  let open = -1;
  for (let i = ctx.sentence.tokenStart; i < head; i++) if (QUOTE_MARKS.has(t[i].text)) open = open < 0 ? i : -1;
  if (open < 0) return false;
  // ("chanting slogans such as", "shouted:", "banners that read"): a few words may stand between the verb and the quote
  for (let k = open - 1; k >= Math.max(ctx.sentence.tokenStart, open - 4); k--) if (chanting.has(t[k].lower)) return true;
  return false;
}
