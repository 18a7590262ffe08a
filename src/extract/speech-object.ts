import type { SentenceContext } from './context.ts';
import { isInlineQuoteAt } from './clause.ts';
import type { Trigger } from './triggers.ts';

// "rejected the report as baseless", "welcomed the proposal", "rejected the election results": proposals, statements
// (and, for a refusal, what a vote or an inquiry produced) are objects enough (data/lexicon/speech-objects.tsv)
export function speechObject(ctx: SentenceContext, tr: Trigger, type: string): boolean {
  const t = ctx.doc.tokens;
  for (let i = tr.end; i < Math.min(ctx.sentence.tokenEnd, tr.end + 4); i++) {
    if (isInlineQuoteAt(t, i)) continue; // 'said it "firmly opposes" the decision'
    const possessor = t[i + 1]?.text === "'s" || t[i + 1]?.text === '’s'; // "the defence's objection": the owner, the object after it
    if (t[i].pos === 'NOUN' && !possessor) {
      // the head of a noun compound: "the election results", "the peace plan"
      let head = i;
      while (head + 1 < ctx.sentence.tokenEnd && t[head + 1].pos === 'NOUN') head++;
      const objects = ctx.kb.lexicon.speechObjects;
      const compound = head > i ? `${t[head - 1].lemma} ${t[head].lemma}` : null;
      const key = objects.has(t[head].lemma) ? t[head].lemma : compound !== null && objects.has(compound) ? compound : null;
      if (key === null) return false;
      const types = objects.get(key);
      return types === null || types === undefined || types.has(type);
    }
    if (!possessor && !['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'PART'].includes(t[i].pos) && t[i].text !== "'s" && t[i].text !== '’s') return false;
  }
  return false;
}
