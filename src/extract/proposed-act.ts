import type { SentenceContext } from './context.ts';
import { cuePhrases } from './cue-groups.ts';

// "The European Commission proposed new sanctions against Iran", "ministers drafted fresh sanctions": an act noun a verb
// of proposing (clause-cues.tsv proposing) takes as its object is its subject's act, put forward and not yet done

/** The verb at `verb` is one of proposing (its lemma, or a base form the tagger left as the word). */
export function proposesAct(ctx: SentenceContext, verb: number): boolean {
  const t = ctx.doc.tokens[verb];
  return t.pos === 'VERB' && cuePhrases(ctx.kb.lexicon.clauseCues, 'proposing').has(t.lemma);
}

/** The act noun at `head` is the object of a verb of proposing: planned, not told as done. */
export function proposedAct(ctx: SentenceContext, head: number): boolean {
  const view = ctx.tree();
  if (!view.has(head) || view.label(head) !== 'obj' || !['NOUN', 'PROPN'].includes(view.upos(head))) return false;
  const verb = view.head(head);
  return verb >= 0 && proposesAct(ctx, verb);
}
