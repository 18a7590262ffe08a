import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';

// "rejected the report as baseless", "welcomed the proposal": proposals and statements are objects enough
const SPEECH_OBJECTS = new Set(['proposal', 'plan', 'report', 'offer', 'demand', 'call', 'request', 'accusation', 'allegation', 'claim', 'charge', 'ultimatum', 'resolution', 'deal', 'agreement', 'statement', 'decision', 'bid', 'appeal', 'initiative', 'idea', 'suggestion', 'invitation', 'peace plan']);
export function speechObject(ctx: SentenceContext, tr: Trigger): boolean {
  for (let i = tr.end; i < Math.min(ctx.sentence.tokenEnd, tr.end + 4); i++) {
    const t = ctx.doc.tokens[i];
    if (t.pos === 'NOUN') return SPEECH_OBJECTS.has(t.lemma);
    if (!['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'PART'].includes(t.pos) && t.text !== "'s" && t.text !== '’s') return false;
  }
  return false;
}
