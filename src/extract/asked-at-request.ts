import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { findSubject } from './roles.ts';

export const ASKED_AT_REQUEST_RULE = 'roles:at-the-request-of';

// the nouns of asking that an "at" phrase attaches to a clause: "at the request of", "at the invitation of"
const ASKING = new Set(['request', 'invitation', 'behest', 'urging', 'demand']);

/**
 * "Nigeria sent fighter jets over Cotonou at the request of the Beninese government", "troops deployed at Mali's
 * invitation": who asked is named after "of" (or before "'s"), and whom it asked is the clause's subject, who did what
 * was asked. Null when the trigger is no such noun or either side is unnamed.
 */
export function askedAtRequest(ctx: SentenceContext, tr: Trigger): [ActorPhrase[], ActorPhrase[]] | null {
  const t = ctx.doc.tokens;
  if (tr.end - tr.start !== 1 || !ASKING.has(t[tr.start].lemma)) return null;
  const asker = askerAfterOf(ctx, tr.start) ?? askerBefore(ctx, tr.start);
  if (!asker) return null;
  const view = ctx.tree();
  const verb = view.has(tr.start) ? view.head(tr.start) : -1;
  if (verb < 0 || view.upos(verb) !== 'VERB' || !afterAt(ctx, tr.start)) return null;
  return [[asker], findSubject(ctx, verb, false)];
}

// "at the request of the government": the phrase that starts within three words after "of"
function askerAfterOf(ctx: SentenceContext, noun: number): ActorPhrase | null {
  if (ctx.doc.tokens[noun + 1]?.lower !== 'of') return null;
  for (let k = noun + 2; k < Math.min(ctx.sentence.tokenEnd, noun + 5); k++) {
    const p = ctx.phraseAt.get(k);
    if (p) return p;
  }
  return null;
}

// "at Mali's invitation", "at the government's request": the possessor right before the noun
function askerBefore(ctx: SentenceContext, noun: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  if (t[noun - 1]?.lower !== "'s" && t[noun - 1]?.lower !== '’s') return null;
  return ctx.phraseAt.get(noun - 2) ?? null;
}

// "at the request", "at Mali's invitation", "at the junta's request": "at" opens the noun's phrase (the parse may hang
// it on the possessor)
function afterAt(ctx: SentenceContext, noun: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = noun - 1; k >= Math.max(ctx.sentence.tokenStart, noun - 6); k--) {
    if (t[k].lower === 'at') return true;
    if (!['DET', 'PROPN', 'NOUN', 'PART', 'ADJ'].includes(t[k].pos)) return false;
  }
  return false;
}
